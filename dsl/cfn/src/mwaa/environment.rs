// @generated from AWS::MWAA::Environment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MWAA::Environment` and its property types.

/// Resource schema for AWS::MWAA::Environment
///
/// CloudFormation type `AWS::MWAA::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(12, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AirflowConfigurationOptions`.
    #[track_caller]
    pub fn airflow_configuration_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Version of airflow to deploy to the environment.
    ///
    /// Allowed: length 1 to 32.
    #[track_caller]
    pub fn airflow_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an S3 prefix relative to the root of an S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn dag_s3_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines whether the VPC endpoints configured for the environment are created, and managed, by the customer or by Amazon MWAA.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_management(mut self, value: impl ::forma_core::schema::EnumArg<EndpointManagement>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Templated configuration for airflow processes and backing infrastructure.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn environment_class(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// IAM role to be used by tasks.
    ///
    /// Allowed: length 1 to 1224.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the AWS Key Management Service (AWS KMS) customer master key (CMK) to use for MWAA data encryption.
    ///
    /// Allowed: length 1 to 1224.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Logging configuration for the environment.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Maximum webserver compute units.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn max_webservers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Maximum worker compute units.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn max_workers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Minimum webserver compute units.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn min_webservers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Minimum worker compute units.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn min_workers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures the network resources of the environment.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an version ID for an S3 object.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn plugins_s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an S3 prefix relative to the root of an S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn plugins_s3_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an version ID for an S3 object.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn requirements_s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an S3 prefix relative to the root of an S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn requirements_s3_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Scheduler compute units.
    ///
    /// Allowed: 1 to 5.
    #[track_caller]
    pub fn schedulers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN for the AWS S3 bucket to use as the source of DAGs and plugins for the environment.
    ///
    /// Allowed: length 1 to 1224.
    #[track_caller]
    pub fn source_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an version ID for an S3 object.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn startup_script_s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents an S3 prefix relative to the root of an S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn startup_script_s3_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Choice for mode of webserver access including over public internet or via private VPC endpoint.
    #[track_caller]
    pub fn webserver_access_mode(mut self, value: impl ::forma_core::schema::EnumArg<WebserverAccessMode>) -> Self {
        self.props.set_at(23, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Start time for the weekly maintenance window.
    ///
    /// Allowed: length 1 to 9.
    #[track_caller]
    pub fn weekly_maintenance_window_start(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The worker replacement strategy to use when updating the environment.
    #[track_caller]
    pub fn worker_replacement_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<WorkerReplacementStrategy>,
    ) -> Self {
        self.props.set_at(25, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Environment {
    type Attributes = EnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::MWAA::Environment"
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
/// The attributes of a `AWS::MWAA::Environment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CeleryExecutorQueue`.
    pub fn celery_executor_queue(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CeleryExecutorQueue")
    }
    /// `Fn::GetAtt` `DatabaseVpcEndpointService`.
    pub fn database_vpc_endpoint_service(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatabaseVpcEndpointService")
    }
    /// `Fn::GetAtt` `WebserverVpcEndpointService`.
    pub fn webserver_vpc_endpoint_service(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebserverVpcEndpointService")
    }
    /// `Fn::GetAtt` `WebserverUrl`.
    pub fn webserver_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebserverUrl")
    }
    /// `Fn::GetAtt` `LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn`.
    pub fn logging_configuration_dag_processing_logs_cloud_watch_log_group_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn")
    }
    /// `Fn::GetAtt` `LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn`.
    pub fn logging_configuration_scheduler_logs_cloud_watch_log_group_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn")
    }
    /// `Fn::GetAtt` `LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn`.
    pub fn logging_configuration_webserver_logs_cloud_watch_log_group_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn")
    }
    /// `Fn::GetAtt` `LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn`.
    pub fn logging_configuration_worker_logs_cloud_watch_log_group_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn")
    }
    /// `Fn::GetAtt` `LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn`.
    pub fn logging_configuration_task_logs_cloud_watch_log_group_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn")
    }
}

/// The values CloudFormation documents: `CUSTOMER`, `SERVICE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointManagement {
    /// `CUSTOMER`
    Customer,
    /// `SERVICE`
    Service,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointManagement {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Customer => "CUSTOMER",
            Self::Service => "SERVICE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER", "SERVICE"]
    }
}
impl ::std::convert::From<EndpointManagement> for ::forma_core::Value<EndpointManagement> {
    fn from(v: EndpointManagement) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointManagement {}

/// The values CloudFormation documents: `PRIVATE_ONLY`, `PUBLIC_ONLY`, `PUBLIC_AND_PRIVATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebserverAccessMode {
    /// `PRIVATE_ONLY`
    PrivateOnly,
    /// `PUBLIC_ONLY`
    PublicOnly,
    /// `PUBLIC_AND_PRIVATE`
    PublicAndPrivate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WebserverAccessMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrivateOnly => "PRIVATE_ONLY",
            Self::PublicOnly => "PUBLIC_ONLY",
            Self::PublicAndPrivate => "PUBLIC_AND_PRIVATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIVATE_ONLY", "PUBLIC_ONLY", "PUBLIC_AND_PRIVATE"]
    }
}
impl ::std::convert::From<WebserverAccessMode> for ::forma_core::Value<WebserverAccessMode> {
    fn from(v: WebserverAccessMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WebserverAccessMode {}

/// The values CloudFormation documents: `FORCED`, `GRACEFUL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkerReplacementStrategy {
    /// `FORCED`
    Forced,
    /// `GRACEFUL`
    Graceful,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkerReplacementStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Forced => "FORCED",
            Self::Graceful => "GRACEFUL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FORCED", "GRACEFUL"]
    }
}
impl ::std::convert::From<WorkerReplacementStrategy> for ::forma_core::Value<WorkerReplacementStrategy> {
    fn from(v: WorkerReplacementStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkerReplacementStrategy {}

/// Logging configuration for the environment.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Logging configuration for a specific airflow component.
    pub fn dag_processing_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModuleLoggingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Logging configuration for a specific airflow component.
    pub fn scheduler_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModuleLoggingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Logging configuration for a specific airflow component.
    pub fn task_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModuleLoggingConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Logging configuration for a specific airflow component.
    pub fn webserver_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModuleLoggingConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Logging configuration for a specific airflow component.
    pub fn worker_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModuleLoggingConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
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

/// Configures the network resources of the environment.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of security groups to use for the environment.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of subnets to use for the environment.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CRITICAL`, `ERROR`, `WARNING`, `INFO`, `DEBUG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoggingLevel {
    /// `CRITICAL`
    Critical,
    /// `ERROR`
    Error,
    /// `WARNING`
    Warning,
    /// `INFO`
    Info,
    /// `DEBUG`
    Debug,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LoggingLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Critical => "CRITICAL",
            Self::Error => "ERROR",
            Self::Warning => "WARNING",
            Self::Info => "INFO",
            Self::Debug => "DEBUG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"]
    }
}
impl ::std::convert::From<LoggingLevel> for ::forma_core::Value<LoggingLevel> {
    fn from(v: LoggingLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LoggingLevel {}

/// Logging configuration for a specific airflow component.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ModuleLoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogGroupArn`.
    ///
    /// Allowed: length 0 to 1224.
    pub fn cloud_watch_log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogLevel`.
    pub fn log_level(mut self, value: impl ::forma_core::schema::EnumArg<LoggingLevel>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ModuleLoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModuleLoggingConfiguration> for ::forma_core::Value<ModuleLoggingConfiguration> {
    fn from(v: ModuleLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODULE_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::MWAA::Environment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::MWAA::Environment",
properties: &[
::forma_core::schema::Property { name: "AirflowConfigurationOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "AirflowVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-z.]+$"), min_length: Some(1), max_length: Some(32) }) },
::forma_core::schema::Property { name: "DagS3Path", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some(".*"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "EndpointManagement", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER", "SERVICE"]) },
::forma_core::schema::Property { name: "EnvironmentClass", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "ExecutionRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: Some(1), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "KmsKey", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(((arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:kms:[a-z]{2}-[a-z]+-\\d:\\d+:)?key\\/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|(arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):kms:[a-z]{2}-[a-z]+-\\d:\\d+:)?alias/.+)$"), min_length: Some(1), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "LoggingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "MaxWebservers", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "MaxWorkers", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "MinWebservers", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "MinWorkers", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z][0-9a-zA-Z\\-_]*$"), min_length: Some(1), max_length: Some(80) }) },
::forma_core::schema::Property { name: "NetworkConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "PluginsS3ObjectVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "PluginsS3Path", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some(".*"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "RequirementsS3ObjectVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "RequirementsS3Path", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some(".*"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Schedulers", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(5.0) }) },
::forma_core::schema::Property { name: "SourceBucketArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:s3:::[a-z0-9.\\-]+$"), min_length: Some(1), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "StartupScriptS3ObjectVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "StartupScriptS3Path", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some(".*"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "WebserverAccessMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["PRIVATE_ONLY", "PUBLIC_ONLY", "PUBLIC_AND_PRIVATE"]) },
::forma_core::schema::Property { name: "WeeklyMaintenanceWindowStart", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(MON|TUE|WED|THU|FRI|SAT|SUN):([01]\\d|2[0-3]):(00|30)"), min_length: Some(1), max_length: Some(9) }) },
::forma_core::schema::Property { name: "WorkerReplacementStrategy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["FORCED", "GRACEFUL"]) },
],
rules: &[],
attributes: &["Arn", "CeleryExecutorQueue", "DatabaseVpcEndpointService", "WebserverVpcEndpointService", "WebserverUrl", "LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn", "LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn", "LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn", "LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn", "LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn"],
};

static LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAA::Environment.LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DagProcessingLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODULE_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchedulerLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODULE_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TaskLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODULE_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebserverLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODULE_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkerLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODULE_LOGGING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAA::Environment.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[a-zA-Z0-9\\-._]+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[a-zA-Z0-9\\-._]+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};

static MODULE_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAA::Environment.ModuleLoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:logs:[a-z0-9\\-]+:\\d{12}:log-group:\\w+",
                ),
                min_length: None,
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"]),
        },
    ],
    rules: &[],
};
