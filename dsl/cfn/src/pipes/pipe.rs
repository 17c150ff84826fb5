// @generated from AWS::Pipes::Pipe (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pipes::Pipe` and its property types.

/// Definition of AWS::Pipes::Pipe Resource Type
///
/// CloudFormation type `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipe {
    props: ::forma_core::schema::Props,
}
impl Pipe {
    /// A new resource with its required properties: `RoleArn`, `Source`, `Target`.
    #[track_caller]
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, source.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, target.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DesiredState`.
    #[track_caller]
    pub fn desired_state(mut self, value: impl ::forma_core::schema::EnumArg<RequestedPipeState>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Enrichment`.
    ///
    /// Allowed: length 0 to 1600.
    #[track_caller]
    pub fn enrichment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnrichmentParameters`.
    #[track_caller]
    pub fn enrichment_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeEnrichmentParameters>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyIdentifier`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogConfiguration`.
    #[track_caller]
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeLogConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceParameters`.
    #[track_caller]
    pub fn source_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceParameters>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TargetParameters`.
    #[track_caller]
    pub fn target_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetParameters>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Pipe {
    type Attributes = PipeAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pipes::Pipe"
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
/// The attributes of a `AWS::Pipes::Pipe` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PipeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PipeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PipeAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `CurrentState`.
    pub fn current_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrentState")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `StateReason`.
    pub fn state_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateReason")
    }
}

/// The values CloudFormation documents: `RUNNING`, `STOPPED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestedPipeState {
    /// `RUNNING`
    Running,
    /// `STOPPED`
    Stopped,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RequestedPipeState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "RUNNING",
            Self::Stopped => "STOPPED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RUNNING", "STOPPED"]
    }
}
impl ::std::convert::From<RequestedPipeState> for ::forma_core::Value<RequestedPipeState> {
    fn from(v: RequestedPipeState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RequestedPipeState {}

/// The `PipeEnrichmentParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeEnrichmentParameters {
    props: ::forma_core::schema::Props,
}
impl PipeEnrichmentParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HttpParameters`.
    pub fn http_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeEnrichmentHttpParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputTemplate`.
    ///
    /// Allowed: length 0 to 8192.
    pub fn input_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeEnrichmentParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeEnrichmentParameters> for ::forma_core::Value<PipeEnrichmentParameters> {
    fn from(v: PipeEnrichmentParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_ENRICHMENT_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludeExecutionDataOption {
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludeExecutionDataOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<IncludeExecutionDataOption> for ::forma_core::Value<IncludeExecutionDataOption> {
    fn from(v: IncludeExecutionDataOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludeExecutionDataOption {}

/// The values CloudFormation documents: `OFF`, `ERROR`, `INFO`, `TRACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `OFF`
    Off,
    /// `ERROR`
    Error,
    /// `INFO`
    Info,
    /// `TRACE`
    Trace,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Error => "ERROR",
            Self::Info => "INFO",
            Self::Trace => "TRACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "ERROR", "INFO", "TRACE"]
    }
}
impl ::std::convert::From<LogLevel> for ::forma_core::Value<LogLevel> {
    fn from(v: LogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogLevel {}

/// The `PipeLogConfiguration` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeLogConfiguration {
    props: ::forma_core::schema::Props,
}
impl PipeLogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudwatchLogsLogDestination`.
    pub fn cloudwatch_logs_log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudwatchLogsLogDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FirehoseLogDestination`.
    pub fn firehose_log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirehoseLogDestination>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludeExecutionData`.
    pub fn include_execution_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IncludeExecutionDataOption>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Level`.
    pub fn level(mut self, value: impl ::forma_core::schema::EnumArg<LogLevel>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `S3LogDestination`.
    pub fn s3_log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3LogDestination>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeLogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeLogConfiguration> for ::forma_core::Value<PipeLogConfiguration> {
    fn from(v: PipeLogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `PipeSourceParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ActiveMQBrokerParameters`.
    pub fn active_mq_broker_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceActiveMqBrokerParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DynamoDBStreamParameters`.
    pub fn dynamodb_stream_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceDynamodbStreamParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FilterCriteria`.
    pub fn filter_criteria(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterCriteria>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `KinesisStreamParameters`.
    pub fn kinesis_stream_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceKinesisStreamParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ManagedStreamingKafkaParameters`.
    pub fn managed_streaming_kafka_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceManagedStreamingKafkaParameters>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RabbitMQBrokerParameters`.
    pub fn rabbit_mq_broker_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceRabbitMqBrokerParameters>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SelfManagedKafkaParameters`.
    pub fn self_managed_kafka_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceSelfManagedKafkaParameters>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SqsQueueParameters`.
    pub fn sqs_queue_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeSourceSqsQueueParameters>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeSourceParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeSourceParameters> for ::forma_core::Value<PipeSourceParameters> {
    fn from(v: PipeSourceParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BatchJobParameters`.
    pub fn batch_job_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetBatchJobParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchLogsParameters`.
    pub fn cloud_watch_logs_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetCloudWatchLogsParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EcsTaskParameters`.
    pub fn ecs_task_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetEcsTaskParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EventBridgeEventBusParameters`.
    pub fn event_bridge_event_bus_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetEventBridgeEventBusParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `HttpParameters`.
    pub fn http_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetHttpParameters>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InputTemplate`.
    ///
    /// Allowed: length 0 to 8192.
    pub fn input_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `KinesisStreamParameters`.
    pub fn kinesis_stream_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetKinesisStreamParameters>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `LambdaFunctionParameters`.
    pub fn lambda_function_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetLambdaFunctionParameters>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RedshiftDataParameters`.
    pub fn redshift_data_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetRedshiftDataParameters>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SageMakerPipelineParameters`.
    pub fn sage_maker_pipeline_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetSageMakerPipelineParameters>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `SqsQueueParameters`.
    pub fn sqs_queue_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetSqsQueueParameters>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `StepFunctionStateMachineParameters`.
    pub fn step_function_state_machine_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetStateMachineParameters>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `TimestreamParameters`.
    pub fn timestream_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipeTargetTimestreamParameters>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetParameters> for ::forma_core::Value<PipeTargetParameters> {
    fn from(v: PipeTargetParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeEnrichmentHttpParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeEnrichmentHttpParameters {
    props: ::forma_core::schema::Props,
}
impl PipeEnrichmentHttpParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HeaderParameters`.
    pub fn header_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PathParameterValues`.
    pub fn path_parameter_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QueryStringParameters`.
    pub fn query_string_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeEnrichmentHttpParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeEnrichmentHttpParameters> for ::forma_core::Value<PipeEnrichmentHttpParameters> {
    fn from(v: PipeEnrichmentHttpParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_ENRICHMENT_HTTP_PARAMETERS_TYPE.properties))
    }
}

/// The `CloudwatchLogsLogDestination` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchLogsLogDestination {
    props: ::forma_core::schema::Props,
}
impl CloudwatchLogsLogDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogGroupArn`.
    ///
    /// Allowed: length 1 to 1600.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudwatchLogsLogDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudwatchLogsLogDestination> for ::forma_core::Value<CloudwatchLogsLogDestination> {
    fn from(v: CloudwatchLogsLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUDWATCH_LOGS_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `FirehoseLogDestination` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseLogDestination {
    props: ::forma_core::schema::Props,
}
impl FirehoseLogDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeliveryStreamArn`.
    ///
    /// Allowed: length 1 to 1600.
    pub fn delivery_stream_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FirehoseLogDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FirehoseLogDestination> for ::forma_core::Value<FirehoseLogDestination> {
    fn from(v: FirehoseLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_LOG_DESTINATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `json`, `plain`, `w3c`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3OutputFormat {
    /// `json`
    Json,
    /// `plain`
    Plain,
    /// `w3c`
    W3C,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3OutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Plain => "plain",
            Self::W3C => "w3c",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["json", "plain", "w3c"]
    }
}
impl ::std::convert::From<S3OutputFormat> for ::forma_core::Value<S3OutputFormat> {
    fn from(v: S3OutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3OutputFormat {}

/// The `S3LogDestination` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3LogDestination {
    props: ::forma_core::schema::Props,
}
impl S3LogDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketName`.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BucketOwner`.
    pub fn bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputFormat`.
    pub fn output_format(mut self, value: impl ::forma_core::schema::EnumArg<S3OutputFormat>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3LogDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3LogDestination> for ::forma_core::Value<S3LogDestination> {
    fn from(v: S3LogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `PipeSourceActiveMQBrokerParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceActiveMqBrokerParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceActiveMqBrokerParameters {
    /// A new value with its required properties: `Credentials`, `QueueName`.
    pub fn new(
        credentials: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        queue_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, credentials.into().into_expr());
        props.set(3, queue_name.into().into_expr());
        Self { props }
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeSourceActiveMqBrokerParameters>
    for ::forma_core::Value<PipeSourceActiveMqBrokerParameters>
{
    fn from(v: PipeSourceActiveMqBrokerParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_ACTIVE_MQ_BROKER_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTOMATIC_BISECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnPartialBatchItemFailureStreams {
    /// `AUTOMATIC_BISECT`
    AutomaticBisect,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OnPartialBatchItemFailureStreams {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutomaticBisect => "AUTOMATIC_BISECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC_BISECT"]
    }
}
impl ::std::convert::From<OnPartialBatchItemFailureStreams> for ::forma_core::Value<OnPartialBatchItemFailureStreams> {
    fn from(v: OnPartialBatchItemFailureStreams) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OnPartialBatchItemFailureStreams {}

/// The values CloudFormation documents: `TRIM_HORIZON`, `LATEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamodbStreamStartPosition {
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DynamodbStreamStartPosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrimHorizon => "TRIM_HORIZON",
            Self::Latest => "LATEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRIM_HORIZON", "LATEST"]
    }
}
impl ::std::convert::From<DynamodbStreamStartPosition> for ::forma_core::Value<DynamodbStreamStartPosition> {
    fn from(v: DynamodbStreamStartPosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DynamodbStreamStartPosition {}

/// The `PipeSourceDynamoDBStreamParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceDynamodbStreamParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceDynamodbStreamParameters {
    /// A new value with its required properties: `StartingPosition`.
    pub fn new(starting_position: impl ::forma_core::schema::EnumArg<DynamodbStreamStartPosition>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(7, starting_position.into_enum_expr());
        Self { props }
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeadLetterConfig`.
    pub fn dead_letter_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaximumRecordAgeInSeconds`.
    ///
    /// Allowed: -1 to 604800.
    pub fn maximum_record_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaximumRetryAttempts`.
    ///
    /// Allowed: -1 to 10000.
    pub fn maximum_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OnPartialBatchItemFailure`.
    pub fn on_partial_batch_item_failure(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OnPartialBatchItemFailureStreams>,
    ) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `ParallelizationFactor`.
    ///
    /// Allowed: 1 to 10.
    pub fn parallelization_factor(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeSourceDynamodbStreamParameters>
    for ::forma_core::Value<PipeSourceDynamodbStreamParameters>
{
    fn from(v: PipeSourceDynamodbStreamParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_DYNAMODB_STREAM_PARAMETERS_TYPE.properties))
    }
}

/// The `FilterCriteria` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterCriteria {
    props: ::forma_core::schema::Props,
}
impl FilterCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Filters`.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterCriteria> for ::forma_core::Value<FilterCriteria> {
    fn from(v: FilterCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_CRITERIA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRIM_HORIZON`, `LATEST`, `AT_TIMESTAMP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KinesisStreamStartPosition {
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// `AT_TIMESTAMP`
    AtTimestamp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KinesisStreamStartPosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrimHorizon => "TRIM_HORIZON",
            Self::Latest => "LATEST",
            Self::AtTimestamp => "AT_TIMESTAMP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"]
    }
}
impl ::std::convert::From<KinesisStreamStartPosition> for ::forma_core::Value<KinesisStreamStartPosition> {
    fn from(v: KinesisStreamStartPosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KinesisStreamStartPosition {}

/// The `PipeSourceKinesisStreamParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceKinesisStreamParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceKinesisStreamParameters {
    /// A new value with its required properties: `StartingPosition`.
    pub fn new(starting_position: impl ::forma_core::schema::EnumArg<KinesisStreamStartPosition>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(7, starting_position.into_enum_expr());
        Self { props }
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeadLetterConfig`.
    pub fn dead_letter_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaximumRecordAgeInSeconds`.
    ///
    /// Allowed: -1 to 604800.
    pub fn maximum_record_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaximumRetryAttempts`.
    ///
    /// Allowed: -1 to 10000.
    pub fn maximum_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OnPartialBatchItemFailure`.
    pub fn on_partial_batch_item_failure(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OnPartialBatchItemFailureStreams>,
    ) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `ParallelizationFactor`.
    ///
    /// Allowed: 1 to 10.
    pub fn parallelization_factor(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `StartingPositionTimestamp`.
    pub fn starting_position_timestamp(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeSourceKinesisStreamParameters>
    for ::forma_core::Value<PipeSourceKinesisStreamParameters>
{
    fn from(v: PipeSourceKinesisStreamParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_KINESIS_STREAM_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRIM_HORIZON`, `LATEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MskStartPosition {
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MskStartPosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrimHorizon => "TRIM_HORIZON",
            Self::Latest => "LATEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRIM_HORIZON", "LATEST"]
    }
}
impl ::std::convert::From<MskStartPosition> for ::forma_core::Value<MskStartPosition> {
    fn from(v: MskStartPosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MskStartPosition {}

/// The `PipeSourceManagedStreamingKafkaParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceManagedStreamingKafkaParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceManagedStreamingKafkaParameters {
    /// A new value with its required properties: `TopicName`.
    pub fn new(topic_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, topic_name.into().into_expr());
        Self { props }
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConsumerGroupID`.
    ///
    /// Allowed: length 1 to 200.
    pub fn consumer_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Credentials`.
    pub fn credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `StartingPosition`.
    pub fn starting_position(mut self, value: impl ::forma_core::schema::EnumArg<MskStartPosition>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<PipeSourceManagedStreamingKafkaParameters>
    for ::forma_core::Value<PipeSourceManagedStreamingKafkaParameters>
{
    fn from(v: PipeSourceManagedStreamingKafkaParameters) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PIPE_SOURCE_MANAGED_STREAMING_KAFKA_PARAMETERS_TYPE.properties),
        )
    }
}

/// The `PipeSourceRabbitMQBrokerParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceRabbitMqBrokerParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceRabbitMqBrokerParameters {
    /// A new value with its required properties: `Credentials`, `QueueName`.
    pub fn new(
        credentials: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        queue_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, credentials.into().into_expr());
        props.set(3, queue_name.into().into_expr());
        Self { props }
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VirtualHost`.
    ///
    /// Allowed: length 1 to 200.
    pub fn virtual_host(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeSourceRabbitMqBrokerParameters>
    for ::forma_core::Value<PipeSourceRabbitMqBrokerParameters>
{
    fn from(v: PipeSourceRabbitMqBrokerParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_RABBIT_MQ_BROKER_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRIM_HORIZON`, `LATEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SelfManagedKafkaStartPosition {
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SelfManagedKafkaStartPosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrimHorizon => "TRIM_HORIZON",
            Self::Latest => "LATEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRIM_HORIZON", "LATEST"]
    }
}
impl ::std::convert::From<SelfManagedKafkaStartPosition> for ::forma_core::Value<SelfManagedKafkaStartPosition> {
    fn from(v: SelfManagedKafkaStartPosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SelfManagedKafkaStartPosition {}

/// The `PipeSourceSelfManagedKafkaParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceSelfManagedKafkaParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceSelfManagedKafkaParameters {
    /// A new value with its required properties: `TopicName`.
    pub fn new(topic_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(7, topic_name.into().into_expr());
        Self { props }
    }
    /// `AdditionalBootstrapServers`.
    pub fn additional_bootstrap_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConsumerGroupID`.
    ///
    /// Allowed: length 1 to 200.
    pub fn consumer_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Credentials`.
    pub fn credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Optional SecretManager ARN which stores the database credentials
    ///
    /// Allowed: length 1 to 1600.
    pub fn server_root_ca_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `StartingPosition`.
    pub fn starting_position(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SelfManagedKafkaStartPosition>,
    ) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `Vpc`.
    pub fn vpc(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedKafkaAccessConfigurationVpc>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeSourceSelfManagedKafkaParameters>
    for ::forma_core::Value<PipeSourceSelfManagedKafkaParameters>
{
    fn from(v: PipeSourceSelfManagedKafkaParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_SELF_MANAGED_KAFKA_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeSourceSqsQueueParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeSourceSqsQueueParameters {
    props: ::forma_core::schema::Props,
}
impl PipeSourceSqsQueueParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BatchSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumBatchingWindowInSeconds`.
    ///
    /// Allowed: 0 to 300.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeSourceSqsQueueParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeSourceSqsQueueParameters> for ::forma_core::Value<PipeSourceSqsQueueParameters> {
    fn from(v: PipeSourceSqsQueueParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_SOURCE_SQS_QUEUE_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetBatchJobParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetBatchJobParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetBatchJobParameters {
    /// A new value with its required properties: `JobDefinition`, `JobName`.
    pub fn new(
        job_definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        job_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, job_definition.into().into_expr());
        props.set(4, job_name.into().into_expr());
        Self { props }
    }
    /// `ArrayProperties`.
    pub fn array_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BatchArrayProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerOverrides`.
    pub fn container_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BatchContainerOverrides>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DependsOn`.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BatchJobDependency>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RetryStrategy`.
    pub fn retry_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<BatchRetryStrategy>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeTargetBatchJobParameters> for ::forma_core::Value<PipeTargetBatchJobParameters> {
    fn from(v: PipeTargetBatchJobParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_BATCH_JOB_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetCloudWatchLogsParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetCloudWatchLogsParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetCloudWatchLogsParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogStreamName`.
    ///
    /// Allowed: length 1 to 256.
    pub fn log_stream_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Timestamp`.
    ///
    /// Allowed: length 1 to 256.
    pub fn timestamp(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetCloudWatchLogsParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetCloudWatchLogsParameters>
    for ::forma_core::Value<PipeTargetCloudWatchLogsParameters>
{
    fn from(v: PipeTargetCloudWatchLogsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_CLOUD_WATCH_LOGS_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EC2`, `FARGATE`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LaunchType {
    /// `EC2`
    Ec2,
    /// `FARGATE`
    Fargate,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LaunchType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::Fargate => "FARGATE",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2", "FARGATE", "EXTERNAL"]
    }
}
impl ::std::convert::From<LaunchType> for ::forma_core::Value<LaunchType> {
    fn from(v: LaunchType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LaunchType {}

/// The values CloudFormation documents: `TASK_DEFINITION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTags {
    /// `TASK_DEFINITION`
    TaskDefinition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskDefinition => "TASK_DEFINITION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TASK_DEFINITION"]
    }
}
impl ::std::convert::From<PropagateTags> for ::forma_core::Value<PropagateTags> {
    fn from(v: PropagateTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateTags {}

/// The `PipeTargetEcsTaskParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetEcsTaskParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetEcsTaskParameters {
    /// A new value with its required properties: `TaskDefinitionArn`.
    pub fn new(task_definition_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(14, task_definition_arn.into().into_expr());
        Self { props }
    }
    /// `CapacityProviderStrategy`.
    pub fn capacity_provider_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityProviderStrategyItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableECSManagedTags`.
    pub fn enable_ecs_managed_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EnableExecuteCommand`.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Group`.
    pub fn group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LaunchType`.
    pub fn launch_type(mut self, value: impl ::forma_core::schema::EnumArg<LaunchType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `NetworkConfiguration`.
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Overrides`.
    pub fn overrides(mut self, value: impl ::std::convert::Into<::forma_core::Value<EcsTaskOverride>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PlacementConstraints`.
    pub fn placement_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementConstraint>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PlacementStrategy`.
    pub fn placement_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementStrategy>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PlatformVersion`.
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `PropagateTags`.
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// `ReferenceId`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn reference_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `TaskCount`.
    ///
    /// Allowed: at least 1.
    pub fn task_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeTargetEcsTaskParameters> for ::forma_core::Value<PipeTargetEcsTaskParameters> {
    fn from(v: PipeTargetEcsTaskParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_ECS_TASK_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetEventBridgeEventBusParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetEventBridgeEventBusParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetEventBridgeEventBusParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DetailType`.
    ///
    /// Allowed: length 1 to 128.
    pub fn detail_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EndpointId`.
    ///
    /// Allowed: length 1 to 50.
    pub fn endpoint_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Resources`.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 256.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Time`.
    ///
    /// Allowed: length 1 to 256.
    pub fn time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetEventBridgeEventBusParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetEventBridgeEventBusParameters>
    for ::forma_core::Value<PipeTargetEventBridgeEventBusParameters>
{
    fn from(v: PipeTargetEventBridgeEventBusParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_EVENT_BRIDGE_EVENT_BUS_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetHttpParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetHttpParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetHttpParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HeaderParameters`.
    pub fn header_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PathParameterValues`.
    pub fn path_parameter_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QueryStringParameters`.
    pub fn query_string_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetHttpParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetHttpParameters> for ::forma_core::Value<PipeTargetHttpParameters> {
    fn from(v: PipeTargetHttpParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_HTTP_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetKinesisStreamParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetKinesisStreamParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetKinesisStreamParameters {
    /// A new value with its required properties: `PartitionKey`.
    pub fn new(partition_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, partition_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PipeTargetKinesisStreamParameters>
    for ::forma_core::Value<PipeTargetKinesisStreamParameters>
{
    fn from(v: PipeTargetKinesisStreamParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_KINESIS_STREAM_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REQUEST_RESPONSE`, `FIRE_AND_FORGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PipeTargetInvocationType {
    /// `REQUEST_RESPONSE`
    RequestResponse,
    /// `FIRE_AND_FORGET`
    FireAndForget,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PipeTargetInvocationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestResponse => "REQUEST_RESPONSE",
            Self::FireAndForget => "FIRE_AND_FORGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUEST_RESPONSE", "FIRE_AND_FORGET"]
    }
}
impl ::std::convert::From<PipeTargetInvocationType> for ::forma_core::Value<PipeTargetInvocationType> {
    fn from(v: PipeTargetInvocationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PipeTargetInvocationType {}

/// The `PipeTargetLambdaFunctionParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetLambdaFunctionParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetLambdaFunctionParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InvocationType`.
    pub fn invocation_type(mut self, value: impl ::forma_core::schema::EnumArg<PipeTargetInvocationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetLambdaFunctionParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetLambdaFunctionParameters>
    for ::forma_core::Value<PipeTargetLambdaFunctionParameters>
{
    fn from(v: PipeTargetLambdaFunctionParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_LAMBDA_FUNCTION_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetRedshiftDataParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetRedshiftDataParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetRedshiftDataParameters {
    /// A new value with its required properties: `Database`, `Sqls`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sqls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(3, sqls.into().into_expr());
        Self { props }
    }
    /// Database user name
    ///
    /// Allowed: length 1 to 128.
    pub fn db_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Optional SecretManager ARN which stores the database credentials
    ///
    /// Allowed: length 1 to 1600.
    pub fn secret_manager_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A name for Redshift DataAPI statement which can be used as filter of ListStatement.
    ///
    /// Allowed: length 1 to 500.
    pub fn statement_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `WithEvent`.
    pub fn with_event(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeTargetRedshiftDataParameters> for ::forma_core::Value<PipeTargetRedshiftDataParameters> {
    fn from(v: PipeTargetRedshiftDataParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_REDSHIFT_DATA_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetSageMakerPipelineParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetSageMakerPipelineParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetSageMakerPipelineParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PipelineParameterList`.
    pub fn pipeline_parameter_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SageMakerPipelineParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetSageMakerPipelineParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetSageMakerPipelineParameters>
    for ::forma_core::Value<PipeTargetSageMakerPipelineParameters>
{
    fn from(v: PipeTargetSageMakerPipelineParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_SAGE_MAKER_PIPELINE_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetSqsQueueParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetSqsQueueParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetSqsQueueParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MessageDeduplicationId`.
    ///
    /// Allowed: length 0 to 100.
    pub fn message_deduplication_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MessageGroupId`.
    ///
    /// Allowed: length 0 to 100.
    pub fn message_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetSqsQueueParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetSqsQueueParameters> for ::forma_core::Value<PipeTargetSqsQueueParameters> {
    fn from(v: PipeTargetSqsQueueParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_SQS_QUEUE_PARAMETERS_TYPE.properties))
    }
}

/// The `PipeTargetStateMachineParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetStateMachineParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetStateMachineParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InvocationType`.
    pub fn invocation_type(mut self, value: impl ::forma_core::schema::EnumArg<PipeTargetInvocationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PipeTargetStateMachineParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipeTargetStateMachineParameters> for ::forma_core::Value<PipeTargetStateMachineParameters> {
    fn from(v: PipeTargetStateMachineParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_STATE_MACHINE_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MILLISECONDS`, `SECONDS`, `MICROSECONDS`, `NANOSECONDS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EpochTimeUnit {
    /// `MILLISECONDS`
    Milliseconds,
    /// `SECONDS`
    Seconds,
    /// `MICROSECONDS`
    Microseconds,
    /// `NANOSECONDS`
    Nanoseconds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EpochTimeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Milliseconds => "MILLISECONDS",
            Self::Seconds => "SECONDS",
            Self::Microseconds => "MICROSECONDS",
            Self::Nanoseconds => "NANOSECONDS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MILLISECONDS", "SECONDS", "MICROSECONDS", "NANOSECONDS"]
    }
}
impl ::std::convert::From<EpochTimeUnit> for ::forma_core::Value<EpochTimeUnit> {
    fn from(v: EpochTimeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EpochTimeUnit {}

/// The values CloudFormation documents: `EPOCH`, `TIMESTAMP_FORMAT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeFieldType {
    /// `EPOCH`
    Epoch,
    /// `TIMESTAMP_FORMAT`
    TimestampFormat,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TimeFieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Epoch => "EPOCH",
            Self::TimestampFormat => "TIMESTAMP_FORMAT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EPOCH", "TIMESTAMP_FORMAT"]
    }
}
impl ::std::convert::From<TimeFieldType> for ::forma_core::Value<TimeFieldType> {
    fn from(v: TimeFieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TimeFieldType {}

/// The `PipeTargetTimestreamParameters` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PipeTargetTimestreamParameters {
    props: ::forma_core::schema::Props,
}
impl PipeTargetTimestreamParameters {
    /// A new value with its required properties: `DimensionMappings`, `TimeValue`, `VersionValue`.
    pub fn new(
        dimension_mappings: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DimensionMapping>>>,
        time_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimension_mappings.into().into_expr());
        props.set(5, time_value.into().into_expr());
        props.set(7, version_value.into().into_expr());
        Self { props }
    }
    /// `EpochTimeUnit`.
    pub fn epoch_time_unit(mut self, value: impl ::forma_core::schema::EnumArg<EpochTimeUnit>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `MultiMeasureMappings`.
    pub fn multi_measure_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MultiMeasureMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SingleMeasureMappings`.
    pub fn single_measure_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SingleMeasureMapping>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TimeFieldType`.
    pub fn time_field_type(mut self, value: impl ::forma_core::schema::EnumArg<TimeFieldType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `TimestampFormat`.
    ///
    /// Allowed: length 1 to 256.
    pub fn timestamp_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipeTargetTimestreamParameters> for ::forma_core::Value<PipeTargetTimestreamParameters> {
    fn from(v: PipeTargetTimestreamParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPE_TARGET_TIMESTREAM_PARAMETERS_TYPE.properties))
    }
}

/// The `DeadLetterConfig` property type of `AWS::Pipes::Pipe`.
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
    ///
    /// Allowed: length 1 to 1600.
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

/// The `Filter` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Pattern`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Filter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The `SelfManagedKafkaAccessConfigurationVpc` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedKafkaAccessConfigurationVpc {
    props: ::forma_core::schema::Props,
}
impl SelfManagedKafkaAccessConfigurationVpc {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of SecurityGroupId.
    pub fn security_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of SubnetId.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelfManagedKafkaAccessConfigurationVpc {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfManagedKafkaAccessConfigurationVpc>
    for ::forma_core::Value<SelfManagedKafkaAccessConfigurationVpc>
{
    fn from(v: SelfManagedKafkaAccessConfigurationVpc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_KAFKA_ACCESS_CONFIGURATION_VPC_TYPE.properties))
    }
}

/// The `BatchArrayProperties` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchArrayProperties {
    props: ::forma_core::schema::Props,
}
impl BatchArrayProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Size`.
    ///
    /// Allowed: 2 to 10000.
    pub fn size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchArrayProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchArrayProperties> for ::forma_core::Value<BatchArrayProperties> {
    fn from(v: BatchArrayProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_ARRAY_PROPERTIES_TYPE.properties))
    }
}

/// The `BatchContainerOverrides` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchContainerOverrides {
    props: ::forma_core::schema::Props,
}
impl BatchContainerOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BatchEnvironmentVariable>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ResourceRequirements`.
    pub fn resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BatchResourceRequirement>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchContainerOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchContainerOverrides> for ::forma_core::Value<BatchContainerOverrides> {
    fn from(v: BatchContainerOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_CONTAINER_OVERRIDES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `N_TO_N`, `SEQUENTIAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BatchJobDependencyType {
    /// `N_TO_N`
    NToN,
    /// `SEQUENTIAL`
    Sequential,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BatchJobDependencyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NToN => "N_TO_N",
            Self::Sequential => "SEQUENTIAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["N_TO_N", "SEQUENTIAL"]
    }
}
impl ::std::convert::From<BatchJobDependencyType> for ::forma_core::Value<BatchJobDependencyType> {
    fn from(v: BatchJobDependencyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BatchJobDependencyType {}

/// The `BatchJobDependency` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchJobDependency {
    props: ::forma_core::schema::Props,
}
impl BatchJobDependency {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `JobId`.
    pub fn job_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<BatchJobDependencyType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for BatchJobDependency {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchJobDependency> for ::forma_core::Value<BatchJobDependency> {
    fn from(v: BatchJobDependency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_JOB_DEPENDENCY_TYPE.properties))
    }
}

/// The `BatchRetryStrategy` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRetryStrategy {
    props: ::forma_core::schema::Props,
}
impl BatchRetryStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attempts`.
    ///
    /// Allowed: 1 to 10.
    pub fn attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchRetryStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchRetryStrategy> for ::forma_core::Value<BatchRetryStrategy> {
    fn from(v: BatchRetryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_RETRY_STRATEGY_TYPE.properties))
    }
}

/// The `CapacityProviderStrategyItem` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderStrategyItem {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderStrategyItem {
    /// A new value with its required properties: `CapacityProvider`.
    pub fn new(capacity_provider: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, capacity_provider.into().into_expr());
        Self { props }
    }
    /// `Base`.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CapacityProviderStrategyItem> for ::forma_core::Value<CapacityProviderStrategyItem> {
    fn from(v: CapacityProviderStrategyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE.properties))
    }
}

/// The `NetworkConfiguration` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsvpcConfiguration`.
    pub fn awsvpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsVpcConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
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

/// The `EcsTaskOverride` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsTaskOverride {
    props: ::forma_core::schema::Props,
}
impl EcsTaskOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerOverrides`.
    pub fn container_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsContainerOverride>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Cpu`.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EphemeralStorage`.
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EcsEphemeralStorage>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExecutionRoleArn`.
    ///
    /// Allowed: length 1 to 1600.
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InferenceAcceleratorOverrides`.
    pub fn inference_accelerator_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsInferenceAcceleratorOverride>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Memory`.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TaskRoleArn`.
    ///
    /// Allowed: length 1 to 1600.
    pub fn task_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcsTaskOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcsTaskOverride> for ::forma_core::Value<EcsTaskOverride> {
    fn from(v: EcsTaskOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_TASK_OVERRIDE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `distinctInstance`, `memberOf`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementConstraintType {
    /// `distinctInstance`
    DistinctInstance,
    /// `memberOf`
    MemberOf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlacementConstraintType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DistinctInstance => "distinctInstance",
            Self::MemberOf => "memberOf",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["distinctInstance", "memberOf"]
    }
}
impl ::std::convert::From<PlacementConstraintType> for ::forma_core::Value<PlacementConstraintType> {
    fn from(v: PlacementConstraintType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlacementConstraintType {}

/// The `PlacementConstraint` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementConstraint {
    props: ::forma_core::schema::Props,
}
impl PlacementConstraint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Expression`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<PlacementConstraintType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PlacementConstraint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PlacementConstraint> for ::forma_core::Value<PlacementConstraint> {
    fn from(v: PlacementConstraint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_CONSTRAINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `random`, `spread`, `binpack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementStrategyType {
    /// `random`
    Random,
    /// `spread`
    Spread,
    /// `binpack`
    Binpack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlacementStrategyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Random => "random",
            Self::Spread => "spread",
            Self::Binpack => "binpack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["random", "spread", "binpack"]
    }
}
impl ::std::convert::From<PlacementStrategyType> for ::forma_core::Value<PlacementStrategyType> {
    fn from(v: PlacementStrategyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlacementStrategyType {}

/// The `PlacementStrategy` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementStrategy {
    props: ::forma_core::schema::Props,
}
impl PlacementStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Field`.
    ///
    /// Allowed: length 0 to 255.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<PlacementStrategyType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PlacementStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PlacementStrategy> for ::forma_core::Value<PlacementStrategy> {
    fn from(v: PlacementStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_STRATEGY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Pipes::Pipe`.
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

/// The `SageMakerPipelineParameter` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct SageMakerPipelineParameter {
    props: ::forma_core::schema::Props,
}
impl SageMakerPipelineParameter {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SageMakerPipelineParameter> for ::forma_core::Value<SageMakerPipelineParameter> {
    fn from(v: SageMakerPipelineParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAGE_MAKER_PIPELINE_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `VARCHAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DimensionValueType {
    /// `VARCHAR`
    Varchar,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DimensionValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Varchar => "VARCHAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VARCHAR"]
    }
}
impl ::std::convert::From<DimensionValueType> for ::forma_core::Value<DimensionValueType> {
    fn from(v: DimensionValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DimensionValueType {}

/// The `DimensionMapping` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionMapping {
    props: ::forma_core::schema::Props,
}
impl DimensionMapping {
    /// A new value with its required properties: `DimensionName`, `DimensionValue`, `DimensionValueType`.
    pub fn new(
        dimension_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_value_type: impl ::forma_core::schema::EnumArg<DimensionValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimension_name.into().into_expr());
        props.set(1, dimension_value.into().into_expr());
        props.set(2, dimension_value_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DimensionMapping> for ::forma_core::Value<DimensionMapping> {
    fn from(v: DimensionMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_MAPPING_TYPE.properties))
    }
}

/// The `MultiMeasureMapping` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiMeasureMapping {
    props: ::forma_core::schema::Props,
}
impl MultiMeasureMapping {
    /// A new value with its required properties: `MultiMeasureAttributeMappings`, `MultiMeasureName`.
    pub fn new(
        multi_measure_attribute_mappings: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<MultiMeasureAttributeMapping>>,
        >,
        multi_measure_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, multi_measure_attribute_mappings.into().into_expr());
        props.set(1, multi_measure_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiMeasureMapping> for ::forma_core::Value<MultiMeasureMapping> {
    fn from(v: MultiMeasureMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_MEASURE_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DOUBLE`, `BIGINT`, `VARCHAR`, `BOOLEAN`, `TIMESTAMP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MeasureValueType {
    /// `DOUBLE`
    Double,
    /// `BIGINT`
    Bigint,
    /// `VARCHAR`
    Varchar,
    /// `BOOLEAN`
    Boolean,
    /// `TIMESTAMP`
    Timestamp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MeasureValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Double => "DOUBLE",
            Self::Bigint => "BIGINT",
            Self::Varchar => "VARCHAR",
            Self::Boolean => "BOOLEAN",
            Self::Timestamp => "TIMESTAMP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOUBLE", "BIGINT", "VARCHAR", "BOOLEAN", "TIMESTAMP"]
    }
}
impl ::std::convert::From<MeasureValueType> for ::forma_core::Value<MeasureValueType> {
    fn from(v: MeasureValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MeasureValueType {}

/// The `SingleMeasureMapping` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleMeasureMapping {
    props: ::forma_core::schema::Props,
}
impl SingleMeasureMapping {
    /// A new value with its required properties: `MeasureName`, `MeasureValue`, `MeasureValueType`.
    pub fn new(
        measure_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        measure_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        measure_value_type: impl ::forma_core::schema::EnumArg<MeasureValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, measure_name.into().into_expr());
        props.set(1, measure_value.into().into_expr());
        props.set(2, measure_value_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SingleMeasureMapping> for ::forma_core::Value<SingleMeasureMapping> {
    fn from(v: SingleMeasureMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGLE_MEASURE_MAPPING_TYPE.properties))
    }
}

/// The `BatchEnvironmentVariable` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchEnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl BatchEnvironmentVariable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchEnvironmentVariable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchEnvironmentVariable> for ::forma_core::Value<BatchEnvironmentVariable> {
    fn from(v: BatchEnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GPU`, `MEMORY`, `VCPU`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BatchResourceRequirementType {
    /// `GPU`
    Gpu,
    /// `MEMORY`
    Memory,
    /// `VCPU`
    Vcpu,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BatchResourceRequirementType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "GPU",
            Self::Memory => "MEMORY",
            Self::Vcpu => "VCPU",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GPU", "MEMORY", "VCPU"]
    }
}
impl ::std::convert::From<BatchResourceRequirementType> for ::forma_core::Value<BatchResourceRequirementType> {
    fn from(v: BatchResourceRequirementType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BatchResourceRequirementType {}

/// The `BatchResourceRequirement` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchResourceRequirement {
    props: ::forma_core::schema::Props,
}
impl BatchResourceRequirement {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<BatchResourceRequirementType>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BatchResourceRequirement> for ::forma_core::Value<BatchResourceRequirement> {
    fn from(v: BatchResourceRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_RESOURCE_REQUIREMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignPublicIp {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssignPublicIp {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<AssignPublicIp> for ::forma_core::Value<AssignPublicIp> {
    fn from(v: AssignPublicIp) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssignPublicIp {}

/// The `AwsVpcConfiguration` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsVpcConfiguration {
    /// A new value with its required properties: `Subnets`.
    pub fn new(
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, subnets.into().into_expr());
        Self { props }
    }
    /// `AssignPublicIp`.
    pub fn assign_public_ip(mut self, value: impl ::forma_core::schema::EnumArg<AssignPublicIp>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsVpcConfiguration> for ::forma_core::Value<AwsVpcConfiguration> {
    fn from(v: AwsVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `EcsContainerOverride` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsContainerOverride {
    props: ::forma_core::schema::Props,
}
impl EcsContainerOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Cpu`.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsEnvironmentVariable>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnvironmentFiles`.
    pub fn environment_files(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsEnvironmentFile>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Memory`.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MemoryReservation`.
    pub fn memory_reservation(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ResourceRequirements`.
    pub fn resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsResourceRequirement>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcsContainerOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcsContainerOverride> for ::forma_core::Value<EcsContainerOverride> {
    fn from(v: EcsContainerOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_CONTAINER_OVERRIDE_TYPE.properties))
    }
}

/// The `EcsEphemeralStorage` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsEphemeralStorage {
    props: ::forma_core::schema::Props,
}
impl EcsEphemeralStorage {
    /// A new value with its required properties: `SizeInGiB`.
    pub fn new(size_in_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, size_in_gi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EcsEphemeralStorage> for ::forma_core::Value<EcsEphemeralStorage> {
    fn from(v: EcsEphemeralStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_EPHEMERAL_STORAGE_TYPE.properties))
    }
}

/// The `EcsInferenceAcceleratorOverride` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsInferenceAcceleratorOverride {
    props: ::forma_core::schema::Props,
}
impl EcsInferenceAcceleratorOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeviceName`.
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeviceType`.
    pub fn device_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcsInferenceAcceleratorOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcsInferenceAcceleratorOverride> for ::forma_core::Value<EcsInferenceAcceleratorOverride> {
    fn from(v: EcsInferenceAcceleratorOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_INFERENCE_ACCELERATOR_OVERRIDE_TYPE.properties))
    }
}

/// The `MultiMeasureAttributeMapping` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiMeasureAttributeMapping {
    props: ::forma_core::schema::Props,
}
impl MultiMeasureAttributeMapping {
    /// A new value with its required properties: `MeasureValue`, `MeasureValueType`, `MultiMeasureAttributeName`.
    pub fn new(
        measure_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        measure_value_type: impl ::forma_core::schema::EnumArg<MeasureValueType>,
        multi_measure_attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, measure_value.into().into_expr());
        props.set(1, measure_value_type.into_enum_expr());
        props.set(2, multi_measure_attribute_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiMeasureAttributeMapping> for ::forma_core::Value<MultiMeasureAttributeMapping> {
    fn from(v: MultiMeasureAttributeMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE.properties))
    }
}

/// The `EcsEnvironmentVariable` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsEnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl EcsEnvironmentVariable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcsEnvironmentVariable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcsEnvironmentVariable> for ::forma_core::Value<EcsEnvironmentVariable> {
    fn from(v: EcsEnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `s3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EcsEnvironmentFileType {
    /// `s3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EcsEnvironmentFileType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "s3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["s3"]
    }
}
impl ::std::convert::From<EcsEnvironmentFileType> for ::forma_core::Value<EcsEnvironmentFileType> {
    fn from(v: EcsEnvironmentFileType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EcsEnvironmentFileType {}

/// The `EcsEnvironmentFile` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsEnvironmentFile {
    props: ::forma_core::schema::Props,
}
impl EcsEnvironmentFile {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<EcsEnvironmentFileType>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EcsEnvironmentFile> for ::forma_core::Value<EcsEnvironmentFile> {
    fn from(v: EcsEnvironmentFile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_ENVIRONMENT_FILE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GPU`, `InferenceAccelerator`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EcsResourceRequirementType {
    /// `GPU`
    Gpu,
    /// `InferenceAccelerator`
    InferenceAccelerator,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EcsResourceRequirementType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "GPU",
            Self::InferenceAccelerator => "InferenceAccelerator",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GPU", "InferenceAccelerator"]
    }
}
impl ::std::convert::From<EcsResourceRequirementType> for ::forma_core::Value<EcsResourceRequirementType> {
    fn from(v: EcsResourceRequirementType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EcsResourceRequirementType {}

/// The `EcsResourceRequirement` property type of `AWS::Pipes::Pipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsResourceRequirement {
    props: ::forma_core::schema::Props,
}
impl EcsResourceRequirement {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<EcsResourceRequirementType>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EcsResourceRequirement> for ::forma_core::Value<EcsResourceRequirement> {
    fn from(v: EcsResourceRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_RESOURCE_REQUIREMENT_TYPE.properties))
    }
}

/// The schema of `AWS::Pipes::Pipe`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Pipes::Pipe",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: Some(0), max_length: Some(512) }) },
::forma_core::schema::Property { name: "DesiredState", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["RUNNING", "STOPPED"]) },
::forma_core::schema::Property { name: "Enrichment", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$"), min_length: Some(0), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "EnrichmentParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PIPE_ENRICHMENT_PARAMETERS_TYPE) },
::forma_core::schema::Property { name: "KmsKeyIdentifier", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-/:]*$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LogConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PIPE_LOG_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\.\\-_A-Za-z0-9]+$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "RoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z0-9+=,.@\\-_/]+$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "Source", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^smk://(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "SourceParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_PARAMETERS_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) })) },
::forma_core::schema::Property { name: "Target", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "TargetParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_PARAMETERS_TYPE) },
],
rules: &[],
attributes: &["Arn", "CreationTime", "CurrentState", "LastModifiedTime", "StateReason"],
};

static PIPE_ENRICHMENT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeEnrichmentParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_ENRICHMENT_HTTP_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8192),
            }),
        },
    ],
    rules: &[],
};

static PIPE_LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeLogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudwatchLogsLogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUDWATCH_LOGS_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FirehoseLogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeExecutionData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ALL"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "ERROR", "INFO", "TRACE"]),
        },
        ::forma_core::schema::Property {
            name: "S3LogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOG_DESTINATION_TYPE),
        },
    ],
    rules: &[],
};

static PIPE_SOURCE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeSourceParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActiveMQBrokerParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_ACTIVE_MQ_BROKER_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DynamoDBStreamParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_DYNAMODB_STREAM_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_KINESIS_STREAM_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedStreamingKafkaParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_MANAGED_STREAMING_KAFKA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RabbitMQBrokerParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_RABBIT_MQ_BROKER_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedKafkaParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_SELF_MANAGED_KAFKA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqsQueueParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_SOURCE_SQS_QUEUE_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static PIPE_TARGET_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeTargetParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchJobParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_BATCH_JOB_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchLogsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_CLOUD_WATCH_LOGS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EcsTaskParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_ECS_TASK_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventBridgeEventBusParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_EVENT_BRIDGE_EVENT_BUS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_HTTP_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8192),
            }),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_KINESIS_STREAM_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_LAMBDA_FUNCTION_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedshiftDataParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_REDSHIFT_DATA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SageMakerPipelineParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_SAGE_MAKER_PIPELINE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqsQueueParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_SQS_QUEUE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StepFunctionStateMachineParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_STATE_MACHINE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimestreamParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIPE_TARGET_TIMESTREAM_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static PIPE_ENRICHMENT_HTTP_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.PipeEnrichmentHttpParameters",
properties: &[
::forma_core::schema::Property { name: "HeaderParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[ \\t]*[\\x20-\\x7E]+([ \\t]+[\\x20-\\x7E]+)*[ \\t]*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(0), max_length: Some(512) })) },
::forma_core::schema::Property { name: "PathParameterValues", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!\\s*$).+|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "QueryStringParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]+|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(0), max_length: Some(512) })) },
],
rules: &[],
};

static CLOUDWATCH_LOGS_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.CloudwatchLogsLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(
                "^(^arn:aws([a-z]|\\-)*:logs:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):log-group:.+)$",
            ),
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};

static FIREHOSE_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.FirehoseLogDestination",
properties: &[
::forma_core::schema::Property { name: "DeliveryStreamArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:aws([a-z]|\\-)*:firehose:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):deliverystream/.+)$"), min_length: Some(1), max_length: Some(1600) }) },
],
rules: &[],
};

static S3_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.S3LogDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["json", "plain", "w3c"]),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PIPE_SOURCE_ACTIVE_MQ_BROKER_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeSourceActiveMQBrokerParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "BatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Credentials",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "MaximumBatchingWindowInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "QueueName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]*$"),
                    min_length: Some(1),
                    max_length: Some(1000),
                }),
            },
        ],
        rules: &[],
    };

static PIPE_SOURCE_DYNAMODB_STREAM_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeSourceDynamoDBStreamParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "BatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "DeadLetterConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaximumBatchingWindowInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaximumRecordAgeInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: Some(604800.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaximumRetryAttempts",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "OnPartialBatchItemFailure",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC_BISECT"]),
            },
            ::forma_core::schema::Property {
                name: "ParallelizationFactor",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "StartingPosition",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TRIM_HORIZON", "LATEST"]),
            },
        ],
        rules: &[],
    };

static FILTER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.FilterCriteria",
    properties: &[::forma_core::schema::Property {
        name: "Filters",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&FILTER_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PIPE_SOURCE_KINESIS_STREAM_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeSourceKinesisStreamParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "BatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "DeadLetterConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaximumBatchingWindowInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaximumRecordAgeInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: Some(604800.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaximumRetryAttempts",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "OnPartialBatchItemFailure",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC_BISECT"]),
            },
            ::forma_core::schema::Property {
                name: "ParallelizationFactor",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "StartingPosition",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"]),
            },
            ::forma_core::schema::Property {
                name: "StartingPositionTimestamp",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static PIPE_SOURCE_MANAGED_STREAMING_KAFKA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeSourceManagedStreamingKafkaParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "BatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConsumerGroupID",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9-\\/*:_+=.@-]*$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "Credentials",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "MaximumBatchingWindowInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "StartingPosition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TRIM_HORIZON", "LATEST"]),
            },
            ::forma_core::schema::Property {
                name: "TopicName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[^.]([a-zA-Z0-9\\-_.]+)$"),
                    min_length: Some(1),
                    max_length: Some(249),
                }),
            },
        ],
        rules: &[],
    };

static PIPE_SOURCE_RABBIT_MQ_BROKER_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeSourceRabbitMQBrokerParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "BatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(10000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Credentials",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "MaximumBatchingWindowInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "QueueName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]*$"),
                    min_length: Some(1),
                    max_length: Some(1000),
                }),
            },
            ::forma_core::schema::Property {
                name: "VirtualHost",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9-\\/*:_+=.@-]*$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
        ],
        rules: &[],
    };

static PIPE_SOURCE_SELF_MANAGED_KAFKA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.PipeSourceSelfManagedKafkaParameters",
properties: &[
::forma_core::schema::Property { name: "AdditionalBootstrapServers", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}$"), min_length: Some(1), max_length: Some(300) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) }) },
::forma_core::schema::Property { name: "BatchSize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(10000.0) }) },
::forma_core::schema::Property { name: "ConsumerGroupID", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9-\\/*:_+=.@-]*$"), min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "Credentials", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "MaximumBatchingWindowInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(300.0) }) },
::forma_core::schema::Property { name: "ServerRootCaCertificate", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:aws([a-z]|\\-)*:secretsmanager:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):secret:.+)$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "StartingPosition", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["TRIM_HORIZON", "LATEST"]) },
::forma_core::schema::Property { name: "TopicName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^.]([a-zA-Z0-9\\-_.]+)$"), min_length: Some(1), max_length: Some(249) }) },
::forma_core::schema::Property { name: "Vpc", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_KAFKA_ACCESS_CONFIGURATION_VPC_TYPE) },
],
rules: &[],
};

static PIPE_SOURCE_SQS_QUEUE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeSourceSqsQueueParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumBatchingWindowInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(300.0),
            }),
        },
    ],
    rules: &[],
};

static PIPE_TARGET_BATCH_JOB_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeTargetBatchJobParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArrayProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_ARRAY_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_CONTAINER_OVERRIDES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DependsOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BATCH_JOB_DEPENDENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "JobDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RetryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_RETRY_STRATEGY_TYPE),
        },
    ],
    rules: &[],
};

static PIPE_TARGET_CLOUD_WATCH_LOGS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeTargetCloudWatchLogsParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "LogStreamName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Timestamp",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static PIPE_TARGET_ECS_TASK_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.PipeTargetEcsTaskParameters",
properties: &[
::forma_core::schema::Property { name: "CapacityProviderStrategy", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(6) }) },
::forma_core::schema::Property { name: "EnableECSManagedTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EnableExecuteCommand", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Group", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "LaunchType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["EC2", "FARGATE", "EXTERNAL"]) },
::forma_core::schema::Property { name: "NetworkConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Overrides", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ECS_TASK_OVERRIDE_TYPE) },
::forma_core::schema::Property { name: "PlacementConstraints", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&PLACEMENT_CONSTRAINT_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) }) },
::forma_core::schema::Property { name: "PlacementStrategy", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&PLACEMENT_STRATEGY_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) }) },
::forma_core::schema::Property { name: "PlatformVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "PropagateTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["TASK_DEFINITION"]) },
::forma_core::schema::Property { name: "ReferenceId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TaskCount", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "TaskDefinitionArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(1), max_length: Some(1600) }) },
],
rules: &[],
};

static PIPE_TARGET_EVENT_BRIDGE_EVENT_BUS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.PipeTargetEventBridgeEventBusParameters",
properties: &[
::forma_core::schema::Property { name: "DetailType", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "EndpointId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9\\-]+[\\.][A-Za-z0-9\\-]+$"), min_length: Some(1), max_length: Some(50) }) },
::forma_core::schema::Property { name: "Resources", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(1), max_length: Some(1600) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) }) },
::forma_core::schema::Property { name: "Source", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Time", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*$"), min_length: Some(1), max_length: Some(256) }) },
],
rules: &[],
};

static PIPE_TARGET_HTTP_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.PipeTargetHttpParameters",
properties: &[
::forma_core::schema::Property { name: "HeaderParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[ \\t]*[\\x20-\\x7E]+([ \\t]+[\\x20-\\x7E]+)*[ \\t]*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(0), max_length: Some(512) })) },
::forma_core::schema::Property { name: "PathParameterValues", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!\\s*$).+|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "QueryStringParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]+|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(0), max_length: Some(512) })) },
],
rules: &[],
};

static PIPE_TARGET_KINESIS_STREAM_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeTargetKinesisStreamParameters",
        properties: &[::forma_core::schema::Property {
            name: "PartitionKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static PIPE_TARGET_LAMBDA_FUNCTION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeTargetLambdaFunctionParameters",
        properties: &[::forma_core::schema::Property {
            name: "InvocationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REQUEST_RESPONSE", "FIRE_AND_FORGET"]),
        }],
        rules: &[],
    };

static PIPE_TARGET_REDSHIFT_DATA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.PipeTargetRedshiftDataParameters",
properties: &[
::forma_core::schema::Property { name: "Database", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "DbUser", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "SecretManagerArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:aws([a-z]|\\-)*:secretsmanager:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}):(\\d{12}):secret:.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "Sqls", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100000) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(40) }) },
::forma_core::schema::Property { name: "StatementName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(500) }) },
::forma_core::schema::Property { name: "WithEvent", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
],
rules: &[],
};

static PIPE_TARGET_SAGE_MAKER_PIPELINE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeTargetSageMakerPipelineParameters",
        properties: &[::forma_core::schema::Property {
            name: "PipelineParameterList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SAGE_MAKER_PIPELINE_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        }],
        rules: &[],
    };

static PIPE_TARGET_SQS_QUEUE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PipeTargetSqsQueueParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "MessageDeduplicationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "MessageGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static PIPE_TARGET_STATE_MACHINE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeTargetStateMachineParameters",
        properties: &[::forma_core::schema::Property {
            name: "InvocationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REQUEST_RESPONSE", "FIRE_AND_FORGET"]),
        }],
        rules: &[],
    };

static PIPE_TARGET_TIMESTREAM_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.PipeTargetTimestreamParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "DimensionMappings",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DIMENSION_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(128) },
                ),
            },
            ::forma_core::schema::Property {
                name: "EpochTimeUnit",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MILLISECONDS", "SECONDS", "MICROSECONDS", "NANOSECONDS"]),
            },
            ::forma_core::schema::Property {
                name: "MultiMeasureMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&MULTI_MEASURE_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1024) },
                ),
            },
            ::forma_core::schema::Property {
                name: "SingleMeasureMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&SINGLE_MEASURE_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(8192) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TimeFieldType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["EPOCH", "TIMESTAMP_FORMAT"]),
            },
            ::forma_core::schema::Property {
                name: "TimeValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "TimestampFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "VersionValue",
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

static DEAD_LETTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.DeadLetterConfig",
properties: &[
::forma_core::schema::Property { name: "Arn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$"), min_length: Some(1), max_length: Some(1600) }) },
],
rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.Filter",
    properties: &[::forma_core::schema::Property {
        name: "Pattern",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(4096),
        }),
    }],
    rules: &[],
};

static SELF_MANAGED_KAFKA_ACCESS_CONFIGURATION_VPC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.SelfManagedKafkaAccessConfigurationVpc",
        properties: &[
            ::forma_core::schema::Property {
                name: "SecurityGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^sg-[0-9a-zA-Z]*$"),
                        min_length: Some(1),
                        max_length: Some(1024),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Subnets",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^subnet-[0-9a-z]*$"),
                        min_length: Some(1),
                        max_length: Some(1024),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
                ),
            },
        ],
        rules: &[],
    };

static BATCH_ARRAY_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.BatchArrayProperties",
    properties: &[::forma_core::schema::Property {
        name: "Size",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(2.0),
            maximum: Some(10000.0),
        }),
    }],
    rules: &[],
};

static BATCH_CONTAINER_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.BatchContainerOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BATCH_ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BATCH_RESOURCE_REQUIREMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static BATCH_JOB_DEPENDENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.BatchJobDependency",
    properties: &[
        ::forma_core::schema::Property {
            name: "JobId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["N_TO_N", "SEQUENTIAL"]),
        },
    ],
    rules: &[],
};

static BATCH_RETRY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.BatchRetryStrategy",
    properties: &[::forma_core::schema::Property {
        name: "Attempts",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10.0),
        }),
    }],
    rules: &[],
};

static CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.CapacityProviderStrategyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Base",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityProvider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.NetworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AwsvpcConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AWS_VPC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static ECS_TASK_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Pipes::Pipe.EcsTaskOverride",
properties: &[
::forma_core::schema::Property { name: "ContainerOverrides", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ECS_CONTAINER_OVERRIDE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Cpu", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "EphemeralStorage", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ECS_EPHEMERAL_STORAGE_TYPE) },
::forma_core::schema::Property { name: "ExecutionRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "InferenceAcceleratorOverrides", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ECS_INFERENCE_ACCELERATOR_OVERRIDE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Memory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "TaskRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-]+):([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"), min_length: Some(1), max_length: Some(1600) }) },
],
rules: &[],
};

static PLACEMENT_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PlacementConstraint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["distinctInstance", "memberOf"]),
        },
    ],
    rules: &[],
};

static PLACEMENT_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.PlacementStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["random", "spread", "binpack"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.Tag",
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

static SAGE_MAKER_PIPELINE_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.SageMakerPipelineParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static DIMENSION_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.DimensionMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VARCHAR"]),
        },
    ],
    rules: &[],
};

static MULTI_MEASURE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.MultiMeasureMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MultiMeasureAttributeMappings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MultiMeasureName",
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

static SINGLE_MEASURE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.SingleMeasureMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeasureName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "MeasureValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MeasureValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOUBLE", "BIGINT", "VARCHAR", "BOOLEAN", "TIMESTAMP"]),
        },
    ],
    rules: &[],
};

static BATCH_ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.BatchEnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BATCH_RESOURCE_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.BatchResourceRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GPU", "MEMORY", "VCPU"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AWS_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.AwsVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignPublicIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]*|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static ECS_CONTAINER_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.EcsContainerOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ECS_ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ECS_ENVIRONMENT_FILE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MemoryReservation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ECS_RESOURCE_REQUIREMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ECS_EPHEMERAL_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.EcsEphemeralStorage",
    properties: &[::forma_core::schema::Property {
        name: "SizeInGiB",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(21.0),
            maximum: Some(200.0),
        }),
    }],
    rules: &[],
};

static ECS_INFERENCE_ACCELERATOR_OVERRIDE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pipes::Pipe.EcsInferenceAcceleratorOverride",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeviceName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DeviceType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.MultiMeasureAttributeMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeasureValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MeasureValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOUBLE", "BIGINT", "VARCHAR", "BOOLEAN", "TIMESTAMP"]),
        },
        ::forma_core::schema::Property {
            name: "MultiMeasureAttributeName",
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

static ECS_ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.EcsEnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ECS_ENVIRONMENT_FILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.EcsEnvironmentFile",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["s3"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ECS_RESOURCE_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pipes::Pipe.EcsResourceRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GPU", "InferenceAccelerator"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
