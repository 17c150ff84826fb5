// @generated from AWS::Lex::BotAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lex::BotAlias` and its property types.

/// Resource Type definition for a Bot Alias, which enables you to change the version of a bot without updating applications that use the bot
///
/// CloudFormation type `AWS::Lex::BotAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct BotAlias {
    props: ::forma_core::schema::Props,
}
impl BotAlias {
    /// A new resource with its required properties: `BotAliasName`, `BotId`.
    #[track_caller]
    pub fn new(
        bot_alias_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bot_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, bot_alias_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, bot_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of bot alias locale settings to add to the bot alias.
    #[track_caller]
    pub fn bot_alias_locale_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BotAliasLocaleSettingsItem>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to add to the bot alias.
    #[track_caller]
    pub fn bot_alias_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of a bot.
    ///
    /// Allowed: length 1 to 5.
    #[track_caller]
    pub fn bot_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains information about code hooks that Amazon Lex calls during a conversation.
    #[track_caller]
    pub fn conversation_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConversationLogSettings>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the bot alias.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines whether Amazon Lex will use Amazon Comprehend to detect the sentiment of user utterances.
    #[track_caller]
    pub fn sentiment_analysis_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SentimentAnalysisSettings>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BotAlias {
    type Attributes = BotAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lex::BotAlias"
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
/// The attributes of a `AWS::Lex::BotAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BotAliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BotAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BotAliasAttributes {
    /// `Fn::GetAtt` `BotAliasId`.
    pub fn bot_alias_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BotAliasId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `BotAliasStatus`.
    pub fn bot_alias_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BotAliasStatus")
    }
}

/// A locale setting in alias
#[derive(Debug, Clone, PartialEq)]
pub struct BotAliasLocaleSettingsItem {
    props: ::forma_core::schema::Props,
}
impl BotAliasLocaleSettingsItem {
    /// A new value with its required properties: `BotAliasLocaleSetting`, `LocaleId`.
    pub fn new(
        bot_alias_locale_setting: impl ::std::convert::Into<::forma_core::Value<BotAliasLocaleSettings>>,
        locale_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bot_alias_locale_setting.into().into_expr());
        props.set(1, locale_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BotAliasLocaleSettingsItem> for ::forma_core::Value<BotAliasLocaleSettingsItem> {
    fn from(v: BotAliasLocaleSettingsItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_ALIAS_LOCALE_SETTINGS_ITEM_TYPE.properties))
    }
}

/// A label for tagging Lex resources
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

/// Contains information about code hooks that Amazon Lex calls during a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationLogSettings {
    props: ::forma_core::schema::Props,
}
impl ConversationLogSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of audio log settings
    pub fn audio_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioLogSetting>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of text log settings
    pub fn text_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextLogSetting>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConversationLogSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConversationLogSettings> for ::forma_core::Value<ConversationLogSettings> {
    fn from(v: ConversationLogSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONVERSATION_LOG_SETTINGS_TYPE.properties))
    }
}

/// Determines whether Amazon Lex will use Amazon Comprehend to detect the sentiment of user utterances.
#[derive(Debug, Clone, PartialEq)]
pub struct SentimentAnalysisSettings {
    props: ::forma_core::schema::Props,
}
impl SentimentAnalysisSettings {
    /// A new value with its required properties: `DetectSentiment`.
    pub fn new(detect_sentiment: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, detect_sentiment.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SentimentAnalysisSettings> for ::forma_core::Value<SentimentAnalysisSettings> {
    fn from(v: SentimentAnalysisSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENTIMENT_ANALYSIS_SETTINGS_TYPE.properties))
    }
}

/// You can use this parameter to specify a specific Lambda function to run different functions in different locales.
#[derive(Debug, Clone, PartialEq)]
pub struct BotAliasLocaleSettings {
    props: ::forma_core::schema::Props,
}
impl BotAliasLocaleSettings {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// Contains information about code hooks that Amazon Lex calls during a conversation.
    pub fn code_hook_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeHookSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BotAliasLocaleSettings> for ::forma_core::Value<BotAliasLocaleSettings> {
    fn from(v: BotAliasLocaleSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_ALIAS_LOCALE_SETTINGS_TYPE.properties))
    }
}

/// Settings for logging audio of conversations between Amazon Lex and a user.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioLogSetting {
    props: ::forma_core::schema::Props,
}
impl AudioLogSetting {
    /// A new value with its required properties: `Destination`, `Enabled`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<AudioLogDestination>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioLogSetting> for ::forma_core::Value<AudioLogSetting> {
    fn from(v: AudioLogSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_LOG_SETTING_TYPE.properties))
    }
}

/// Contains information about code hooks that Amazon Lex calls during a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLogSetting {
    props: ::forma_core::schema::Props,
}
impl TextLogSetting {
    /// A new value with its required properties: `Destination`, `Enabled`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<TextLogDestination>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextLogSetting> for ::forma_core::Value<TextLogSetting> {
    fn from(v: TextLogSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_LOG_SETTING_TYPE.properties))
    }
}

/// Contains information about code hooks that Amazon Lex calls during a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeHookSpecification {
    props: ::forma_core::schema::Props,
}
impl CodeHookSpecification {
    /// A new value with its required properties: `LambdaCodeHook`.
    pub fn new(lambda_code_hook: impl ::std::convert::Into<::forma_core::Value<LambdaCodeHook>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_code_hook.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeHookSpecification> for ::forma_core::Value<CodeHookSpecification> {
    fn from(v: CodeHookSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_HOOK_SPECIFICATION_TYPE.properties))
    }
}

/// The location of audio log files collected when conversation logging is enabled for a bot.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioLogDestination {
    props: ::forma_core::schema::Props,
}
impl AudioLogDestination {
    /// A new value with its required properties: `S3Bucket`.
    pub fn new(s3_bucket: impl ::std::convert::Into<::forma_core::Value<S3BucketLogDestination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioLogDestination> for ::forma_core::Value<AudioLogDestination> {
    fn from(v: AudioLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_LOG_DESTINATION_TYPE.properties))
    }
}

/// Defines the Amazon CloudWatch Logs destination log group for conversation text logs.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLogDestination {
    props: ::forma_core::schema::Props,
}
impl TextLogDestination {
    /// A new value with its required properties: `CloudWatch`.
    pub fn new(cloud_watch: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogGroupLogDestination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextLogDestination> for ::forma_core::Value<TextLogDestination> {
    fn from(v: TextLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_LOG_DESTINATION_TYPE.properties))
    }
}

/// Contains information about code hooks that Amazon Lex calls during a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaCodeHook {
    props: ::forma_core::schema::Props,
}
impl LambdaCodeHook {
    /// A new value with its required properties: `CodeHookInterfaceVersion`, `LambdaArn`.
    pub fn new(
        code_hook_interface_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code_hook_interface_version.into().into_expr());
        props.set(1, lambda_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaCodeHook> for ::forma_core::Value<LambdaCodeHook> {
    fn from(v: LambdaCodeHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CODE_HOOK_TYPE.properties))
    }
}

/// Specifies an Amazon S3 bucket for logging audio conversations
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketLogDestination {
    props: ::forma_core::schema::Props,
}
impl S3BucketLogDestination {
    /// A new value with its required properties: `LogPrefix`, `S3BucketArn`.
    pub fn new(
        log_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, log_prefix.into().into_expr());
        props.set(2, s3_bucket_arn.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of an AWS Key Management Service (KMS) key for encrypting audio log files stored in an S3 bucket.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3BucketLogDestination> for ::forma_core::Value<S3BucketLogDestination> {
    fn from(v: S3BucketLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_BUCKET_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `CloudWatchLogGroupLogDestination` property type of `AWS::Lex::BotAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogGroupLogDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogGroupLogDestination {
    /// A new value with its required properties: `CloudWatchLogGroupArn`, `LogPrefix`.
    pub fn new(
        cloud_watch_log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_log_group_arn.into().into_expr());
        props.set(1, log_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogGroupLogDestination> for ::forma_core::Value<CloudWatchLogGroupLogDestination> {
    fn from(v: CloudWatchLogGroupLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOG_GROUP_LOG_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::Lex::BotAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lex::BotAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotAliasLocaleSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOT_ALIAS_LOCALE_SETTINGS_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BotAliasName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotAliasTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BotId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]+$"),
                min_length: Some(10),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(DRAFT|[0-9]+)$"),
                min_length: Some(1),
                max_length: Some(5),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConversationLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONVERSATION_LOG_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "SentimentAnalysisSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENTIMENT_ANALYSIS_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["BotAliasId", "Arn", "BotAliasStatus"],
};

static BOT_ALIAS_LOCALE_SETTINGS_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.BotAliasLocaleSettingsItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotAliasLocaleSetting",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BOT_ALIAS_LOCALE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocaleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.Tag",
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

static CONVERSATION_LOG_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.ConversationLogSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_LOG_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TextLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_LOG_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static SENTIMENT_ANALYSIS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.SentimentAnalysisSettings",
    properties: &[::forma_core::schema::Property {
        name: "DetectSentiment",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static BOT_ALIAS_LOCALE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.BotAliasLocaleSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeHookSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_HOOK_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AUDIO_LOG_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.AudioLogSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TEXT_LOG_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.TextLogSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEXT_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CODE_HOOK_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.CodeHookSpecification",
    properties: &[::forma_core::schema::Property {
        name: "LambdaCodeHook",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_CODE_HOOK_TYPE),
    }],
    rules: &[],
};

static AUDIO_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.AudioLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "S3Bucket",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_BUCKET_LOG_DESTINATION_TYPE),
    }],
    rules: &[],
};

static TEXT_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.TextLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatch",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOG_GROUP_LOG_DESTINATION_TYPE),
    }],
    rules: &[],
};

static LAMBDA_CODE_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.LambdaCodeHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeHookInterfaceVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5),
            }),
        },
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static S3_BUCKET_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotAlias.S3BucketLogDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[\\w\\-]+:kms:[\\w\\-]+:[\\d]{12}:(?:key\\/[\\w\\-]+|alias\\/[a-zA-Z0-9:\\/_\\-]{1,256})$",
                ),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogPrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w\\-]+:s3:::[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOG_GROUP_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::BotAlias.CloudWatchLogGroupLogDestination",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudWatchLogGroupArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "LogPrefix",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };
