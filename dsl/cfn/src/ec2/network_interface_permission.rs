// @generated from AWS::EC2::NetworkInterfacePermission (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInterfacePermission` and its property types.

/// Resource Type definition for AWS::EC2::NetworkInterfacePermission
///
/// CloudFormation type `AWS::EC2::NetworkInterfacePermission`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfacePermission {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfacePermission {
    /// A new resource with its required properties: `AwsAccountId`, `NetworkInterfaceId`, `Permission`.
    #[track_caller]
    pub fn new(
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_interface_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        permission: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, network_interface_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, permission.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for NetworkInterfacePermission {
    type Attributes = NetworkInterfacePermissionAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInterfacePermission"
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
/// The attributes of a `AWS::EC2::NetworkInterfacePermission` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInterfacePermissionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInterfacePermissionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInterfacePermissionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::NetworkInterfacePermission`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInterfacePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
