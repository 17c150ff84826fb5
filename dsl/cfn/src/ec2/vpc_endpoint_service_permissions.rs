// @generated from AWS::EC2::VPCEndpointServicePermissions (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCEndpointServicePermissions` and its property types.

/// Resource Type definition for AWS::EC2::VPCEndpointServicePermissions
///
/// CloudFormation type `AWS::EC2::VPCEndpointServicePermissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpointServicePermissions {
    props: ::forma_core::schema::Props,
}
impl VpcEndpointServicePermissions {
    /// A new resource with its required properties: `ServiceId`.
    #[track_caller]
    pub fn new(service_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, service_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AllowedPrincipals`.
    #[track_caller]
    pub fn allowed_principals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcEndpointServicePermissions {
    type Attributes = VpcEndpointServicePermissionsAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCEndpointServicePermissions"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::EC2::VPCEndpointServicePermissions` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcEndpointServicePermissionsAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcEndpointServicePermissionsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::VPCEndpointServicePermissions`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCEndpointServicePermissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedPrincipals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
