// @generated from AWS::Notifications::ChannelAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Notifications::ChannelAssociation` and its property types.

/// Resource Type definition for AWS::Notifications::ChannelAssociation
///
/// CloudFormation type `AWS::Notifications::ChannelAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelAssociation {
    props: ::forma_core::schema::Props,
}
impl ChannelAssociation {
    /// A new resource with its required properties: `Arn`, `NotificationConfigurationArn`.
    #[track_caller]
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        notification_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, notification_configuration_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ChannelAssociation {
    type Attributes = ChannelAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Notifications::ChannelAssociation"
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
/// The attributes of a `AWS::Notifications::ChannelAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Notifications::ChannelAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Notifications::ChannelAssociation",
properties: &[
::forma_core::schema::Property { name: "Arn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]{3,10}:(chatbot|consoleapp|notifications-contacts):[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z0-9-_.@]+/[a-zA-Z0-9/_.@:-]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "NotificationConfigurationArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &[],
};
