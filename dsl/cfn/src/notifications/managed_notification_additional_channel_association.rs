// @generated from AWS::Notifications::ManagedNotificationAdditionalChannelAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Notifications::ManagedNotificationAdditionalChannelAssociation` and its property types.

/// Resource Type definition for AWS::Notifications::ManagedNotificationAdditionalChannelAssociation
///
/// CloudFormation type `AWS::Notifications::ManagedNotificationAdditionalChannelAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedNotificationAdditionalChannelAssociation {
    props: ::forma_core::schema::Props,
}
impl ManagedNotificationAdditionalChannelAssociation {
    /// A new resource with its required properties: `ChannelArn`, `ManagedNotificationConfigurationArn`.
    #[track_caller]
    pub fn new(
        channel_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        managed_notification_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, managed_notification_configuration_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether the channel association is subscribed to sensitive events.
    #[track_caller]
    pub fn is_sensitive_events_subscribed(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ManagedNotificationAdditionalChannelAssociation {
    type Attributes = ManagedNotificationAdditionalChannelAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Notifications::ManagedNotificationAdditionalChannelAssociation"
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
/// The attributes of a `AWS::Notifications::ManagedNotificationAdditionalChannelAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ManagedNotificationAdditionalChannelAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ManagedNotificationAdditionalChannelAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Notifications::ManagedNotificationAdditionalChannelAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Notifications::ManagedNotificationAdditionalChannelAssociation",
properties: &[
::forma_core::schema::Property { name: "ChannelArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]{3,10}:(chatbot|consoleapp|notifications-contacts):[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z0-9-_.@]+/[a-zA-Z0-9/_.@:-]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "IsSensitiveEventsSubscribed", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ManagedNotificationConfigurationArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]{3,10}:notifications::([0-9]{12}|):managed-notification-configuration/category/[a-zA-Z0-9\\-]{3,64}/sub-category/[a-zA-Z0-9\\-]{3,64}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &[],
};
