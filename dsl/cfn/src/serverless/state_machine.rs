// @generated from AWS::Serverless::StateMachine (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Serverless::StateMachine` and its property types.

/// A `AWS::Serverless::StateMachine`.
///
/// CloudFormation type `AWS::Serverless::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct StateMachine {
    props: ::forma_core::schema::Props,
}
impl StateMachine {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoPublishAlias`.
    #[track_caller]
    pub fn auto_publish_alias(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Definition`.
    #[track_caller]
    pub fn definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionSubstitutions`.
    #[track_caller]
    pub fn definition_substitutions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionUri`.
    #[track_caller]
    pub fn definition_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeploymentPreference`.
    #[track_caller]
    pub fn deployment_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Events`.
    #[track_caller]
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Logging`.
    #[track_caller]
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<Logging>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the policy used to set the permissions boundary for the role.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn permissions_boundary(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policies`.
    #[track_caller]
    pub fn policies(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PropagateTags`.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Role`.
    #[track_caller]
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The path to the role.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn role_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tracing`.
    #[track_caller]
    pub fn tracing(mut self, value: impl ::std::convert::Into<::forma_core::Value<Tracing>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Type`.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseAliasAsEventTarget`.
    #[track_caller]
    pub fn use_alias_as_event_target(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for StateMachine {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for StateMachine {
    type Attributes = StateMachineAttributes;
    fn type_name(&self) -> &str {
        "AWS::Serverless::StateMachine"
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
/// The attributes of a `AWS::Serverless::StateMachine` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StateMachineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StateMachineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StateMachineAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `StateMachineRevisionId`.
    pub fn state_machine_revision_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateMachineRevisionId")
    }
}

/// The values CloudFormation documents: `STANDARD`, `EXPRESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `STANDARD`
    Standard,
    /// `EXPRESS`
    Express,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Express => "EXPRESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "EXPRESS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `ALL`, `ERROR`, `FATAL`, `OFF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `ALL`
    All,
    /// `ERROR`
    Error,
    /// `FATAL`
    Fatal,
    /// `OFF`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Level {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Error => "ERROR",
            Self::Fatal => "FATAL",
            Self::Off => "OFF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "ERROR", "FATAL", "OFF"]
    }
}
impl ::std::convert::From<Level> for ::forma_core::Value<Level> {
    fn from(v: Level) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Level {}

/// The `Logging` property type of `AWS::Serverless::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destinations`.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoggingDestinations>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeExecutionData`.
    pub fn include_execution_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Level`.
    pub fn level(mut self, value: impl ::forma_core::schema::EnumArg<Level>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Logging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE.properties))
    }
}

/// The `Tracing` property type of `AWS::Serverless::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracing {
    props: ::forma_core::schema::Props,
}
impl Tracing {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tracing {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tracing> for ::forma_core::Value<Tracing> {
    fn from(v: Tracing) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACING_TYPE.properties))
    }
}

/// The `LoggingDestinations` property type of `AWS::Serverless::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingDestinations {
    props: ::forma_core::schema::Props,
}
impl LoggingDestinations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogsLogGroup`.
    pub fn cloud_watch_logs_log_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingDestinationsCloudWatchLogsLogGroup>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingDestinations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingDestinations> for ::forma_core::Value<LoggingDestinations> {
    fn from(v: LoggingDestinations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_DESTINATIONS_TYPE.properties))
    }
}

/// The `LoggingDestinationsCloudWatchLogsLogGroup` property type of `AWS::Serverless::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingDestinationsCloudWatchLogsLogGroup {
    props: ::forma_core::schema::Props,
}
impl LoggingDestinationsCloudWatchLogsLogGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogGroupArn`.
    ///
    /// Allowed: length 1 to 256.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingDestinationsCloudWatchLogsLogGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingDestinationsCloudWatchLogsLogGroup>
    for ::forma_core::Value<LoggingDestinationsCloudWatchLogsLogGroup>
{
    fn from(v: LoggingDestinationsCloudWatchLogsLogGroup) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(LOGGING_DESTINATIONS_CLOUD_WATCH_LOGS_LOG_GROUP_TYPE.properties),
        )
    }
}

/// The schema of `AWS::Serverless::StateMachine`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Serverless::StateMachine",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoPublishAlias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Definition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DefinitionSubstitutions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DefinitionUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DeploymentPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Events",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PermissionsBoundary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RolePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tracing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRACING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "EXPRESS"]),
        },
        ::forma_core::schema::Property {
            name: "UseAliasAsEventTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["Arn", "Name", "StateMachineRevisionId"],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::StateMachine.Logging",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOGGING_DESTINATIONS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeExecutionData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ERROR", "FATAL", "OFF"]),
        },
    ],
    rules: &[],
};

static TRACING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::StateMachine.Tracing",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static LOGGING_DESTINATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::StateMachine.LoggingDestinations",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchLogsLogGroup",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LOGGING_DESTINATIONS_CLOUD_WATCH_LOGS_LOG_GROUP_TYPE),
    }],
    rules: &[],
};

static LOGGING_DESTINATIONS_CLOUD_WATCH_LOGS_LOG_GROUP_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::StateMachine.LoggingDestinationsCloudWatchLogsLogGroup",
        properties: &[::forma_core::schema::Property {
            name: "LogGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };
