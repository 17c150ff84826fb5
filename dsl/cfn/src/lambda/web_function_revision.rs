// @generated from AWS::Lambda::WebFunctionRevision (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::WebFunctionRevision` and its property types.

/// Resource Type definition for AWS::Lambda::WebFunctionRevision.
///
/// CloudFormation type `AWS::Lambda::WebFunctionRevision`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebFunctionRevision {
    props: ::forma_core::schema::Props,
}
impl WebFunctionRevision {
    /// A new resource with its required properties: `BuildConfig`, `FunctionName`, `ServiceConfig`.
    #[track_caller]
    pub fn new(
        build_config: impl ::std::convert::Into<::forma_core::Value<BuildConfig>>,
        function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_config: impl ::std::convert::Into<::forma_core::Value<ServiceConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, build_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, function_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, service_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the revision.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key used to encrypt the revision.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WebFunctionRevision {
    type Attributes = WebFunctionRevisionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::WebFunctionRevision"
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
/// The attributes of a `AWS::Lambda::WebFunctionRevision` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebFunctionRevisionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebFunctionRevisionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebFunctionRevisionAttributes {
    /// `Fn::GetAtt` `FunctionArn`.
    pub fn function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionArn")
    }
    /// `Fn::GetAtt` `RevisionId`.
    pub fn revision_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RevisionId")
    }
    /// `Fn::GetAtt` `RevisionArn`.
    pub fn revision_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RevisionArn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateReason`.
    pub fn state_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateReason")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The build configuration for the revision.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildConfig {
    props: ::forma_core::schema::Props,
}
impl BuildConfig {
    /// A new value with its required properties: `CodeConfig`, `RuntimeConfig`.
    pub fn new(
        code_config: impl ::std::convert::Into<::forma_core::Value<BuildConfigCodeConfig>>,
        runtime_config: impl ::std::convert::Into<::forma_core::Value<BuildConfigRuntimeConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code_config.into().into_expr());
        props.set(1, runtime_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BuildConfig> for ::forma_core::Value<BuildConfig> {
    fn from(v: BuildConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUILD_CONFIG_TYPE.properties))
    }
}

/// The service configuration for the revision.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConfig {
    props: ::forma_core::schema::Props,
}
impl ServiceConfig {
    /// A new value with its required properties: `ExecutionRoleArn`.
    pub fn new(execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, execution_role_arn.into().into_expr());
        Self { props }
    }
    /// The versioned ARN of the network connector used for outbound network access from the revision.
    ///
    /// Allowed: length 1 to 2048.
    pub fn egress_network_connector_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Environment variables for the function.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum concurrency per environment.
    ///
    /// Allowed: 1 to 128.
    pub fn max_concurrency_per_environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The telemetry configuration.
    pub fn telemetry_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConfigTelemetryConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The function timeout in seconds.
    ///
    /// Allowed: 3 to 900.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceConfig> for ::forma_core::Value<ServiceConfig> {
    fn from(v: ServiceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONFIG_TYPE.properties))
    }
}

/// The code configuration for the revision.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildConfigCodeConfig {
    props: ::forma_core::schema::Props,
}
impl BuildConfigCodeConfig {
    /// A new value with its required properties: `S3Object`.
    pub fn new(s3_object: impl ::std::convert::Into<::forma_core::Value<S3Object>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BuildConfigCodeConfig> for ::forma_core::Value<BuildConfigCodeConfig> {
    fn from(v: BuildConfigCodeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUILD_CONFIG_CODE_CONFIG_TYPE.properties))
    }
}

/// The runtime configuration for the revision.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildConfigRuntimeConfig {
    props: ::forma_core::schema::Props,
}
impl BuildConfigRuntimeConfig {
    /// A new value with its required properties: `Runtime`.
    pub fn new(runtime: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, runtime.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BuildConfigRuntimeConfig> for ::forma_core::Value<BuildConfigRuntimeConfig> {
    fn from(v: BuildConfigRuntimeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUILD_CONFIG_RUNTIME_CONFIG_TYPE.properties))
    }
}

/// The telemetry configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConfigTelemetryConfig {
    props: ::forma_core::schema::Props,
}
impl ServiceConfigTelemetryConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The logging configuration for the web function.
    pub fn logging_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceConfigTelemetryConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceConfigTelemetryConfig> for ::forma_core::Value<ServiceConfigTelemetryConfig> {
    fn from(v: ServiceConfigTelemetryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONFIG_TELEMETRY_CONFIG_TYPE.properties))
    }
}

/// The S3 location of the function code.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Object {
    props: ::forma_core::schema::Props,
}
impl S3Object {
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
    /// The S3 object version ID.
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Object> for ::forma_core::Value<S3Object> {
    fn from(v: S3Object) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OBJECT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR`, `FATAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationLogLevel {
    /// `TRACE`
    Trace,
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// `FATAL`
    Fatal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationLogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trace => "TRACE",
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Fatal => "FATAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
    }
}
impl ::std::convert::From<ApplicationLogLevel> for ::forma_core::Value<ApplicationLogLevel> {
    fn from(v: ApplicationLogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationLogLevel {}

/// The values CloudFormation documents: `DEBUG`, `INFO`, `WARN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SystemLogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SystemLogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEBUG", "INFO", "WARN"]
    }
}
impl ::std::convert::From<SystemLogLevel> for ::forma_core::Value<SystemLogLevel> {
    fn from(v: SystemLogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SystemLogLevel {}

/// The logging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfig {
    props: ::forma_core::schema::Props,
}
impl LoggingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The application log level.
    pub fn application_log_level(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationLogLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The CloudWatch log group name.
    ///
    /// Allowed: length 1 to 500.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The system log level.
    pub fn system_log_level(mut self, value: impl ::forma_core::schema::EnumArg<SystemLogLevel>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LoggingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingConfig> for ::forma_core::Value<LoggingConfig> {
    fn from(v: LoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::WebFunctionRevision`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lambda::WebFunctionRevision",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuildConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&BUILD_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FunctionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-z-]*){1}:kms:[a-z0-9-]+:[0-9]{12}:key/.*$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["FunctionArn", "RevisionId", "RevisionArn", "State", "StateReason", "CreatedAt"],
};

static BUILD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.BuildConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUILD_CONFIG_CODE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuntimeConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUILD_CONFIG_RUNTIME_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SERVICE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.ServiceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressNetworkConnectorArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-z-]*):lambda:[a-z0-9-]+:[0-9]{12}:network-connector:[a-zA-Z0-9_-]+:[0-9]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(4096) },
            )),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-z-]*){1}:iam::[0-9]{12}:role/.*$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrencyPerEnvironment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(128.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TelemetryConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONFIG_TELEMETRY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(3.0),
                maximum: Some(900.0),
            }),
        },
    ],
    rules: &[],
};

static BUILD_CONFIG_CODE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.BuildConfigCodeConfig",
    properties: &[::forma_core::schema::Property {
        name: "S3Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_OBJECT_TYPE),
    }],
    rules: &[],
};

static BUILD_CONFIG_RUNTIME_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.BuildConfigRuntimeConfig",
    properties: &[::forma_core::schema::Property {
        name: "Runtime",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-z][a-z0-9]*[0-9]+(\\.[a-z0-9]+)*$"),
            min_length: Some(1),
            max_length: Some(30),
        }),
    }],
    rules: &[],
};

static SERVICE_CONFIG_TELEMETRY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.ServiceConfigTelemetryConfig",
    properties: &[::forma_core::schema::Property {
        name: "LoggingConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIG_TYPE),
    }],
    rules: &[],
};

static S3_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.S3Object",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9])$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionRevision.LoggingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationLogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]),
        },
        ::forma_core::schema::Property {
            name: "LogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\.\\-_/#]+$"),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "SystemLogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEBUG", "INFO", "WARN"]),
        },
    ],
    rules: &[],
};
