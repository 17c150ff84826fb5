// @generated from AWS::MSK::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::Channel` and its property types.

/// Resource Type definition for AWS::MSK::Channel
///
/// CloudFormation type `AWS::MSK::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource with its required properties: `ChannelName`, `TopicConfigurationList`.
    #[track_caller]
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        topic_configuration_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicConfiguration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, topic_configuration_list.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the cluster
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Encryption configuration
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Iceberg destination configuration
    #[track_caller]
    pub fn iceberg_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Log configuration details for Channel
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn logging_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<ChannelLoggingInfo>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// S3 destination configuration
    #[track_caller]
    pub fn s3_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags attached to the channel
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::Channel"
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
/// The attributes of a `AWS::MSK::Channel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelAttributes {
    /// `Fn::GetAtt` `ChannelArn`.
    pub fn channel_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StateInfo`.
    pub fn state_info(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "StateInfo")
    }
}

/// Encryption configuration
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `KmsKeyArn`.
    pub fn new(kms_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ZSTD`, `SNAPPY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IcebergCompressionType {
    /// `ZSTD`
    Zstd,
    /// `SNAPPY`
    Snappy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IcebergCompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zstd => "ZSTD",
            Self::Snappy => "SNAPPY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ZSTD", "SNAPPY"]
    }
}
impl ::std::convert::From<IcebergCompressionType> for ::forma_core::Value<IcebergCompressionType> {
    fn from(v: IcebergCompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IcebergCompressionType {}

/// Iceberg destination configuration
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl IcebergDestinationConfiguration {
    /// A new value with its required properties: `AppendOnly`, `DeadLetterQueueS3`, `DestinationTableList`, `SchemaEvolution`, `ServiceExecutionRoleArn`, `TableCreation`.
    pub fn new(
        append_only: impl ::std::convert::Into<::forma_core::Value<bool>>,
        dead_letter_queue_s3: impl ::std::convert::Into<::forma_core::Value<DeadLetterQueueS3>>,
        destination_table_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DestinationTable>>>,
        schema_evolution: impl ::std::convert::Into<::forma_core::Value<SchemaEvolution>>,
        service_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_creation: impl ::std::convert::Into<::forma_core::Value<TableCreation>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_only.into().into_expr());
        props.set(4, dead_letter_queue_s3.into().into_expr());
        props.set(5, destination_table_list.into().into_expr());
        props.set(6, schema_evolution.into().into_expr());
        props.set(7, service_execution_role_arn.into().into_expr());
        props.set(8, table_creation.into().into_expr());
        Self { props }
    }
    /// Catalog configuration of the destination
    pub fn catalog(mut self, value: impl ::std::convert::Into<::forma_core::Value<Catalog>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Compression codec for Iceberg table data files.
    pub fn compression_type(mut self, value: impl ::forma_core::schema::EnumArg<IcebergCompressionType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Data freshness in seconds
    ///
    /// Allowed: 60 to 900.
    pub fn data_freshness_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergDestinationConfiguration> for ::forma_core::Value<IcebergDestinationConfiguration> {
    fn from(v: IcebergDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Log configuration details for Channel
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelLoggingInfo {
    props: ::forma_core::schema::Props,
}
impl ChannelLoggingInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CloudWatch Logs log destination details
    pub fn cloud_watch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsLogDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Firehose log destination details
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<FirehoseLogDestination>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// S3 log destination details
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3LogDestination>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChannelLoggingInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChannelLoggingInfo> for ::forma_core::Value<ChannelLoggingInfo> {
    fn from(v: ChannelLoggingInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_LOGGING_INFO_TYPE.properties))
    }
}

/// S3 destination configuration
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DestinationConfiguration {
    /// A new value with its required properties: `DeadLetterQueueS3`, `ServiceExecutionRoleArn`, `Storage`.
    pub fn new(
        dead_letter_queue_s3: impl ::std::convert::Into<::forma_core::Value<DeadLetterQueueS3>>,
        service_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        storage: impl ::std::convert::Into<::forma_core::Value<S3Storage>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, dead_letter_queue_s3.into().into_expr());
        props.set(2, service_execution_role_arn.into().into_expr());
        props.set(3, storage.into().into_expr());
        Self { props }
    }
    /// Data freshness in seconds
    ///
    /// Allowed: 60 to 900.
    pub fn data_freshness_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DestinationConfiguration> for ::forma_core::Value<S3DestinationConfiguration> {
    fn from(v: S3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration of topic in a channel
#[derive(Debug, Clone, PartialEq)]
pub struct TopicConfiguration {
    props: ::forma_core::schema::Props,
}
impl TopicConfiguration {
    /// A new value with its required properties: `RecordConverter`, `TopicArn`.
    pub fn new(
        record_converter: impl ::std::convert::Into<::forma_core::Value<RecordConverter>>,
        topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_converter.into().into_expr());
        props.set(2, topic_arn.into().into_expr());
        Self { props }
    }
    /// Record schema configuration for a topic
    pub fn record_schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<RecordSchema>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicConfiguration> for ::forma_core::Value<TopicConfiguration> {
    fn from(v: TopicConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CONFIGURATION_TYPE.properties))
    }
}

/// Catalog configuration of the destination
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    props: ::forma_core::schema::Props,
}
impl Catalog {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the catalog
    pub fn catalog_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The warehouse location
    pub fn warehouse_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Catalog> for ::forma_core::Value<Catalog> {
    fn from(v: Catalog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATALOG_TYPE.properties))
    }
}

/// Dead letter queue S3 configuration of the destination
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetterQueueS3 {
    props: ::forma_core::schema::Props,
}
impl DeadLetterQueueS3 {
    /// A new value with its required properties: `BucketArn`, `ErrorOutputPrefix`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        error_output_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(1, error_output_prefix.into().into_expr());
        Self { props }
    }
    /// Optional 12-digit AWS account ID expected to own the dead-letter S3 bucket
    pub fn expected_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeadLetterQueueS3> for ::forma_core::Value<DeadLetterQueueS3> {
    fn from(v: DeadLetterQueueS3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEAD_LETTER_QUEUE_S3_TYPE.properties))
    }
}

/// Destination table configuration
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationTable {
    props: ::forma_core::schema::Props,
}
impl DestinationTable {
    /// A new value with its required properties: `DestinationDatabaseName`, `DestinationTableName`.
    pub fn new(
        destination_database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_database_name.into().into_expr());
        props.set(1, destination_table_name.into().into_expr());
        Self { props }
    }
    /// Partition specification
    pub fn partition_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<PartitionSpec>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DestinationTable> for ::forma_core::Value<DestinationTable> {
    fn from(v: DestinationTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TABLE_TYPE.properties))
    }
}

/// Schema evolution configuration of the destination
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaEvolution {
    props: ::forma_core::schema::Props,
}
impl SchemaEvolution {
    /// A new value with its required properties: `EnableSchemaEvolution`.
    pub fn new(enable_schema_evolution: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_schema_evolution.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SchemaEvolution> for ::forma_core::Value<SchemaEvolution> {
    fn from(v: SchemaEvolution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_EVOLUTION_TYPE.properties))
    }
}

/// Table creation configuration of the destination
#[derive(Debug, Clone, PartialEq)]
pub struct TableCreation {
    props: ::forma_core::schema::Props,
}
impl TableCreation {
    /// A new value with its required properties: `EnableTableCreation`.
    pub fn new(enable_table_creation: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_table_creation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TableCreation> for ::forma_core::Value<TableCreation> {
    fn from(v: TableCreation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_CREATION_TYPE.properties))
    }
}

/// CloudWatch Logs log destination details
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsLogDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsLogDestination {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The CloudWatch log group for log delivery
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchLogsLogDestination> for ::forma_core::Value<CloudWatchLogsLogDestination> {
    fn from(v: CloudWatchLogsLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_LOG_DESTINATION_TYPE.properties))
    }
}

/// Firehose log destination details
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseLogDestination {
    props: ::forma_core::schema::Props,
}
impl FirehoseLogDestination {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The Firehose delivery stream for log delivery
    pub fn delivery_stream(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FirehoseLogDestination> for ::forma_core::Value<FirehoseLogDestination> {
    fn from(v: FirehoseLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_LOG_DESTINATION_TYPE.properties))
    }
}

/// S3 log destination details
#[derive(Debug, Clone, PartialEq)]
pub struct S3LogDestination {
    props: ::forma_core::schema::Props,
}
impl S3LogDestination {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The name of the S3 bucket for log delivery
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The S3 prefix for log delivery
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3LogDestination> for ::forma_core::Value<S3LogDestination> {
    fn from(v: S3LogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOG_DESTINATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `GZIP`, `ZSTD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3CompressionType {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// `ZSTD`
    Zstd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3CompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Gzip => "GZIP",
            Self::Zstd => "ZSTD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "GZIP", "ZSTD"]
    }
}
impl ::std::convert::From<S3CompressionType> for ::forma_core::Value<S3CompressionType> {
    fn from(v: S3CompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3CompressionType {}

/// The values CloudFormation documents: `STANDARD`, `INTELLIGENT_TIERING`, `GLACIER_IR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3StorageClass {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `GLACIER_IR`
    GlacierIr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::GlacierIr => "GLACIER_IR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "INTELLIGENT_TIERING", "GLACIER_IR"]
    }
}
impl ::std::convert::From<S3StorageClass> for ::forma_core::Value<S3StorageClass> {
    fn from(v: S3StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3StorageClass {}

/// S3 storage configuration
#[derive(Debug, Clone, PartialEq)]
pub struct S3Storage {
    props: ::forma_core::schema::Props,
}
impl S3Storage {
    /// A new value with its required properties: `BucketArn`, `CompressionType`, `StorageClass`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        compression_type: impl ::forma_core::schema::EnumArg<S3CompressionType>,
        storage_class: impl ::forma_core::schema::EnumArg<S3StorageClass>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(1, compression_type.into_enum_expr());
        props.set(5, storage_class.into_enum_expr());
        Self { props }
    }
    /// Optional 12-digit AWS account ID expected to own the S3 bucket
    pub fn expected_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Template for S3 key for output objects, used for partitioning
    pub fn output_key_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Optional prefix for output objects
    pub fn output_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Storage> for ::forma_core::Value<S3Storage> {
    fn from(v: S3Storage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_STORAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BYTE_ARRAY`, `JSON`, `JSON_SCHEMA_GSR`, `STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValueConverter {
    /// `BYTE_ARRAY`
    ByteArray,
    /// `JSON`
    Json,
    /// `JSON_SCHEMA_GSR`
    JsonSchemaGsr,
    /// `STRING`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValueConverter {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ByteArray => "BYTE_ARRAY",
            Self::Json => "JSON",
            Self::JsonSchemaGsr => "JSON_SCHEMA_GSR",
            Self::String => "STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BYTE_ARRAY", "JSON", "JSON_SCHEMA_GSR", "STRING"]
    }
}
impl ::std::convert::From<ValueConverter> for ::forma_core::Value<ValueConverter> {
    fn from(v: ValueConverter) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValueConverter {}

/// Record converter configuration for a topic
#[derive(Debug, Clone, PartialEq)]
pub struct RecordConverter {
    props: ::forma_core::schema::Props,
}
impl RecordConverter {
    /// A new value with its required properties: `ValueConverter`.
    pub fn new(value_converter: impl ::forma_core::schema::EnumArg<ValueConverter>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value_converter.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecordConverter> for ::forma_core::Value<RecordConverter> {
    fn from(v: RecordConverter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_CONVERTER_TYPE.properties))
    }
}

/// Record schema configuration for a topic
#[derive(Debug, Clone, PartialEq)]
pub struct RecordSchema {
    props: ::forma_core::schema::Props,
}
impl RecordSchema {
    /// A new value with its required properties: `GsrArn`.
    pub fn new(gsr_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gsr_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecordSchema> for ::forma_core::Value<RecordSchema> {
    fn from(v: RecordSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_SCHEMA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TIME_HOUR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartitionStrategy {
    /// `TIME_HOUR`
    TimeHour,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PartitionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TimeHour => "TIME_HOUR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TIME_HOUR"]
    }
}
impl ::std::convert::From<PartitionStrategy> for ::forma_core::Value<PartitionStrategy> {
    fn from(v: PartitionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PartitionStrategy {}

/// Partition specification
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionSpec {
    props: ::forma_core::schema::Props,
}
impl PartitionSpec {
    /// A new value with its required properties: `PartitionStrategy`.
    pub fn new(partition_strategy: impl ::forma_core::schema::EnumArg<PartitionStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, partition_strategy.into_enum_expr());
        Self { props }
    }
    /// Source list
    pub fn source_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PartitionSource>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PartitionSpec> for ::forma_core::Value<PartitionSpec> {
    fn from(v: PartitionSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_SPEC_TYPE.properties))
    }
}

/// Partition source configuration
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionSource {
    props: ::forma_core::schema::Props,
}
impl PartitionSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Source name
    pub fn source_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PartitionSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PartitionSource> for ::forma_core::Value<PartitionSource> {
    fn from(v: PartitionSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::MSK::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:cluster.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IcebergDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoggingInfo",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_LOGGING_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3DestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TopicConfigurationList",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ChannelArn", "Status", "StateInfo"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.EncryptionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:[\\w-]+:kms:[\\w-]+:\\d+:key.*\\Z"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static ICEBERG_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Channel.IcebergDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendOnly",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Catalog",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CATALOG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CompressionType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ZSTD", "SNAPPY"]),
            },
            ::forma_core::schema::Property {
                name: "DataFreshnessInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(60.0),
                    maximum: Some(900.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "DeadLetterQueueS3",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_QUEUE_S3_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DestinationTableList",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DESTINATION_TABLE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
                ),
            },
            ::forma_core::schema::Property {
                name: "SchemaEvolution",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SCHEMA_EVOLUTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ServiceExecutionRoleArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:[\\w-]+:iam::[\\w-]+:role.*\\Z"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "TableCreation",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TABLE_CREATION_TYPE),
            },
        ],
        rules: &[],
    };

static CHANNEL_LOGGING_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.ChannelLoggingInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Firehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOG_DESTINATION_TYPE),
        },
    ],
    rules: &[],
};

static S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.S3DestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataFreshnessInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeadLetterQueueS3",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_QUEUE_S3_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:iam::[\\w-]+:role.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Storage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_STORAGE_TYPE),
        },
    ],
    rules: &[],
};

static TOPIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.TopicConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordConverter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORD_CONVERTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORD_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:topic.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CATALOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.Catalog",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:glue:[\\w-]+:\\d+:catalog.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WarehouseLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEAD_LETTER_QUEUE_S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.DeadLetterQueueS3",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:s3:::.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorOutputPrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExpectedBucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DESTINATION_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.DestinationTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationDatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationTableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PartitionSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTITION_SPEC_TYPE),
        },
    ],
    rules: &[],
};

static SCHEMA_EVOLUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.SchemaEvolution",
    properties: &[::forma_core::schema::Property {
        name: "EnableSchemaEvolution",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TABLE_CREATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.TableCreation",
    properties: &[::forma_core::schema::Property {
        name: "EnableTableCreation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CLOUD_WATCH_LOGS_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.CloudWatchLogsLogDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FIREHOSE_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.FirehoseLogDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static S3_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.S3LogDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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

static S3_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.S3Storage",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:s3:::.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CompressionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "GZIP", "ZSTD"]),
        },
        ::forma_core::schema::Property {
            name: "ExpectedBucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputKeyTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "INTELLIGENT_TIERING", "GLACIER_IR"]),
        },
    ],
    rules: &[],
};

static RECORD_CONVERTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.RecordConverter",
    properties: &[::forma_core::schema::Property {
        name: "ValueConverter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["BYTE_ARRAY", "JSON", "JSON_SCHEMA_GSR", "STRING"]),
    }],
    rules: &[],
};

static RECORD_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.RecordSchema",
    properties: &[::forma_core::schema::Property {
        name: "GsrArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PARTITION_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.PartitionSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "PartitionStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TIME_HOUR"]),
        },
        ::forma_core::schema::Property {
            name: "SourceList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARTITION_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PARTITION_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Channel.PartitionSource",
    properties: &[::forma_core::schema::Property {
        name: "SourceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
