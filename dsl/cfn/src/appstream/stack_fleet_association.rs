// @generated from AWS::AppStream::StackFleetAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::StackFleetAssociation` and its property types.

/// Resource Type definition for AWS::AppStream::StackFleetAssociation
///
/// CloudFormation type `AWS::AppStream::StackFleetAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct StackFleetAssociation {
    props: ::forma_core::schema::Props,
}
impl StackFleetAssociation {
    /// A new resource with its required properties: `FleetName`, `StackName`.
    #[track_caller]
    pub fn new(
        fleet_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stack_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, fleet_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, stack_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for StackFleetAssociation {
    type Attributes = StackFleetAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::StackFleetAssociation"
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
/// The attributes of a `AWS::AppStream::StackFleetAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StackFleetAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StackFleetAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::AppStream::StackFleetAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::StackFleetAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "FleetName",
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
