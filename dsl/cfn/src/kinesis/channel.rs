// @generated from AWS::Kinesis::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Kinesis::Channel` and its property types.

/// Resource Type definition for AWS::Kinesis::Channel
///
/// CloudFormation type `AWS::Kinesis::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource with its required properties: `ChannelName`, `ServiceExecutionRoleARN`, `StreamConfigurationList`.
    ///
    /// CloudFormation also needs exactly one of `S3DestinationConfiguration` or `S3TablesDestinationConfiguration`.
    #[track_caller]
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stream_configuration_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StreamConfiguration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, service_execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, stream_configuration_list.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Server-side encryption configuration for data at rest.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for delivering channel operational logs.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for delivery to a vanilla S3 bucket destination.
    #[track_caller]
    pub fn s3_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for delivery to S3 Tables destinations.
    #[track_caller]
    pub fn s3_tables_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3TablesDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) to associate with the Kinesis channel.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::Kinesis::Channel"
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
/// The attributes of a `AWS::Kinesis::Channel` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `ChannelARN`.
    pub fn channel_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelARN")
    }
    /// `Fn::GetAtt` `ChannelId`.
    pub fn channel_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelId")
    }
    /// `Fn::GetAtt` `ChannelStatus`.
    pub fn channel_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelStatus")
    }
    /// `Fn::GetAtt` `ChannelCreationTimestamp`.
    pub fn channel_creation_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelCreationTimestamp")
    }
}

/// The values CloudFormation documents: `KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `KMS`
    Kms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Kms => "KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KMS"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// Server-side encryption configuration for data at rest in the destination.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `EncryptionType`, `KeyId`.
    pub fn new(
        encryption_type: impl ::forma_core::schema::EnumArg<EncryptionType>,
        key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_type.into_enum_expr());
        props.set(1, key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for delivering channel operational logs.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new value with its required properties: `CloudWatchLogs`.
    pub fn new(cloud_watch_logs: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_logs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggingConfiguration> for ::forma_core::Value<LoggingConfiguration> {
    fn from(v: LoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for delivery to a vanilla S3 bucket destination.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DestinationConfiguration {
    /// A new value with its required properties: `StorageConfiguration`.
    pub fn new(storage_configuration: impl ::std::convert::Into<::forma_core::Value<S3StorageConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, storage_configuration.into().into_expr());
        Self { props }
    }
    /// The maximum time in seconds the channel buffers records before delivery if the minimum target file size is not reached.
    pub fn data_freshness_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Optional dead-letter queue (DLQ) configuration for records that cannot be delivered to the destination.
    pub fn dead_letter_queue_s3_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterQueueS3Configuration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DestinationConfiguration> for ::forma_core::Value<S3DestinationConfiguration> {
    fn from(v: S3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for delivery to S3 Tables destinations.
#[derive(Debug, Clone, PartialEq)]
pub struct S3TablesDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3TablesDestinationConfiguration {
    /// A new value with its required properties: `DeadLetterQueueS3Configuration`, `S3TablesConfigurationList`.
    pub fn new(
        dead_letter_queue_s3_configuration: impl ::std::convert::Into<::forma_core::Value<DeadLetterQueueS3Configuration>>,
        s3_tables_configuration_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3TableConfiguration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, dead_letter_queue_s3_configuration.into().into_expr());
        props.set(2, s3_tables_configuration_list.into().into_expr());
        Self { props }
    }
    /// The maximum time in seconds the channel buffers records before delivery if the minimum target file size is not reached.
    pub fn data_freshness_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3TablesDestinationConfiguration> for ::forma_core::Value<S3TablesDestinationConfiguration> {
    fn from(v: S3TablesDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TABLES_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration of a Kinesis stream that the channel reads from.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamConfiguration {
    props: ::forma_core::schema::Props,
}
impl StreamConfiguration {
    /// A new value with its required properties: `RecordConfiguration`, `StreamARN`.
    pub fn new(
        record_configuration: impl ::std::convert::Into<::forma_core::Value<RecordConfiguration>>,
        stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_configuration.into().into_expr());
        props.set(1, stream_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StreamConfiguration> for ::forma_core::Value<StreamConfiguration> {
    fn from(v: StreamConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_CONFIGURATION_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) to associate with the Kinesis channel.
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

/// CloudWatch Logs configuration for the channel.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsConfiguration {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The CloudWatch log group name.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The CloudWatch log stream name.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_stream_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchLogsConfiguration> for ::forma_core::Value<CloudWatchLogsConfiguration> {
    fn from(v: CloudWatchLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration of the S3 bucket used to capture records that cannot be delivered to the primary destination.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetterQueueS3Configuration {
    props: ::forma_core::schema::Props,
}
impl DeadLetterQueueS3Configuration {
    /// A new value with its required properties: `BucketARN`, `ExpectedBucketOwner`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        expected_bucket_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(2, expected_bucket_owner.into().into_expr());
        Self { props }
    }
    /// Optional S3 key prefix under which error records are organized.
    ///
    /// Allowed: length 1 to 512.
    pub fn error_output_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeadLetterQueueS3Configuration> for ::forma_core::Value<DeadLetterQueueS3Configuration> {
    fn from(v: DeadLetterQueueS3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEAD_LETTER_QUEUE_S3_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `GZIP`, `ZSTD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionType {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// `ZSTD`
    Zstd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionType {
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
impl ::std::convert::From<CompressionType> for ::forma_core::Value<CompressionType> {
    fn from(v: CompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionType {}

/// The values CloudFormation documents: `STANDARD`, `INTELLIGENT_TIERING`, `GLACIER_IR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `GLACIER_IR`
    GlacierIr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageClass {
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
impl ::std::convert::From<StorageClass> for ::forma_core::Value<StorageClass> {
    fn from(v: StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageClass {}

/// S3 storage configuration that describes the destination bucket and how delivered objects are stored.
#[derive(Debug, Clone, PartialEq)]
pub struct S3StorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3StorageConfiguration {
    /// A new value with its required properties: `BucketARN`, `CompressionType`, `ExpectedBucketOwner`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        compression_type: impl ::forma_core::schema::EnumArg<CompressionType>,
        expected_bucket_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(1, compression_type.into_enum_expr());
        props.set(2, expected_bucket_owner.into().into_expr());
        Self { props }
    }
    /// Optional template for the S3 object key path.
    ///
    /// Allowed: length 1 to 1024.
    pub fn output_key_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The S3 storage class for delivered objects.
    pub fn storage_class(mut self, value: impl ::forma_core::schema::EnumArg<StorageClass>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<S3StorageConfiguration> for ::forma_core::Value<S3StorageConfiguration> {
    fn from(v: S3StorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `ZSTD`, `SNAPPY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3TableConfigurationCompressionType {
    /// `NONE`
    None,
    /// `ZSTD`
    Zstd,
    /// `SNAPPY`
    Snappy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3TableConfigurationCompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Zstd => "ZSTD",
            Self::Snappy => "SNAPPY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "ZSTD", "SNAPPY"]
    }
}
impl ::std::convert::From<S3TableConfigurationCompressionType>
    for ::forma_core::Value<S3TableConfigurationCompressionType>
{
    fn from(v: S3TableConfigurationCompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3TableConfigurationCompressionType {}

/// An S3 Tables destination including its table bucket, namespace, table name, and partition spec.
#[derive(Debug, Clone, PartialEq)]
pub struct S3TableConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3TableConfiguration {
    /// A new value with its required properties: `CompressionType`, `Namespace`, `TableBucketARN`, `TableName`.
    pub fn new(
        compression_type: impl ::forma_core::schema::EnumArg<S3TableConfigurationCompressionType>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compression_type.into_enum_expr());
        props.set(1, namespace.into().into_expr());
        props.set(3, table_bucket_arn.into().into_expr());
        props.set(4, table_name.into().into_expr());
        Self { props }
    }
    /// The partition specification used by the destination Iceberg table.
    pub fn partition_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<PartitionSpec>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3TableConfiguration> for ::forma_core::Value<S3TableConfiguration> {
    fn from(v: S3TableConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TABLE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GSR_JSON`, `JSON`, `STRING`, `BYTE_ARRAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordFormatType {
    /// `GSR_JSON`
    GsrJson,
    /// `JSON`
    Json,
    /// `STRING`
    String,
    /// `BYTE_ARRAY`
    ByteArray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordFormatType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GsrJson => "GSR_JSON",
            Self::Json => "JSON",
            Self::String => "STRING",
            Self::ByteArray => "BYTE_ARRAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GSR_JSON", "JSON", "STRING", "BYTE_ARRAY"]
    }
}
impl ::std::convert::From<RecordFormatType> for ::forma_core::Value<RecordFormatType> {
    fn from(v: RecordFormatType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordFormatType {}

/// The configuration that describes how records on the source stream are encoded.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordConfiguration {
    props: ::forma_core::schema::Props,
}
impl RecordConfiguration {
    /// A new value with its required properties: `RecordFormatType`.
    pub fn new(record_format_type: impl ::forma_core::schema::EnumArg<RecordFormatType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, record_format_type.into_enum_expr());
        Self { props }
    }
    /// The ARN of the AWS Glue Schema Registry (GSR) schema.
    ///
    /// Allowed: length 1 to 512.
    pub fn gsr_schema_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordConfiguration> for ::forma_core::Value<RecordConfiguration> {
    fn from(v: RecordConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_CONFIGURATION_TYPE.properties))
    }
}

/// Partitioning specification for the destination Iceberg table.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionSpec {
    props: ::forma_core::schema::Props,
}
impl PartitionSpec {
    /// A new value with its required properties: `PartitionFields`.
    pub fn new(
        partition_fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PartitionField>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, partition_fields.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PartitionSpec> for ::forma_core::Value<PartitionSpec> {
    fn from(v: PartitionSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_SPEC_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TIME_HOUR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Transform {
    /// `TIME_HOUR`
    TimeHour,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Transform {
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
impl ::std::convert::From<Transform> for ::forma_core::Value<Transform> {
    fn from(v: Transform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Transform {}

/// A single partition field consisting of a transform applied to a source column.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionField {
    props: ::forma_core::schema::Props,
}
impl PartitionField {
    /// A new value with its required properties: `SourceName`, `Transform`.
    pub fn new(
        source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transform: impl ::forma_core::schema::EnumArg<Transform>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_name.into().into_expr());
        props.set(1, transform.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<PartitionField> for ::forma_core::Value<PartitionField> {
    fn from(v: PartitionField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_FIELD_TYPE.properties))
    }
}

/// The schema of `AWS::Kinesis::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Kinesis::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3DestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3TablesDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_TABLES_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceExecutionRoleARN",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamConfigurationList",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STREAM_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["S3DestinationConfiguration"],
        &["S3TablesDestinationConfiguration"],
    ])],
    attributes: &["ChannelARN", "ChannelId", "ChannelStatus", "ChannelCreationTimestamp"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KMS"]),
        },
        ::forma_core::schema::Property {
            name: "KeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.LoggingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchLogs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.S3DestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataFreshnessInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DeadLetterQueueS3Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_QUEUE_S3_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_STORAGE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static S3_TABLES_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kinesis::Channel.S3TablesDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataFreshnessInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "DeadLetterQueueS3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_QUEUE_S3_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "S3TablesConfigurationList",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&S3_TABLE_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10000) },
                ),
            },
        ],
        rules: &[],
    };

static STREAM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.StreamConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORD_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.Tag",
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
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.CloudWatchLogsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogStreamName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static DEAD_LETTER_QUEUE_S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kinesis::Channel.DeadLetterQueueS3Configuration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BucketARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[-a-z0-9]*:s3:::[a-z0-9._-]{3,63}$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ErrorOutputPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9A-Za-z!\\-_'.*()\\/]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ExpectedBucketOwner",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\d{12}$"),
                    min_length: Some(12),
                    max_length: Some(12),
                }),
            },
        ],
        rules: &[],
    };

static S3_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.S3StorageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:s3:::[a-z0-9._-]{3,63}$"),
                min_length: Some(1),
                max_length: Some(2048),
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
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputKeyTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z!\\-_'.*()\\/=:{}]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "INTELLIGENT_TIERING", "GLACIER_IR"]),
        },
    ],
    rules: &[],
};

static S3_TABLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.S3TableConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompressionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "ZSTD", "SNAPPY"]),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartitionSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTITION_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableBucketARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:s3tables:[-a-z0-9]+:[0-9]{12}:bucket/[a-z0-9_-]{3,63}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static RECORD_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.RecordConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GSRSchemaARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:glue:[-a-z0-9]+:\\d{12}:schema/[-a-zA-Z0-9_$#.]+/[-a-zA-Z0-9_$#.]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordFormatType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GSR_JSON", "JSON", "STRING", "BYTE_ARRAY"]),
        },
    ],
    rules: &[],
};

static PARTITION_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.PartitionSpec",
    properties: &[::forma_core::schema::Property {
        name: "PartitionFields",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PARTITION_FIELD_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PARTITION_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Channel.PartitionField",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Transform",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TIME_HOUR"]),
        },
    ],
    rules: &[],
};
