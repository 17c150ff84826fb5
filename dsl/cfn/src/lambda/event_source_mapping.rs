// @generated from AWS::Lambda::EventSourceMapping (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::EventSourceMapping` and its property types.

/// The `AWS::Lambda::EventSourceMapping` resource creates a mapping between an event source and an LAMlong function.
///
/// CloudFormation type `AWS::Lambda::EventSourceMapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSourceMapping {
    props: ::forma_core::schema::Props,
}
impl EventSourceMapping {
    /// A new resource with its required properties: `FunctionName`.
    #[track_caller]
    pub fn new(function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, function_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
    #[track_caller]
    pub fn amazon_managed_kafka_event_source_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonManagedKafkaEventSourceConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function.
    ///
    /// Allowed: 1 to 10000.
    #[track_caller]
    pub fn batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two and retry.
    #[track_caller]
    pub fn bisect_batch_on_function_error(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    #[track_caller]
    pub fn destination_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specific configuration settings for a DocumentDB event source.
    #[track_caller]
    pub fn document_db_event_source_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentDbEventSourceConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When true, the event source mapping is active.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the event source.
    ///
    /// Allowed: length 12 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn event_source_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that defines the filter criteria that determine whether Lambda should process an event.
    #[track_caller]
    pub fn filter_criteria(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterCriteria>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis, DynamoDB Streams, and SQS) A list of current response type enums applied to the event source mapping.
    ///
    /// Allowed: length 0 to 1.
    #[track_caller]
    pub fn function_response_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FunctionResponseTypes>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMSlong (KMS) customer managed key that Lambda uses to encrypt your function's [filter criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics).
    ///
    /// Allowed: length 12 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source.
    #[track_caller]
    pub fn logging_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingConfig>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function.
    ///
    /// Allowed: 0 to 300.
    #[track_caller]
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age.
    ///
    /// Allowed: -1 to 604800.
    #[track_caller]
    pub fn maximum_record_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries.
    ///
    /// Allowed: -1 to 10000.
    #[track_caller]
    pub fn maximum_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metrics configuration for your event source.
    #[track_caller]
    pub fn metrics_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsConfig>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each shard.
    ///
    /// Allowed: 1 to 10.
    #[track_caller]
    pub fn parallelization_factor(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source.
    #[track_caller]
    pub fn provisioned_poller_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedPollerConfig>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
    #[track_caller]
    pub fn queues(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This property is for Amazon SQS event sources only.
    #[track_caller]
    pub fn scaling_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScalingConfig>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The self-managed Apache Kafka cluster for your event source.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn self_managed_event_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedEventSource>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    #[track_caller]
    pub fn self_managed_kafka_event_source_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedKafkaEventSourceConfig>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of the authentication protocol, VPC components, or virtual host to secure and define your event source.
    #[track_caller]
    pub fn source_access_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceAccessConfiguration>>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The position in a stream from which to start reading.
    ///
    /// Allowed: length 6 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn starting_position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// With `StartingPosition` set to `AT_TIMESTAMP`, the time from which to start reading, in Unix time seconds.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn starting_position_timestamp(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to add to the event source mapping.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Kafka topic.
    #[track_caller]
    pub fn topics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources.
    ///
    /// Allowed: 0 to 900.
    #[track_caller]
    pub fn tumbling_window_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventSourceMapping {
    type Attributes = EventSourceMappingAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::EventSourceMapping"
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
/// The attributes of a `AWS::Lambda::EventSourceMapping` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventSourceMappingAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventSourceMappingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventSourceMappingAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `EventSourceMappingArn`.
    pub fn event_source_mapping_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventSourceMappingArn")
    }
}

/// The values CloudFormation documents: `ReportBatchItemFailures`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionResponseTypes {
    /// `ReportBatchItemFailures`
    ReportBatchItemFailures,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FunctionResponseTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReportBatchItemFailures => "ReportBatchItemFailures",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ReportBatchItemFailures"]
    }
}
impl ::std::convert::From<FunctionResponseTypes> for ::forma_core::Value<FunctionResponseTypes> {
    fn from(v: FunctionResponseTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FunctionResponseTypes {}

/// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonManagedKafkaEventSourceConfig {
    props: ::forma_core::schema::Props,
}
impl AmazonManagedKafkaEventSourceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The identifier for the Kafka consumer group to join.
    ///
    /// Allowed: length 1 to 200.
    pub fn consumer_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specific configuration settings for a Kafka schema registry.
    pub fn schema_registry_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaRegistryConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonManagedKafkaEventSourceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonManagedKafkaEventSourceConfig>
    for ::forma_core::Value<AmazonManagedKafkaEventSourceConfig>
{
    fn from(v: AmazonManagedKafkaEventSourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG_TYPE.properties))
    }
}

/// A configuration object that specifies the destination of an event after Lambda processes it.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfig {
    props: ::forma_core::schema::Props,
}
impl DestinationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination configuration for failed invocations.
    pub fn on_failure(mut self, value: impl ::std::convert::Into<::forma_core::Value<OnFailure>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationConfig> for ::forma_core::Value<DestinationConfig> {
    fn from(v: DestinationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UpdateLookup`, `Default`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FullDocument {
    /// `UpdateLookup`
    UpdateLookup,
    /// `Default`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FullDocument {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UpdateLookup => "UpdateLookup",
            Self::Default => "Default",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UpdateLookup", "Default"]
    }
}
impl ::std::convert::From<FullDocument> for ::forma_core::Value<FullDocument> {
    fn from(v: FullDocument) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FullDocument {}

/// Specific configuration settings for a DocumentDB event source.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentDbEventSourceConfig {
    props: ::forma_core::schema::Props,
}
impl DocumentDbEventSourceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the collection to consume within the database.
    ///
    /// Allowed: length 1 to 57.
    pub fn collection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the database to consume within the DocumentDB cluster.
    ///
    /// Allowed: length 1 to 63.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Determines what DocumentDB sends to your event stream during document update operations.
    pub fn full_document(mut self, value: impl ::forma_core::schema::EnumArg<FullDocument>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DocumentDbEventSourceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentDbEventSourceConfig> for ::forma_core::Value<DocumentDbEventSourceConfig> {
    fn from(v: DocumentDbEventSourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_DB_EVENT_SOURCE_CONFIG_TYPE.properties))
    }
}

/// An object that contains the filters for an event source.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterCriteria {
    props: ::forma_core::schema::Props,
}
impl FilterCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of filters.
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

/// The function's Amazon CloudWatch Logs configuration settings.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfig {
    props: ::forma_core::schema::Props,
}
impl LoggingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set this property to filter the system logs for your function that Lambda sends to CloudWatch.
    pub fn system_log_level(mut self, value: impl ::forma_core::schema::EnumArg<SystemLogLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
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

/// The values CloudFormation documents: `EventCount`, `ErrorCount`, `KafkaMetrics`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Metrics {
    /// `EventCount`
    EventCount,
    /// `ErrorCount`
    ErrorCount,
    /// `KafkaMetrics`
    KafkaMetrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Metrics {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EventCount => "EventCount",
            Self::ErrorCount => "ErrorCount",
            Self::KafkaMetrics => "KafkaMetrics",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EventCount", "ErrorCount", "KafkaMetrics"]
    }
}
impl ::std::convert::From<Metrics> for ::forma_core::Value<Metrics> {
    fn from(v: Metrics) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Metrics {}

/// The metrics configuration for your event source.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsConfig {
    props: ::forma_core::schema::Props,
}
impl MetricsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The metrics you want your event source mapping to produce, including `EventCount`, `ErrorCount`, `KafkaMetrics`.
    pub fn metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Metrics>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetricsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricsConfig> for ::forma_core::Value<MetricsConfig> {
    fn from(v: MetricsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_CONFIG_TYPE.properties))
    }
}

/// The [provisioned mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode) configuration for the event source.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedPollerConfig {
    props: ::forma_core::schema::Props,
}
impl ProvisionedPollerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of event pollers this event source can scale up to.
    ///
    /// Allowed: 1 to 10000.
    pub fn maximum_pollers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of event pollers this event source can scale down to.
    ///
    /// Allowed: 1 to 200.
    pub fn minimum_pollers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group.
    ///
    /// Allowed: length 0 to 128.
    pub fn poller_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProvisionedPollerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProvisionedPollerConfig> for ::forma_core::Value<ProvisionedPollerConfig> {
    fn from(v: ProvisionedPollerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONED_POLLER_CONFIG_TYPE.properties))
    }
}

/// (Amazon SQS only) The scaling configuration for the event source.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConfig {
    props: ::forma_core::schema::Props,
}
impl ScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Limits the number of concurrent instances that the SQS event source can invoke.
    ///
    /// Allowed: 2 to 1000.
    pub fn maximum_concurrency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalingConfig> for ::forma_core::Value<ScalingConfig> {
    fn from(v: ScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONFIG_TYPE.properties))
    }
}

/// The self-managed Apache Kafka cluster for your event source.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedEventSource {
    props: ::forma_core::schema::Props,
}
impl SelfManagedEventSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of bootstrap servers for your Kafka brokers in the following format: `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]`.
    pub fn endpoints(mut self, value: impl ::std::convert::Into<::forma_core::Value<Endpoints>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelfManagedEventSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfManagedEventSource> for ::forma_core::Value<SelfManagedEventSource> {
    fn from(v: SelfManagedEventSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_EVENT_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Stream`, `Queue`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConsumptionMode {
    /// `Stream`
    Stream,
    /// `Queue`
    Queue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConsumptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stream => "Stream",
            Self::Queue => "Queue",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Stream", "Queue"]
    }
}
impl ::std::convert::From<ConsumptionMode> for ::forma_core::Value<ConsumptionMode> {
    fn from(v: ConsumptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConsumptionMode {}

/// Specific configuration settings for a self-managed Apache Kafka event source.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedKafkaEventSourceConfig {
    props: ::forma_core::schema::Props,
}
impl SelfManagedKafkaEventSourceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The identifier for the Kafka consumer group to join.
    ///
    /// Allowed: length 1 to 200.
    pub fn consumer_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The mode that determines how Lambda reads from a Kafka topic.
    pub fn consumption_mode(mut self, value: impl ::forma_core::schema::EnumArg<ConsumptionMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Specific configuration settings for a Kafka schema registry.
    pub fn schema_registry_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaRegistryConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelfManagedKafkaEventSourceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfManagedKafkaEventSourceConfig>
    for ::forma_core::Value<SelfManagedKafkaEventSourceConfig>
{
    fn from(v: SelfManagedKafkaEventSourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASIC_AUTH`, `VPC_SUBNET`, `VPC_SECURITY_GROUP`, `SASL_SCRAM_512_AUTH`, `SASL_SCRAM_256_AUTH`, `VIRTUAL_HOST`, `CLIENT_CERTIFICATE_TLS_AUTH`, `SERVER_ROOT_CA_CERTIFICATE`, `OAUTHBEARER_AUTH`, `OAUTHBEARER_SCOPE`, `OAUTHBEARER_AUDIENCE`, `OAUTHBEARER_LOGICAL_CLUSTER`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `BASIC_AUTH`
    BasicAuth,
    /// `VPC_SUBNET`
    VpcSubnet,
    /// `VPC_SECURITY_GROUP`
    VpcSecurityGroup,
    /// `SASL_SCRAM_512_AUTH`
    SaslScram512Auth,
    /// `SASL_SCRAM_256_AUTH`
    SaslScram256Auth,
    /// `VIRTUAL_HOST`
    VirtualHost,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    ServerRootCaCertificate,
    /// `OAUTHBEARER_AUTH`
    OauthbearerAuth,
    /// `OAUTHBEARER_SCOPE`
    OauthbearerScope,
    /// `OAUTHBEARER_AUDIENCE`
    OauthbearerAudience,
    /// `OAUTHBEARER_LOGICAL_CLUSTER`
    OauthbearerLogicalCluster,
    /// `OAUTHBEARER_IDENTITY_POOL`
    OauthbearerIdentityPool,
    /// `IAM_AUTH`
    IamAuth,
    /// `IAM_OAUTHBEARER_AUTH`
    IamOauthbearerAuth,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasicAuth => "BASIC_AUTH",
            Self::VpcSubnet => "VPC_SUBNET",
            Self::VpcSecurityGroup => "VPC_SECURITY_GROUP",
            Self::SaslScram512Auth => "SASL_SCRAM_512_AUTH",
            Self::SaslScram256Auth => "SASL_SCRAM_256_AUTH",
            Self::VirtualHost => "VIRTUAL_HOST",
            Self::ClientCertificateTlsAuth => "CLIENT_CERTIFICATE_TLS_AUTH",
            Self::ServerRootCaCertificate => "SERVER_ROOT_CA_CERTIFICATE",
            Self::OauthbearerAuth => "OAUTHBEARER_AUTH",
            Self::OauthbearerScope => "OAUTHBEARER_SCOPE",
            Self::OauthbearerAudience => "OAUTHBEARER_AUDIENCE",
            Self::OauthbearerLogicalCluster => "OAUTHBEARER_LOGICAL_CLUSTER",
            Self::OauthbearerIdentityPool => "OAUTHBEARER_IDENTITY_POOL",
            Self::IamAuth => "IAM_AUTH",
            Self::IamOauthbearerAuth => "IAM_OAUTHBEARER_AUTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "BASIC_AUTH",
            "VPC_SUBNET",
            "VPC_SECURITY_GROUP",
            "SASL_SCRAM_512_AUTH",
            "SASL_SCRAM_256_AUTH",
            "VIRTUAL_HOST",
            "CLIENT_CERTIFICATE_TLS_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE",
            "OAUTHBEARER_AUTH",
            "OAUTHBEARER_SCOPE",
            "OAUTHBEARER_AUDIENCE",
            "OAUTHBEARER_LOGICAL_CLUSTER",
            "OAUTHBEARER_IDENTITY_POOL",
            "IAM_AUTH",
            "IAM_OAUTHBEARER_AUTH",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// An array of the authentication protocol, VPC components, or virtual host to secure and define your event source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAccessConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceAccessConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of authentication protocol, VPC components, or virtual host for your event source.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The value for your chosen configuration in `Type`.
    ///
    /// Allowed: length 1 to 200.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceAccessConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceAccessConfiguration> for ::forma_core::Value<SourceAccessConfiguration> {
    fn from(v: SourceAccessConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_ACCESS_CONFIGURATION_TYPE.properties))
    }
}

/// A [tag](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the event source mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for this tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JSON`, `SOURCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventRecordFormat {
    /// `JSON`
    Json,
    /// `SOURCE`
    Source,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventRecordFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "JSON",
            Self::Source => "SOURCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSON", "SOURCE"]
    }
}
impl ::std::convert::From<EventRecordFormat> for ::forma_core::Value<EventRecordFormat> {
    fn from(v: EventRecordFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventRecordFormat {}

/// Specific configuration settings for a Kafka schema registry.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaRegistryConfig {
    props: ::forma_core::schema::Props,
}
impl SchemaRegistryConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of access configuration objects that tell Lambda how to authenticate with your schema registry.
    pub fn access_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaRegistryAccessConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The record format that Lambda delivers to your function after schema validation.
    pub fn event_record_format(mut self, value: impl ::forma_core::schema::EnumArg<EventRecordFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The URI for your schema registry.
    ///
    /// Allowed: length 1 to 10000.
    pub fn schema_registry_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An array of schema validation configuration objects, which tell Lambda the message attributes you want to validate and filter using your schema registry.
    pub fn schema_validation_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaValidationConfig>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaRegistryConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaRegistryConfig> for ::forma_core::Value<SchemaRegistryConfig> {
    fn from(v: SchemaRegistryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_REGISTRY_CONFIG_TYPE.properties))
    }
}

/// A destination for events that failed processing.
#[derive(Debug, Clone, PartialEq)]
pub struct OnFailure {
    props: ::forma_core::schema::Props,
}
impl OnFailure {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the destination resource.
    ///
    /// Allowed: length 12 to 1024.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnFailure {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnFailure> for ::forma_core::Value<OnFailure> {
    fn from(v: OnFailure) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_FAILURE_TYPE.properties))
    }
}

/// A structure within a `FilterCriteria` object that defines an event filtering pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A filter pattern.
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

/// The list of bootstrap servers for your Kafka brokers in the following format: `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoints {
    props: ::forma_core::schema::Props,
}
impl Endpoints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of bootstrap servers for your Kafka brokers in the following format: `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]`.
    pub fn kafka_bootstrap_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Endpoints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Endpoints> for ::forma_core::Value<Endpoints> {
    fn from(v: Endpoints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINTS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASIC_AUTH`, `CLIENT_CERTIFICATE_TLS_AUTH`, `SERVER_ROOT_CA_CERTIFICATE`, `OAUTHBEARER_AUTH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchemaRegistryAccessConfigType {
    /// `BASIC_AUTH`
    BasicAuth,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    ServerRootCaCertificate,
    /// `OAUTHBEARER_AUTH`
    OauthbearerAuth,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SchemaRegistryAccessConfigType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasicAuth => "BASIC_AUTH",
            Self::ClientCertificateTlsAuth => "CLIENT_CERTIFICATE_TLS_AUTH",
            Self::ServerRootCaCertificate => "SERVER_ROOT_CA_CERTIFICATE",
            Self::OauthbearerAuth => "OAUTHBEARER_AUTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE", "OAUTHBEARER_AUTH"]
    }
}
impl ::std::convert::From<SchemaRegistryAccessConfigType> for ::forma_core::Value<SchemaRegistryAccessConfigType> {
    fn from(v: SchemaRegistryAccessConfigType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SchemaRegistryAccessConfigType {}

/// Specific access configuration settings that tell Lambda how to authenticate with your schema registry.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaRegistryAccessConfig {
    props: ::forma_core::schema::Props,
}
impl SchemaRegistryAccessConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of authentication Lambda uses to access your schema registry.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<SchemaRegistryAccessConfigType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry.
    ///
    /// Allowed: length 1 to 10000.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaRegistryAccessConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaRegistryAccessConfig> for ::forma_core::Value<SchemaRegistryAccessConfig> {
    fn from(v: SchemaRegistryAccessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KEY`, `VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Attribute {
    /// `KEY`
    Key,
    /// `VALUE`
    Value,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Attribute {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Key => "KEY",
            Self::Value => "VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEY", "VALUE"]
    }
}
impl ::std::convert::From<Attribute> for ::forma_core::Value<Attribute> {
    fn from(v: Attribute) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Attribute {}

/// Specific schema validation configuration settings that tell Lambda the message attributes you want to validate and filter using your schema registry.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaValidationConfig {
    props: ::forma_core::schema::Props,
}
impl SchemaValidationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The attributes you want your schema registry to validate and filter for.
    pub fn attribute(mut self, value: impl ::forma_core::schema::EnumArg<Attribute>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SchemaValidationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaValidationConfig> for ::forma_core::Value<SchemaValidationConfig> {
    fn from(v: SchemaValidationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_VALIDATION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::EventSourceMapping`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::EventSourceMapping",
properties: &[
::forma_core::schema::Property { name: "AmazonManagedKafkaEventSourceConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "BatchSize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(10000.0) }) },
::forma_core::schema::Property { name: "BisectBatchOnFunctionError", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "DestinationConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIG_TYPE) },
::forma_core::schema::Property { name: "DocumentDBEventSourceConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DOCUMENT_DB_EVENT_SOURCE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Enabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EventSourceArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"), min_length: Some(12), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "FilterCriteria", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&FILTER_CRITERIA_TYPE) },
::forma_core::schema::Property { name: "FunctionName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "FunctionResponseTypes", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["ReportBatchItemFailures"]), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) }) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), min_length: Some(12), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LoggingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "MaximumBatchingWindowInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(300.0) }) },
::forma_core::schema::Property { name: "MaximumRecordAgeInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(-1.0), maximum: Some(604800.0) }) },
::forma_core::schema::Property { name: "MaximumRetryAttempts", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(-1.0), maximum: Some(10000.0) }) },
::forma_core::schema::Property { name: "MetricsConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&METRICS_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ParallelizationFactor", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(10.0) }) },
::forma_core::schema::Property { name: "ProvisionedPollerConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PROVISIONED_POLLER_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Queues", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\s\\S]*"), min_length: Some(1), max_length: Some(1000) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "ScalingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SCALING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SelfManagedEventSource", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_EVENT_SOURCE_TYPE) },
::forma_core::schema::Property { name: "SelfManagedKafkaEventSourceConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SourceAccessConfigurations", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&SOURCE_ACCESS_CONFIGURATION_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(29) }) },
::forma_core::schema::Property { name: "StartingPosition", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(LATEST|TRIM_HORIZON|AT_TIMESTAMP)+"), min_length: Some(6), max_length: Some(12) }) },
::forma_core::schema::Property { name: "StartingPositionTimestamp", required: false, create_only: true, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Topics", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^.]([a-zA-Z0-9\\-_.]+)"), min_length: Some(1), max_length: Some(249) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "TumblingWindowInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(900.0) }) },
],
rules: &[],
attributes: &["Id", "EventSourceMappingArn"],
};

static AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lambda::EventSourceMapping.AmazonManagedKafkaEventSourceConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConsumerGroupId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9-\\/*:_+=.@-]*"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "SchemaRegistryConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SCHEMA_REGISTRY_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static DESTINATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.DestinationConfig",
    properties: &[::forma_core::schema::Property {
        name: "OnFailure",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ON_FAILURE_TYPE),
    }],
    rules: &[],
};

static DOCUMENT_DB_EVENT_SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.DocumentDBEventSourceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(^(?!(system\\x2e)))(^[_a-zA-Z0-9])([^$]*)$"),
                min_length: Some(1),
                max_length: Some(57),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^ /\\.$\\x22]*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "FullDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UpdateLookup", "Default"]),
        },
    ],
    rules: &[],
};

static FILTER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.FilterCriteria",
    properties: &[::forma_core::schema::Property {
        name: "Filters",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&FILTER_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
        ),
    }],
    rules: &[],
};

static LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.LoggingConfig",
    properties: &[::forma_core::schema::Property {
        name: "SystemLogLevel",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DEBUG", "INFO", "WARN"]),
    }],
    rules: &[],
};

static METRICS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.MetricsConfig",
    properties: &[::forma_core::schema::Property {
        name: "Metrics",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["EventCount", "ErrorCount", "KafkaMetrics"]),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
        ),
    }],
    rules: &[],
};

static PROVISIONED_POLLER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.ProvisionedPollerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumPollers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumPollers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PollerGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.ScalingConfig",
    properties: &[::forma_core::schema::Property {
        name: "MaximumConcurrency",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(2.0),
            maximum: Some(1000.0),
        }),
    }],
    rules: &[],
};

static SELF_MANAGED_EVENT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.SelfManagedEventSource",
    properties: &[::forma_core::schema::Property {
        name: "Endpoints",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ENDPOINTS_TYPE),
    }],
    rules: &[],
};

static SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lambda::EventSourceMapping.SelfManagedKafkaEventSourceConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConsumerGroupId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9-\\/*:_+=.@-]*"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConsumptionMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Stream", "Queue"]),
            },
            ::forma_core::schema::Property {
                name: "SchemaRegistryConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SCHEMA_REGISTRY_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static SOURCE_ACCESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.SourceAccessConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BASIC_AUTH",
                "VPC_SUBNET",
                "VPC_SECURITY_GROUP",
                "SASL_SCRAM_512_AUTH",
                "SASL_SCRAM_256_AUTH",
                "VIRTUAL_HOST",
                "CLIENT_CERTIFICATE_TLS_AUTH",
                "SERVER_ROOT_CA_CERTIFICATE",
                "OAUTHBEARER_AUTH",
                "OAUTHBEARER_SCOPE",
                "OAUTHBEARER_AUDIENCE",
                "OAUTHBEARER_LOGICAL_CLUSTER",
                "OAUTHBEARER_IDENTITY_POOL",
                "IAM_AUTH",
                "IAM_OAUTHBEARER_AUTH",
            ]),
        },
        ::forma_core::schema::Property {
            name: "URI",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-\\/*:_+=.@-]*"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.Tag",
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
            required: false,
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

static SCHEMA_REGISTRY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.SchemaRegistryConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventRecordFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSON", "SOURCE"]),
        },
        ::forma_core::schema::Property {
            name: "SchemaRegistryURI",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-/*:_+=.@-]*"),
                min_length: Some(1),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaValidationConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEMA_VALIDATION_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};

static ON_FAILURE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lambda::EventSourceMapping.OnFailure",
properties: &[
::forma_core::schema::Property { name: "Destination", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"), min_length: Some(12), max_length: Some(1024) }) },
],
rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.Filter",
    properties: &[::forma_core::schema::Property {
        name: "Pattern",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(".*"),
            min_length: Some(0),
            max_length: Some(4096),
        }),
    }],
    rules: &[],
};

static ENDPOINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lambda::EventSourceMapping.Endpoints",
properties: &[
::forma_core::schema::Property { name: "KafkaBootstrapServers", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}"), min_length: Some(1), max_length: Some(300) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
],
rules: &[],
};

static SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lambda::EventSourceMapping.SchemaRegistryAccessConfig",
properties: &[
::forma_core::schema::Property { name: "Type", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE", "OAUTHBEARER_AUTH"]) },
::forma_core::schema::Property { name: "URI", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"), min_length: Some(1), max_length: Some(10000) }) },
],
rules: &[],
};

static SCHEMA_VALIDATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventSourceMapping.SchemaValidationConfig",
    properties: &[::forma_core::schema::Property {
        name: "Attribute",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["KEY", "VALUE"]),
    }],
    rules: &[],
};
