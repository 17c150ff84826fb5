// @generated from AWS::Notifications::OrganizationalUnitAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Notifications::OrganizationalUnitAssociation` and its property types.

/// Resource Type definition for AWS::Notifications::OrganizationalUnitAssociation
///
/// CloudFormation type `AWS::Notifications::OrganizationalUnitAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationalUnitAssociation {
    props: ::forma_core::schema::Props,
}
impl OrganizationalUnitAssociation {
    /// A new resource with its required properties: `NotificationConfigurationArn`, `OrganizationalUnitId`.
    #[track_caller]
    pub fn new(
        notification_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        organizational_unit_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, notification_configuration_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, organizational_unit_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for OrganizationalUnitAssociation {
    type Attributes = OrganizationalUnitAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Notifications::OrganizationalUnitAssociation"
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
/// The attributes of a `AWS::Notifications::OrganizationalUnitAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationalUnitAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationalUnitAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Notifications::OrganizationalUnitAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Notifications::OrganizationalUnitAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "NotificationConfigurationArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnitId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
