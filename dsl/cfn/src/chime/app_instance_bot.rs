// @generated from AWS::Chime::AppInstanceBot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::AppInstanceBot` and its property types.

/// Resource Type definition for AWS::Chime::AppInstanceBot
///
/// CloudFormation type `AWS::Chime::AppInstanceBot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppInstanceBot {
    props: ::forma_core::schema::Props,
}
impl AppInstanceBot {
    /// A new resource with its required properties: `AppInstanceArn`, `Configuration`.
    #[track_caller]
    pub fn new(
        app_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<Configuration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The metadata of the AppInstanceBot.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the AppInstanceBot.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the AppInstanceBot.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AppInstanceBot {
    type Attributes = AppInstanceBotAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::AppInstanceBot"
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
/// The attributes of a `AWS::Chime::AppInstanceBot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppInstanceBotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppInstanceBotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppInstanceBotAttributes {
    /// `Fn::GetAtt` `AppInstanceBotArn`.
    pub fn app_instance_bot_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppInstanceBotArn")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `LastUpdatedTimestamp`.
    pub fn last_updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTimestamp")
    }
}

/// A structure that contains configuration data.
#[derive(Debug, Clone, PartialEq)]
pub struct Configuration {
    props: ::forma_core::schema::Props,
}
impl Configuration {
    /// A new value with its required properties: `Lex`.
    pub fn new(lex: impl ::std::convert::Into<::forma_core::Value<LexConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lex.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Configuration> for ::forma_core::Value<Configuration> {
    fn from(v: Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_TYPE.properties))
    }
}

/// A tag object containing a key-value pair.
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

/// The values CloudFormation documents: `STANDARD_MESSAGES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RespondsTo {
    /// `STANDARD_MESSAGES`
    StandardMessages,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RespondsTo {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StandardMessages => "STANDARD_MESSAGES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD_MESSAGES"]
    }
}
impl ::std::convert::From<RespondsTo> for ::forma_core::Value<RespondsTo> {
    fn from(v: RespondsTo) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RespondsTo {}

/// The configuration for an Amazon Lex V2 bot.
#[derive(Debug, Clone, PartialEq)]
pub struct LexConfiguration {
    props: ::forma_core::schema::Props,
}
impl LexConfiguration {
    /// A new value with its required properties: `LexBotAliasArn`, `LocaleId`.
    pub fn new(
        lex_bot_alias_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        locale_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, lex_bot_alias_arn.into().into_expr());
        props.set(2, locale_id.into().into_expr());
        Self { props }
    }
    /// Specifies the type of message that triggers a bot.
    pub fn invoked_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<InvokedBy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Determines whether the Amazon Lex V2 bot responds to all standard messages.
    pub fn responds_to(mut self, value: impl ::forma_core::schema::EnumArg<RespondsTo>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The name of the welcome intent configured in the Amazon Lex V2 bot.
    ///
    /// Allowed: length 1 to 100.
    pub fn welcome_intent(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LexConfiguration> for ::forma_core::Value<LexConfiguration> {
    fn from(v: LexConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEX_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTO`, `ALL`, `MENTIONS`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StandardMessages {
    /// `AUTO`
    Auto,
    /// `ALL`
    All,
    /// `MENTIONS`
    Mentions,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StandardMessages {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "AUTO",
            Self::All => "ALL",
            Self::Mentions => "MENTIONS",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTO", "ALL", "MENTIONS", "NONE"]
    }
}
impl ::std::convert::From<StandardMessages> for ::forma_core::Value<StandardMessages> {
    fn from(v: StandardMessages) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StandardMessages {}

/// The values CloudFormation documents: `ALL`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetedMessages {
    /// `ALL`
    All,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetedMessages {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "NONE"]
    }
}
impl ::std::convert::From<TargetedMessages> for ::forma_core::Value<TargetedMessages> {
    fn from(v: TargetedMessages) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetedMessages {}

/// Specifies the type of message that triggers a bot.
#[derive(Debug, Clone, PartialEq)]
pub struct InvokedBy {
    props: ::forma_core::schema::Props,
}
impl InvokedBy {
    /// A new value with its required properties: `StandardMessages`, `TargetedMessages`.
    pub fn new(
        standard_messages: impl ::forma_core::schema::EnumArg<StandardMessages>,
        targeted_messages: impl ::forma_core::schema::EnumArg<TargetedMessages>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, standard_messages.into_enum_expr());
        props.set(1, targeted_messages.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<InvokedBy> for ::forma_core::Value<InvokedBy> {
    fn from(v: InvokedBy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOKED_BY_TYPE.properties))
    }
}

/// The schema of `AWS::Chime::AppInstanceBot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chime::AppInstanceBot",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(5),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]*$",
                ),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["AppInstanceBotArn", "CreatedTimestamp", "LastUpdatedTimestamp"],
};

static CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::AppInstanceBot.Configuration",
    properties: &[::forma_core::schema::Property {
        name: "Lex",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LEX_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::AppInstanceBot.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static LEX_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::AppInstanceBot.LexConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "InvokedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOKED_BY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LexBotAliasArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:lex:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:bot-alias/[A-Z0-9]{10}/[A-Z0-9]{10}$"),
                min_length: Some(15),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocaleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RespondsTo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD_MESSAGES"]),
        },
        ::forma_core::schema::Property {
            name: "WelcomeIntent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z]_?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static INVOKED_BY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::AppInstanceBot.InvokedBy",
    properties: &[
        ::forma_core::schema::Property {
            name: "StandardMessages",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTO", "ALL", "MENTIONS", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "TargetedMessages",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "NONE"]),
        },
    ],
    rules: &[],
};
