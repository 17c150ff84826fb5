// @generated from AWS::AppStream::ApplicationEntitlementAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::ApplicationEntitlementAssociation` and its property types.

/// Resource Type definition for AWS::AppStream::ApplicationEntitlementAssociation
///
/// CloudFormation type `AWS::AppStream::ApplicationEntitlementAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationEntitlementAssociation {
    props: ::forma_core::schema::Props,
}
impl ApplicationEntitlementAssociation {
    /// A new resource with its required properties: `ApplicationIdentifier`, `EntitlementName`, `StackName`.
    #[track_caller]
    pub fn new(
        application_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        entitlement_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stack_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, entitlement_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, stack_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApplicationEntitlementAssociation {
    type Attributes = ApplicationEntitlementAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::ApplicationEntitlementAssociation"
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
/// The attributes of a `AWS::AppStream::ApplicationEntitlementAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationEntitlementAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationEntitlementAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::AppStream::ApplicationEntitlementAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::ApplicationEntitlementAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntitlementName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StackName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
