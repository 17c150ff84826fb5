// @generated from AWS::AppStream::ApplicationFleetAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::ApplicationFleetAssociation` and its property types.

/// Resource Type definition for AWS::AppStream::ApplicationFleetAssociation
///
/// CloudFormation type `AWS::AppStream::ApplicationFleetAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationFleetAssociation {
    props: ::forma_core::schema::Props,
}
impl ApplicationFleetAssociation {
    /// A new resource with its required properties: `ApplicationArn`, `FleetName`.
    #[track_caller]
    pub fn new(
        application_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        fleet_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, fleet_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApplicationFleetAssociation {
    type Attributes = ApplicationFleetAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::ApplicationFleetAssociation"
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
/// The attributes of a `AWS::AppStream::ApplicationFleetAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationFleetAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationFleetAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::AppStream::ApplicationFleetAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::ApplicationFleetAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FleetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
