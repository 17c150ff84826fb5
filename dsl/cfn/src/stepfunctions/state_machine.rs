// @generated from AWS::StepFunctions::StateMachine (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StepFunctions::StateMachine` and its property types.

/// Resource schema for StateMachine
///
/// CloudFormation type `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct StateMachine {
    props: ::forma_core::schema::Props,
}
impl StateMachine {
    /// A new resource with its required properties: `RoleArn`.
    #[track_caller]
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Definition`.
    ///
    /// Allowed: length 1 to 1048576.
    #[track_caller]
    pub fn definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionS3Location`.
    #[track_caller]
    pub fn definition_s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionString`.
    ///
    /// Allowed: length 1 to 1048576.
    #[track_caller]
    pub fn definition_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionSubstitutions`.
    #[track_caller]
    pub fn definition_substitutions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionConfiguration`.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoggingConfiguration`.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StateMachineName`.
    ///
    /// Allowed: length 1 to 80.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn state_machine_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StateMachineType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn state_machine_type(mut self, value: impl ::forma_core::schema::EnumArg<StateMachineType>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagsEntry>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TracingConfiguration`.
    #[track_caller]
    pub fn tracing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TracingConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StateMachine {
    type Attributes = StateMachineAttributes;
    fn type_name(&self) -> &str {
        "AWS::StepFunctions::StateMachine"
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
/// The attributes of a `AWS::StepFunctions::StateMachine` (`Fn::GetAtt`), on the handle `add` returns.
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
pub enum StateMachineType {
    /// `STANDARD`
    Standard,
    /// `EXPRESS`
    Express,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StateMachineType {
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
impl ::std::convert::From<StateMachineType> for ::forma_core::Value<StateMachineType> {
    fn from(v: StateMachineType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StateMachineType {}

/// The `S3Location` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `Key`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        Self { props }
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CUSTOMER_MANAGED_KMS_KEY`, `AWS_OWNED_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CUSTOMER_MANAGED_KMS_KEY`
    CustomerManagedKmsKey,
    /// `AWS_OWNED_KEY`
    AwsOwnedKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManagedKmsKey => "CUSTOMER_MANAGED_KMS_KEY",
            Self::AwsOwnedKey => "AWS_OWNED_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `EncryptionConfiguration` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `KmsDataKeyReusePeriodSeconds`.
    ///
    /// Allowed: 60 to 900.
    pub fn kms_data_key_reuse_period_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

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

/// The `LoggingConfiguration` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destinations`.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogDestination>>>,
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
impl ::std::default::Default for LoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingConfiguration> for ::forma_core::Value<LoggingConfiguration> {
    fn from(v: LoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// The `TagsEntry` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagsEntry {
    props: ::forma_core::schema::Props,
}
impl TagsEntry {
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
impl ::std::convert::From<TagsEntry> for ::forma_core::Value<TagsEntry> {
    fn from(v: TagsEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_ENTRY_TYPE.properties))
    }
}

/// The `TracingConfiguration` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct TracingConfiguration {
    props: ::forma_core::schema::Props,
}
impl TracingConfiguration {
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
impl ::std::default::Default for TracingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TracingConfiguration> for ::forma_core::Value<TracingConfiguration> {
    fn from(v: TracingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACING_CONFIGURATION_TYPE.properties))
    }
}

/// The `LogDestination` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDestination {
    props: ::forma_core::schema::Props,
}
impl LogDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogsLogGroup`.
    pub fn cloud_watch_logs_log_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsLogGroup>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogDestination> for ::forma_core::Value<LogDestination> {
    fn from(v: LogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DESTINATION_TYPE.properties))
    }
}

/// The `CloudWatchLogsLogGroup` property type of `AWS::StepFunctions::StateMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsLogGroup {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsLogGroup {
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
impl ::std::default::Default for CloudWatchLogsLogGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchLogsLogGroup> for ::forma_core::Value<CloudWatchLogsLogGroup> {
    fn from(v: CloudWatchLogsLogGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_LOG_GROUP_TYPE.properties))
    }
}

/// The schema of `AWS::StepFunctions::StateMachine`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::StepFunctions::StateMachine",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DefinitionS3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefinitionString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1048576),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefinitionSubstitutions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Json),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StateMachineName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
        ::forma_core::schema::Property {
            name: "StateMachineType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "EXPRESS"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TracingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRACING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Name", "StateMachineRevisionId"],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsDataKeyReusePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY"]),
        },
    ],
    rules: &[],
};

static LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_DESTINATION_TYPE),
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

static TAGS_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.TagsEntry",
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

static TRACING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.TracingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.LogDestination",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchLogsLogGroup",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_LOG_GROUP_TYPE),
    }],
    rules: &[],
};

static CLOUD_WATCH_LOGS_LOG_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachine.CloudWatchLogsLogGroup",
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
