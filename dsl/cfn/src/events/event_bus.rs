// @generated from AWS::Events::EventBus (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Events::EventBus` and its property types.

/// Resource type definition for AWS::Events::EventBus
///
/// CloudFormation type `AWS::Events::EventBus`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBus {
    props: ::forma_core::schema::Props,
}
impl EventBus {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Dead Letter Queue for the event bus.
    #[track_caller]
    pub fn dead_letter_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the event bus.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you are creating a partner event bus, this specifies the partner event source that the new event bus will be matched with.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn event_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Kms Key Identifier used to encrypt events at rest in the event bus.
    #[track_caller]
    pub fn kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The logging configuration settings for vended logs.
    #[track_caller]
    pub fn log_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LogConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A JSON string that describes the permission policy statement for the event bus.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the event bus.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventBus {
    type Attributes = EventBusAttributes;
    fn type_name(&self) -> &str {
        "AWS::Events::EventBus"
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
/// The attributes of a `AWS::Events::EventBus` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventBusAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventBusAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventBusAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DeadLetterConfig`.
    pub fn dead_letter_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DeadLetterConfig")
    }
    /// `Fn::GetAtt` `Description`.
    pub fn description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Description")
    }
    /// `Fn::GetAtt` `EventSourceName`.
    pub fn event_source_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventSourceName")
    }
    /// `Fn::GetAtt` `KmsKeyIdentifier`.
    pub fn kms_key_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyIdentifier")
    }
    /// `Fn::GetAtt` `LogConfig`.
    pub fn log_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LogConfig")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `Policy`.
    pub fn policy(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Policy")
    }
}

/// Dead Letter Queue for the event bus.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetterConfig {
    props: ::forma_core::schema::Props,
}
impl DeadLetterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeadLetterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeadLetterConfig> for ::forma_core::Value<DeadLetterConfig> {
    fn from(v: DeadLetterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEAD_LETTER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludeDetail {
    /// `FULL`
    Full,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludeDetail {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "FULL",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL", "NONE"]
    }
}
impl ::std::convert::From<IncludeDetail> for ::forma_core::Value<IncludeDetail> {
    fn from(v: IncludeDetail) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludeDetail {}

/// The values CloudFormation documents: `INFO`, `ERROR`, `TRACE`, `OFF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `INFO`
    Info,
    /// `ERROR`
    Error,
    /// `TRACE`
    Trace,
    /// `OFF`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Level {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "INFO",
            Self::Error => "ERROR",
            Self::Trace => "TRACE",
            Self::Off => "OFF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INFO", "ERROR", "TRACE", "OFF"]
    }
}
impl ::std::convert::From<Level> for ::forma_core::Value<Level> {
    fn from(v: Level) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Level {}

/// The logging configuration settings for vended logs.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfig {
    props: ::forma_core::schema::Props,
}
impl LogConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configures whether or not to include event detail, input transformer details, target properties, and target input in the applicable log messages.
    pub fn include_detail(mut self, value: impl ::forma_core::schema::EnumArg<IncludeDetail>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Configures the log level of the EventBus and determines which log messages are sent to Ingestion Hub for delivery.
    pub fn level(mut self, value: impl ::forma_core::schema::EnumArg<Level>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LogConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogConfig> for ::forma_core::Value<LogConfig> {
    fn from(v: LogConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Events::EventBus`.
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

/// The schema of `AWS::Events::EventBus`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Events::EventBus",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeadLetterConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventSourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^aws\\.partner(/[\\.\\-_A-Za-z0-9]+){2,}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[/\\.\\-_A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
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
    attributes: &[
        "Arn",
        "DeadLetterConfig",
        "Description",
        "EventSourceName",
        "KmsKeyIdentifier",
        "LogConfig",
        "Name",
        "Policy",
    ],
};

static DEAD_LETTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::EventBus.DeadLetterConfig",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static LOG_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::EventBus.LogConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "IncludeDetail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INFO", "ERROR", "TRACE", "OFF"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::EventBus.Tag",
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
