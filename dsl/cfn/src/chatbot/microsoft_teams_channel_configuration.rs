// @generated from AWS::Chatbot::MicrosoftTeamsChannelConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chatbot::MicrosoftTeamsChannelConfiguration` and its property types.

/// Resource schema for AWS::Chatbot::MicrosoftTeamsChannelConfiguration.
///
/// CloudFormation type `AWS::Chatbot::MicrosoftTeamsChannelConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrosoftTeamsChannelConfiguration {
    props: ::forma_core::schema::Props,
}
impl MicrosoftTeamsChannelConfiguration {
    /// A new resource with its required properties: `ConfigurationName`, `IamRoleArn`, `TeamId`, `TeamsChannelId`, `TeamsTenantId`.
    #[track_caller]
    pub fn new(
        configuration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        team_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        teams_channel_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        teams_tenant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, iam_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, team_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, teams_channel_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, teams_tenant_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// ARNs of Custom Actions to associate with notifications in the provided chat channel.
    #[track_caller]
    pub fn customization_resource_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of IAM policy ARNs that are applied as channel guardrails.
    #[track_caller]
    pub fn guardrail_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the logging level for this configuration:ERROR,INFO or NONE.
    ///
    /// Allowed: length 4 to 5.
    #[track_caller]
    pub fn logging_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARNs of SNS topics which delivers notifications to AWS Chatbot, for example CloudWatch alarm notifications.
    #[track_caller]
    pub fn sns_topic_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to add to the configuration
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Microsoft Teams channel
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn teams_channel_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables use of a user role requirement in your chat configuration
    #[track_caller]
    pub fn user_role_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MicrosoftTeamsChannelConfiguration {
    type Attributes = MicrosoftTeamsChannelConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chatbot::MicrosoftTeamsChannelConfiguration"
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
/// The attributes of a `AWS::Chatbot::MicrosoftTeamsChannelConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MicrosoftTeamsChannelConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MicrosoftTeamsChannelConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MicrosoftTeamsChannelConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `Tag` property type of `AWS::Chatbot::MicrosoftTeamsChannelConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Chatbot::MicrosoftTeamsChannelConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Chatbot::MicrosoftTeamsChannelConfiguration",
properties: &[
::forma_core::schema::Property { name: "ConfigurationName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9-_]+$"), min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "CustomizationResourceArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws:chatbot:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:custom-action/[a-zA-Z0-9_-]{1,64}$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "GuardrailPolicies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^$|arn:aws:iam:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_\\/+=,@.-]{0,1023})$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "IamRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LoggingLevel", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(ERROR|INFO|NONE)$"), min_length: Some(4), max_length: Some(5) }) },
::forma_core::schema::Property { name: "SnsTopicArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TeamId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$"), min_length: Some(36), max_length: Some(36) }) },
::forma_core::schema::Property { name: "TeamsChannelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9-_=+/.,])*%3[aA]([a-zA-Z0-9-_=+/.,])*%40([a-zA-Z0-9-_=+/.,])*$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "TeamsChannelName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(.*)$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "TeamsTenantId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$"), min_length: Some(36), max_length: Some(36) }) },
::forma_core::schema::Property { name: "UserRoleRequired", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
],
rules: &[],
attributes: &["Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chatbot::MicrosoftTeamsChannelConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
