// @generated from AWS::Cognito::UserPoolRegionalConfigurationAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolRegionalConfigurationAttachment` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolRegionalConfigurationAttachment
///
/// CloudFormation type `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolRegionalConfigurationAttachment {
    props: ::forma_core::schema::Props,
}
impl UserPoolRegionalConfigurationAttachment {
    /// A new resource with its required properties: `UserPoolId`.
    #[track_caller]
    pub fn new(user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EmailConfiguration`.
    #[track_caller]
    pub fn email_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EmailConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LambdaConfig`.
    #[track_caller]
    pub fn lambda_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaConfig>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SmsConfiguration`.
    #[track_caller]
    pub fn sms_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SmsConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the replica.
    #[track_caller]
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserPoolTags`.
    #[track_caller]
    pub fn user_pool_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolRegionalConfigurationAttachment {
    type Attributes = UserPoolRegionalConfigurationAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolRegionalConfigurationAttachment"
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
/// The attributes of a `AWS::Cognito::UserPoolRegionalConfigurationAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolRegionalConfigurationAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolRegionalConfigurationAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `EmailConfiguration` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailConfiguration {
    props: ::forma_core::schema::Props,
}
impl EmailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConfigurationSet`.
    pub fn configuration_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EmailSendingAccount`.
    pub fn email_sending_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `From`.
    pub fn from(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ReplyToEmailAddress`.
    pub fn reply_to_email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SourceArn`.
    pub fn source_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmailConfiguration> for ::forma_core::Value<EmailConfiguration> {
    fn from(v: EmailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_CONFIGURATION_TYPE.properties))
    }
}

/// The `LambdaConfig` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CreateAuthChallenge`.
    pub fn create_auth_challenge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomEmailSender`.
    pub fn custom_email_sender(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomEmailSender>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomMessage`.
    pub fn custom_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomSMSSender`.
    pub fn custom_sms_sender(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomSmsSender>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DefineAuthChallenge`.
    pub fn define_auth_challenge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InboundFederation`.
    pub fn inbound_federation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InboundFederation>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `KMSKeyID`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PostAuthentication`.
    pub fn post_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PostConfirmation`.
    pub fn post_confirmation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PreAuthentication`.
    pub fn pre_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `PreSignUp`.
    pub fn pre_sign_up(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `PreTokenGeneration`.
    pub fn pre_token_generation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `PreTokenGenerationConfig`.
    pub fn pre_token_generation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PreTokenGenerationConfig>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `UserMigration`.
    pub fn user_migration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `VerifyAuthChallengeResponse`.
    pub fn verify_auth_challenge_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaConfig> for ::forma_core::Value<LambdaConfig> {
    fn from(v: LambdaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIG_TYPE.properties))
    }
}

/// The `SmsConfiguration` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SmsConfiguration {
    props: ::forma_core::schema::Props,
}
impl SmsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EumsSms`.
    pub fn eums_sms(mut self, value: impl ::std::convert::Into<::forma_core::Value<EumsSmsConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExternalId`.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SnsCallerArn`.
    pub fn sns_caller_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SnsRegion`.
    pub fn sns_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SmsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SmsConfiguration> for ::forma_core::Value<SmsConfiguration> {
    fn from(v: SmsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_CONFIGURATION_TYPE.properties))
    }
}

/// The `CustomEmailSender` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomEmailSender {
    props: ::forma_core::schema::Props,
}
impl CustomEmailSender {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomEmailSender {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomEmailSender> for ::forma_core::Value<CustomEmailSender> {
    fn from(v: CustomEmailSender) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_EMAIL_SENDER_TYPE.properties))
    }
}

/// The `CustomSMSSender` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSmsSender {
    props: ::forma_core::schema::Props,
}
impl CustomSmsSender {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomSmsSender {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomSmsSender> for ::forma_core::Value<CustomSmsSender> {
    fn from(v: CustomSmsSender) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_SMS_SENDER_TYPE.properties))
    }
}

/// The `InboundFederation` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundFederation {
    props: ::forma_core::schema::Props,
}
impl InboundFederation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InboundFederation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InboundFederation> for ::forma_core::Value<InboundFederation> {
    fn from(v: InboundFederation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INBOUND_FEDERATION_TYPE.properties))
    }
}

/// The `PreTokenGenerationConfig` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct PreTokenGenerationConfig {
    props: ::forma_core::schema::Props,
}
impl PreTokenGenerationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PreTokenGenerationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PreTokenGenerationConfig> for ::forma_core::Value<PreTokenGenerationConfig> {
    fn from(v: PreTokenGenerationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRE_TOKEN_GENERATION_CONFIG_TYPE.properties))
    }
}

/// The `EumsSmsConfiguration` property type of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct EumsSmsConfiguration {
    props: ::forma_core::schema::Props,
}
impl EumsSmsConfiguration {
    /// A new value with its required properties: `CallerArn`.
    pub fn new(caller_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, caller_arn.into().into_expr());
        Self { props }
    }
    /// `ConfigurationSetName`.
    pub fn configuration_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExternalId`.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InEntityId`.
    pub fn in_entity_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InTemplateId`.
    pub fn in_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OriginationIdentity`.
    pub fn origination_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Region`.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EumsSmsConfiguration> for ::forma_core::Value<EumsSmsConfiguration> {
    fn from(v: EumsSmsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EUMS_SMS_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::UserPoolRegionalConfigurationAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmailConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SmsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &[],
};

static EMAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.EmailConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EmailSendingAccount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "From",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplyToEmailAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAMBDA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.LambdaConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreateAuthChallenge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomEmailSender",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_EMAIL_SENDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomSMSSender",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_SMS_SENDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefineAuthChallenge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InboundFederation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INBOUND_FEDERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KMSKeyID",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PostAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PostConfirmation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreSignUp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreTokenGeneration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreTokenGenerationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRE_TOKEN_GENERATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserMigration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VerifyAuthChallengeResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SMS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.SmsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EumsSms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EUMS_SMS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnsCallerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnsRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CUSTOM_EMAIL_SENDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.CustomEmailSender",
    properties: &[
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LambdaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CUSTOM_SMS_SENDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.CustomSMSSender",
    properties: &[
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LambdaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INBOUND_FEDERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.InboundFederation",
    properties: &[
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LambdaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PRE_TOKEN_GENERATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.PreTokenGenerationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LambdaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EUMS_SMS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRegionalConfigurationAttachment.EumsSmsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CallerArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationSetName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InEntityId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginationIdentity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
