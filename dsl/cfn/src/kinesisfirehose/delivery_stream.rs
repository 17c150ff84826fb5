// @generated from AWS::KinesisFirehose::DeliveryStream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisFirehose::DeliveryStream` and its property types.

/// Resource Type definition for AWS::KinesisFirehose::DeliveryStream
///
/// CloudFormation type `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryStream {
    props: ::forma_core::schema::Props,
}
impl DeliveryStream {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AmazonOpenSearchServerlessDestinationConfiguration`.
    #[track_caller]
    pub fn amazon_open_search_serverless_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonOpenSearchServerlessDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AmazonopensearchserviceDestinationConfiguration`.
    #[track_caller]
    pub fn amazonopensearchservice_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonopensearchserviceDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DatabaseSourceConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabaseSourceConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeliveryStreamEncryptionConfigurationInput`.
    #[track_caller]
    pub fn delivery_stream_encryption_configuration_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeliveryStreamEncryptionConfigurationInput>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeliveryStreamName`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn delivery_stream_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeliveryStreamType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn delivery_stream_type(mut self, value: impl ::forma_core::schema::EnumArg<DeliveryStreamType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DirectPutSourceConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn direct_put_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DirectPutSourceConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ElasticsearchDestinationConfiguration`.
    #[track_caller]
    pub fn elasticsearch_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExtendedS3DestinationConfiguration`.
    #[track_caller]
    pub fn extended_s3_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExtendedS3DestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HttpEndpointDestinationConfiguration`.
    #[track_caller]
    pub fn http_endpoint_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpEndpointDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IcebergDestinationConfiguration`.
    #[track_caller]
    pub fn iceberg_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KinesisStreamSourceConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kinesis_stream_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamSourceConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MSKSourceConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn msk_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MskSourceConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RedshiftDestinationConfiguration`.
    #[track_caller]
    pub fn redshift_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `S3DestinationConfiguration`.
    #[track_caller]
    pub fn s3_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SnowflakeDestinationConfiguration`.
    #[track_caller]
    pub fn snowflake_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SplunkDestinationConfiguration`.
    #[track_caller]
    pub fn splunk_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SplunkDestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DeliveryStream {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DeliveryStream {
    type Attributes = DeliveryStreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisFirehose::DeliveryStream"
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
/// The attributes of a `AWS::KinesisFirehose::DeliveryStream` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeliveryStreamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeliveryStreamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeliveryStreamAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `DatabaseAsSource`, `DirectPut`, `KinesisStreamAsSource`, `MSKAsSource`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryStreamType {
    /// `DatabaseAsSource`
    DatabaseAsSource,
    /// `DirectPut`
    DirectPut,
    /// `KinesisStreamAsSource`
    KinesisStreamAsSource,
    /// `MSKAsSource`
    MskAsSource,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeliveryStreamType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DatabaseAsSource => "DatabaseAsSource",
            Self::DirectPut => "DirectPut",
            Self::KinesisStreamAsSource => "KinesisStreamAsSource",
            Self::MskAsSource => "MSKAsSource",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DatabaseAsSource", "DirectPut", "KinesisStreamAsSource", "MSKAsSource"]
    }
}
impl ::std::convert::From<DeliveryStreamType> for ::forma_core::Value<DeliveryStreamType> {
    fn from(v: DeliveryStreamType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeliveryStreamType {}

/// The values CloudFormation documents: `FailedDocumentsOnly`, `AllDocuments`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3BackupMode {
    /// `FailedDocumentsOnly`
    FailedDocumentsOnly,
    /// `AllDocuments`
    AllDocuments,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3BackupMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FailedDocumentsOnly => "FailedDocumentsOnly",
            Self::AllDocuments => "AllDocuments",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FailedDocumentsOnly", "AllDocuments"]
    }
}
impl ::std::convert::From<S3BackupMode> for ::forma_core::Value<S3BackupMode> {
    fn from(v: S3BackupMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3BackupMode {}

/// The `AmazonOpenSearchServerlessDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonOpenSearchServerlessDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AmazonOpenSearchServerlessDestinationConfiguration {
    /// A new value with its required properties: `IndexName`, `RoleARN`, `S3Configuration`.
    pub fn new(
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, index_name.into().into_expr());
        props.set(6, role_arn.into().into_expr());
        props.set(8, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonOpenSearchServerlessBufferingHints>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CollectionEndpoint`.
    ///
    /// Allowed: length 1 to 512.
    pub fn collection_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonOpenSearchServerlessRetryOptions>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3BackupMode>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `VpcConfiguration`.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AmazonOpenSearchServerlessDestinationConfiguration>
    for ::forma_core::Value<AmazonOpenSearchServerlessDestinationConfiguration>
{
    fn from(v: AmazonOpenSearchServerlessDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `NoRotation`, `OneHour`, `OneDay`, `OneWeek`, `OneMonth`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexRotationPeriod {
    /// `NoRotation`
    NoRotation,
    /// `OneHour`
    OneHour,
    /// `OneDay`
    OneDay,
    /// `OneWeek`
    OneWeek,
    /// `OneMonth`
    OneMonth,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IndexRotationPeriod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoRotation => "NoRotation",
            Self::OneHour => "OneHour",
            Self::OneDay => "OneDay",
            Self::OneWeek => "OneWeek",
            Self::OneMonth => "OneMonth",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth"]
    }
}
impl ::std::convert::From<IndexRotationPeriod> for ::forma_core::Value<IndexRotationPeriod> {
    fn from(v: IndexRotationPeriod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IndexRotationPeriod {}

/// The `AmazonopensearchserviceDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonopensearchserviceDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AmazonopensearchserviceDestinationConfiguration {
    /// A new value with its required properties: `IndexName`, `RoleARN`, `S3Configuration`.
    pub fn new(
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, index_name.into().into_expr());
        props.set(9, role_arn.into().into_expr());
        props.set(11, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonopensearchserviceBufferingHints>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ClusterEndpoint`.
    ///
    /// Allowed: length 1 to 512.
    pub fn cluster_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DocumentIdOptions`.
    pub fn document_id_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentIdOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DomainARN`.
    ///
    /// Allowed: length 1 to 512.
    pub fn domain_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IndexRotationPeriod`.
    pub fn index_rotation_period(mut self, value: impl ::forma_core::schema::EnumArg<IndexRotationPeriod>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonopensearchserviceRetryOptions>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3BackupMode>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// `TypeName`.
    ///
    /// Allowed: length 0 to 100.
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `VpcConfiguration`.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AmazonopensearchserviceDestinationConfiguration>
    for ::forma_core::Value<AmazonopensearchserviceDestinationConfiguration>
{
    fn from(v: AmazonopensearchserviceDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AMAZONOPENSEARCHSERVICE_DESTINATION_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `Disabled`, `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SslMode {
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SslMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Enabled"]
    }
}
impl ::std::convert::From<SslMode> for ::forma_core::Value<SslMode> {
    fn from(v: SslMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SslMode {}

/// The values CloudFormation documents: `MySQL`, `PostgreSQL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `MySQL`
    MySql,
    /// `PostgreSQL`
    PostgreSql,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MySql => "MySQL",
            Self::PostgreSql => "PostgreSQL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MySQL", "PostgreSQL"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `DatabaseSourceConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl DatabaseSourceConfiguration {
    /// A new value with its required properties: `DatabaseSourceAuthenticationConfiguration`, `DatabaseSourceVPCConfiguration`, `Databases`, `Endpoint`, `Port`, `SnapshotWatermarkTable`, `Tables`, `Type`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        database_source_authentication_configuration: impl ::std::convert::Into<
            ::forma_core::Value<DatabaseSourceAuthenticationConfiguration>,
        >,
        database_source_vpc_configuration: impl ::std::convert::Into<::forma_core::Value<DatabaseSourceVpcConfiguration>>,
        databases: impl ::std::convert::Into<::forma_core::Value<Databases>>,
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        snapshot_watermark_table: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tables: impl ::std::convert::Into<::forma_core::Value<DatabaseTables>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_source_authentication_configuration.into().into_expr());
        props.set(2, database_source_vpc_configuration.into().into_expr());
        props.set(3, databases.into().into_expr());
        props.set(5, endpoint.into().into_expr());
        props.set(6, port.into().into_expr());
        props.set(9, snapshot_watermark_table.into().into_expr());
        props.set(11, tables.into().into_expr());
        props.set(12, type_.into_enum_expr());
        Self { props }
    }
    /// `Columns`.
    pub fn columns(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatabaseColumns>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Digest`.
    ///
    /// Allowed: length 1 to 512.
    pub fn digest(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PublicCertificate`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn public_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `SSLMode`.
    pub fn ssl_mode(mut self, value: impl ::forma_core::schema::EnumArg<SslMode>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `SurrogateKeys`.
    pub fn surrogate_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatabaseSourceConfiguration> for ::forma_core::Value<DatabaseSourceConfiguration> {
    fn from(v: DatabaseSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_OWNED_CMK`, `CUSTOMER_MANAGED_CMK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `AWS_OWNED_CMK`
    AwsOwnedCmk,
    /// `CUSTOMER_MANAGED_CMK`
    CustomerManagedCmk,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsOwnedCmk => "AWS_OWNED_CMK",
            Self::CustomerManagedCmk => "CUSTOMER_MANAGED_CMK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_OWNED_CMK", "CUSTOMER_MANAGED_CMK"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// The `DeliveryStreamEncryptionConfigurationInput` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryStreamEncryptionConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl DeliveryStreamEncryptionConfigurationInput {
    /// A new value with its required properties: `KeyType`.
    pub fn new(key_type: impl ::forma_core::schema::EnumArg<KeyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, key_type.into_enum_expr());
        Self { props }
    }
    /// `KeyARN`.
    ///
    /// Allowed: length 1 to 512.
    pub fn key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeliveryStreamEncryptionConfigurationInput>
    for ::forma_core::Value<DeliveryStreamEncryptionConfigurationInput>
{
    fn from(v: DeliveryStreamEncryptionConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(DELIVERY_STREAM_ENCRYPTION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `DirectPutSourceConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectPutSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl DirectPutSourceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ThroughputHintInMBs`.
    ///
    /// Allowed: 1 to 100.
    pub fn throughput_hint_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DirectPutSourceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DirectPutSourceConfiguration> for ::forma_core::Value<DirectPutSourceConfiguration> {
    fn from(v: DirectPutSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIRECT_PUT_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ElasticsearchDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchDestinationConfiguration {
    /// A new value with its required properties: `IndexName`, `RoleARN`, `S3Configuration`.
    pub fn new(
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, index_name.into().into_expr());
        props.set(9, role_arn.into().into_expr());
        props.set(11, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchBufferingHints>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ClusterEndpoint`.
    ///
    /// Allowed: length 1 to 512.
    pub fn cluster_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DocumentIdOptions`.
    pub fn document_id_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentIdOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DomainARN`.
    ///
    /// Allowed: length 1 to 512.
    pub fn domain_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IndexRotationPeriod`.
    pub fn index_rotation_period(mut self, value: impl ::forma_core::schema::EnumArg<IndexRotationPeriod>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchRetryOptions>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3BackupMode>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// `TypeName`.
    ///
    /// Allowed: length 0 to 100.
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `VpcConfiguration`.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ElasticsearchDestinationConfiguration>
    for ::forma_core::Value<ElasticsearchDestinationConfiguration>
{
    fn from(v: ElasticsearchDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UNCOMPRESSED`, `GZIP`, `ZIP`, `Snappy`, `HADOOP_SNAPPY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionFormat {
    /// `UNCOMPRESSED`
    Uncompressed,
    /// `GZIP`
    Gzip,
    /// `ZIP`
    Zip,
    /// `Snappy`
    Snappy,
    /// `HADOOP_SNAPPY`
    HadoopSnappy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uncompressed => "UNCOMPRESSED",
            Self::Gzip => "GZIP",
            Self::Zip => "ZIP",
            Self::Snappy => "Snappy",
            Self::HadoopSnappy => "HADOOP_SNAPPY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY"]
    }
}
impl ::std::convert::From<CompressionFormat> for ::forma_core::Value<CompressionFormat> {
    fn from(v: CompressionFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionFormat {}

/// The values CloudFormation documents: `Disabled`, `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtendedS3DestinationConfigurationS3BackupMode {
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExtendedS3DestinationConfigurationS3BackupMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Enabled"]
    }
}
impl ::std::convert::From<ExtendedS3DestinationConfigurationS3BackupMode>
    for ::forma_core::Value<ExtendedS3DestinationConfigurationS3BackupMode>
{
    fn from(v: ExtendedS3DestinationConfigurationS3BackupMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExtendedS3DestinationConfigurationS3BackupMode {}

/// The `ExtendedS3DestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendedS3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExtendedS3DestinationConfiguration {
    /// A new value with its required properties: `BucketARN`, `RoleARN`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(12, role_arn.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(mut self, value: impl ::std::convert::Into<::forma_core::Value<BufferingHints>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CompressionFormat`.
    pub fn compression_format(mut self, value: impl ::forma_core::schema::EnumArg<CompressionFormat>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `CustomTimeZone`.
    ///
    /// Allowed: length 0 to 50.
    pub fn custom_time_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DataFormatConversionConfiguration`.
    pub fn data_format_conversion_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataFormatConversionConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `DynamicPartitioningConfiguration`.
    pub fn dynamic_partitioning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DynamicPartitioningConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EncryptionConfiguration`.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ErrorOutputPrefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn error_output_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `FileExtension`.
    ///
    /// Allowed: length 0 to 128.
    pub fn file_extension(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `S3BackupConfiguration`.
    pub fn s3_backup_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ExtendedS3DestinationConfigurationS3BackupMode>,
    ) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ExtendedS3DestinationConfiguration>
    for ::forma_core::Value<ExtendedS3DestinationConfiguration>
{
    fn from(v: ExtendedS3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTENDED_S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AllData`, `FailedDataOnly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpEndpointDestinationConfigurationS3BackupMode {
    /// `AllData`
    AllData,
    /// `FailedDataOnly`
    FailedDataOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpEndpointDestinationConfigurationS3BackupMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllData => "AllData",
            Self::FailedDataOnly => "FailedDataOnly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AllData", "FailedDataOnly"]
    }
}
impl ::std::convert::From<HttpEndpointDestinationConfigurationS3BackupMode>
    for ::forma_core::Value<HttpEndpointDestinationConfigurationS3BackupMode>
{
    fn from(v: HttpEndpointDestinationConfigurationS3BackupMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpEndpointDestinationConfigurationS3BackupMode {}

/// The `HttpEndpointDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpEndpointDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpEndpointDestinationConfiguration {
    /// A new value with its required properties: `EndpointConfiguration`, `S3Configuration`.
    pub fn new(
        endpoint_configuration: impl ::std::convert::Into<::forma_core::Value<HttpEndpointConfiguration>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, endpoint_configuration.into().into_expr());
        props.set(8, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(mut self, value: impl ::std::convert::Into<::forma_core::Value<BufferingHints>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RequestConfiguration`.
    pub fn request_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpEndpointRequestConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryOptions>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RoleARN`.
    ///
    /// Allowed: length 1 to 512.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<HttpEndpointDestinationConfigurationS3BackupMode>,
    ) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `SecretsManagerConfiguration`.
    pub fn secrets_manager_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretsManagerConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpEndpointDestinationConfiguration>
    for ::forma_core::Value<HttpEndpointDestinationConfiguration>
{
    fn from(v: HttpEndpointDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ENDPOINT_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AllData`, `FailedDataOnly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IcebergDestinationConfigurationS3BackupMode {
    /// `AllData`
    AllData,
    /// `FailedDataOnly`
    FailedDataOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IcebergDestinationConfigurationS3BackupMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllData => "AllData",
            Self::FailedDataOnly => "FailedDataOnly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AllData", "FailedDataOnly"]
    }
}
impl ::std::convert::From<IcebergDestinationConfigurationS3BackupMode>
    for ::forma_core::Value<IcebergDestinationConfigurationS3BackupMode>
{
    fn from(v: IcebergDestinationConfigurationS3BackupMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IcebergDestinationConfigurationS3BackupMode {}

/// The `IcebergDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl IcebergDestinationConfiguration {
    /// A new value with its required properties: `CatalogConfiguration`, `RoleARN`, `S3Configuration`.
    pub fn new(
        catalog_configuration: impl ::std::convert::Into<::forma_core::Value<CatalogConfiguration>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, catalog_configuration.into().into_expr());
        props.set(7, role_arn.into().into_expr());
        props.set(8, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `AppendOnly`.
    pub fn append_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BufferingHints`.
    pub fn buffering_hints(mut self, value: impl ::std::convert::Into<::forma_core::Value<BufferingHints>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DestinationTableConfigurationList`.
    pub fn destination_table_configuration_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DestinationTableConfiguration>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryOptions>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SchemaEvolutionConfiguration`.
    pub fn schema_evolution_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaEvolutionConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TableCreationConfiguration`.
    pub fn table_creation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TableCreationConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `s3BackupMode`.
    pub fn s3_backup_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<IcebergDestinationConfigurationS3BackupMode>,
    ) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<IcebergDestinationConfiguration> for ::forma_core::Value<IcebergDestinationConfiguration> {
    fn from(v: IcebergDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `KinesisStreamSourceConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamSourceConfiguration {
    /// A new value with its required properties: `KinesisStreamARN`, `RoleARN`.
    pub fn new(
        kinesis_stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kinesis_stream_arn.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisStreamSourceConfiguration> for ::forma_core::Value<KinesisStreamSourceConfiguration> {
    fn from(v: KinesisStreamSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAM_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `MSKSourceConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct MskSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl MskSourceConfiguration {
    /// A new value with its required properties: `AuthenticationConfiguration`, `MSKClusterARN`, `TopicName`.
    pub fn new(
        authentication_configuration: impl ::std::convert::Into<::forma_core::Value<AuthenticationConfiguration>>,
        msk_cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        topic_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_configuration.into().into_expr());
        props.set(1, msk_cluster_arn.into().into_expr());
        props.set(3, topic_name.into().into_expr());
        Self { props }
    }
    /// `ReadFromTimestamp`.
    pub fn read_from_timestamp(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MskSourceConfiguration> for ::forma_core::Value<MskSourceConfiguration> {
    fn from(v: MskSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSK_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `RedshiftDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftDestinationConfiguration {
    /// A new value with its required properties: `ClusterJDBCURL`, `CopyCommand`, `RoleARN`, `S3Configuration`.
    pub fn new(
        cluster_jdbcurl: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        copy_command: impl ::std::convert::Into<::forma_core::Value<CopyCommand>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, cluster_jdbcurl.into().into_expr());
        props.set(2, copy_command.into().into_expr());
        props.set(6, role_arn.into().into_expr());
        props.set(9, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Password`.
    ///
    /// Allowed: length 6 to 512.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftRetryOptions>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `S3BackupConfiguration`.
    pub fn s3_backup_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ExtendedS3DestinationConfigurationS3BackupMode>,
    ) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `SecretsManagerConfiguration`.
    pub fn secrets_manager_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretsManagerConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Username`.
    ///
    /// Allowed: length 1 to 512.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftDestinationConfiguration> for ::forma_core::Value<RedshiftDestinationConfiguration> {
    fn from(v: RedshiftDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3DestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DestinationConfiguration {
    /// A new value with its required properties: `BucketARN`, `RoleARN`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(7, role_arn.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(mut self, value: impl ::std::convert::Into<::forma_core::Value<BufferingHints>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CompressionFormat`.
    pub fn compression_format(mut self, value: impl ::forma_core::schema::EnumArg<CompressionFormat>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `EncryptionConfiguration`.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ErrorOutputPrefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn error_output_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DestinationConfiguration> for ::forma_core::Value<S3DestinationConfiguration> {
    fn from(v: S3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JSON_MAPPING`, `VARIANT_CONTENT_MAPPING`, `VARIANT_CONTENT_AND_METADATA_MAPPING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataLoadingOption {
    /// `JSON_MAPPING`
    JsonMapping,
    /// `VARIANT_CONTENT_MAPPING`
    VariantContentMapping,
    /// `VARIANT_CONTENT_AND_METADATA_MAPPING`
    VariantContentAndMetadataMapping,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataLoadingOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JsonMapping => "JSON_MAPPING",
            Self::VariantContentMapping => "VARIANT_CONTENT_MAPPING",
            Self::VariantContentAndMetadataMapping => "VARIANT_CONTENT_AND_METADATA_MAPPING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSON_MAPPING", "VARIANT_CONTENT_MAPPING", "VARIANT_CONTENT_AND_METADATA_MAPPING"]
    }
}
impl ::std::convert::From<DataLoadingOption> for ::forma_core::Value<DataLoadingOption> {
    fn from(v: DataLoadingOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataLoadingOption {}

/// The values CloudFormation documents: `FailedDataOnly`, `AllData`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnowflakeDestinationConfigurationS3BackupMode {
    /// `FailedDataOnly`
    FailedDataOnly,
    /// `AllData`
    AllData,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SnowflakeDestinationConfigurationS3BackupMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FailedDataOnly => "FailedDataOnly",
            Self::AllData => "AllData",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FailedDataOnly", "AllData"]
    }
}
impl ::std::convert::From<SnowflakeDestinationConfigurationS3BackupMode>
    for ::forma_core::Value<SnowflakeDestinationConfigurationS3BackupMode>
{
    fn from(v: SnowflakeDestinationConfigurationS3BackupMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SnowflakeDestinationConfigurationS3BackupMode {}

/// The `SnowflakeDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl SnowflakeDestinationConfiguration {
    /// A new value with its required properties: `AccountUrl`, `Database`, `RoleARN`, `S3Configuration`, `Schema`, `Table`.
    pub fn new(
        account_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
        schema: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_url.into().into_expr());
        props.set(5, database.into().into_expr());
        props.set(11, role_arn.into().into_expr());
        props.set(13, s3_configuration.into().into_expr());
        props.set(14, schema.into().into_expr());
        props.set(18, table.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeBufferingHints>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ContentColumnName`.
    ///
    /// Allowed: length 1 to 255.
    pub fn content_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DataLoadingOption`.
    pub fn data_loading_option(mut self, value: impl ::forma_core::schema::EnumArg<DataLoadingOption>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `KeyPassphrase`.
    ///
    /// Allowed: length 7 to 255.
    pub fn key_passphrase(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MetaDataColumnName`.
    ///
    /// Allowed: length 1 to 255.
    pub fn meta_data_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PrivateKey`.
    ///
    /// Allowed: length 256 to 4096.
    pub fn private_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeRetryOptions>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SnowflakeDestinationConfigurationS3BackupMode>,
    ) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// `SecretsManagerConfiguration`.
    pub fn secrets_manager_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretsManagerConfiguration>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `SnowflakeRoleConfiguration`.
    pub fn snowflake_role_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeRoleConfiguration>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `SnowflakeVpcConfiguration`.
    pub fn snowflake_vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeVpcConfiguration>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `User`.
    ///
    /// Allowed: length 1 to 255.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SnowflakeDestinationConfiguration>
    for ::forma_core::Value<SnowflakeDestinationConfiguration>
{
    fn from(v: SnowflakeDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Raw`, `Event`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HecEndpointType {
    /// `Raw`
    Raw,
    /// `Event`
    Event,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HecEndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Raw => "Raw",
            Self::Event => "Event",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Raw", "Event"]
    }
}
impl ::std::convert::From<HecEndpointType> for ::forma_core::Value<HecEndpointType> {
    fn from(v: HecEndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HecEndpointType {}

/// The values CloudFormation documents: `AllEvents`, `FailedEventsOnly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SplunkDestinationConfigurationS3BackupMode {
    /// `AllEvents`
    AllEvents,
    /// `FailedEventsOnly`
    FailedEventsOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SplunkDestinationConfigurationS3BackupMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllEvents => "AllEvents",
            Self::FailedEventsOnly => "FailedEventsOnly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AllEvents", "FailedEventsOnly"]
    }
}
impl ::std::convert::From<SplunkDestinationConfigurationS3BackupMode>
    for ::forma_core::Value<SplunkDestinationConfigurationS3BackupMode>
{
    fn from(v: SplunkDestinationConfigurationS3BackupMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SplunkDestinationConfigurationS3BackupMode {}

/// The `SplunkDestinationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SplunkDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl SplunkDestinationConfiguration {
    /// A new value with its required properties: `HECEndpoint`, `HECEndpointType`, `S3Configuration`.
    pub fn new(
        hec_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hec_endpoint_type: impl ::forma_core::schema::EnumArg<HecEndpointType>,
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, hec_endpoint.into().into_expr());
        props.set(4, hec_endpoint_type.into_enum_expr());
        props.set(9, s3_configuration.into().into_expr());
        Self { props }
    }
    /// `BufferingHints`.
    pub fn buffering_hints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SplunkBufferingHints>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchLoggingOptions`.
    pub fn cloud_watch_logging_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HECAcknowledgmentTimeoutInSeconds`.
    ///
    /// Allowed: 180 to 600.
    pub fn hec_acknowledgment_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HECToken`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn hec_token(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ProcessingConfiguration`.
    pub fn processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SplunkRetryOptions>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `S3BackupMode`.
    pub fn s3_backup_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SplunkDestinationConfigurationS3BackupMode>,
    ) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `SecretsManagerConfiguration`.
    pub fn secrets_manager_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretsManagerConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SplunkDestinationConfiguration> for ::forma_core::Value<SplunkDestinationConfiguration> {
    fn from(v: SplunkDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPLUNK_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::KinesisFirehose::DeliveryStream`.
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
    /// `Value`.
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

/// The `AmazonOpenSearchServerlessBufferingHints` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonOpenSearchServerlessBufferingHints {
    props: ::forma_core::schema::Props,
}
impl AmazonOpenSearchServerlessBufferingHints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IntervalInSeconds`.
    ///
    /// Allowed: 0 to 900.
    pub fn interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeInMBs`.
    ///
    /// Allowed: 1 to 100.
    pub fn size_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonOpenSearchServerlessBufferingHints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonOpenSearchServerlessBufferingHints>
    for ::forma_core::Value<AmazonOpenSearchServerlessBufferingHints>
{
    fn from(v: AmazonOpenSearchServerlessBufferingHints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS_TYPE.properties))
    }
}

/// The `CloudWatchLoggingOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLoggingOptions {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLoggingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogGroupName`.
    ///
    /// Allowed: length 0 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogStreamName`.
    ///
    /// Allowed: length 0 to 512.
    pub fn log_stream_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchLoggingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchLoggingOptions> for ::forma_core::Value<CloudWatchLoggingOptions> {
    fn from(v: CloudWatchLoggingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGGING_OPTIONS_TYPE.properties))
    }
}

/// The `ProcessingConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProcessingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Processors`.
    pub fn processors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Processor>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProcessingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProcessingConfiguration> for ::forma_core::Value<ProcessingConfiguration> {
    fn from(v: ProcessingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSING_CONFIGURATION_TYPE.properties))
    }
}

/// The `AmazonOpenSearchServerlessRetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonOpenSearchServerlessRetryOptions {
    props: ::forma_core::schema::Props,
}
impl AmazonOpenSearchServerlessRetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonOpenSearchServerlessRetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonOpenSearchServerlessRetryOptions>
    for ::forma_core::Value<AmazonOpenSearchServerlessRetryOptions>
{
    fn from(v: AmazonOpenSearchServerlessRetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS_TYPE.properties))
    }
}

/// The `VpcConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
    /// A new value with its required properties: `RoleARN`, `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        props.set(1, security_group_ids.into().into_expr());
        props.set(2, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `AmazonopensearchserviceBufferingHints` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonopensearchserviceBufferingHints {
    props: ::forma_core::schema::Props,
}
impl AmazonopensearchserviceBufferingHints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IntervalInSeconds`.
    ///
    /// Allowed: 0 to 900.
    pub fn interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeInMBs`.
    ///
    /// Allowed: 1 to 100.
    pub fn size_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonopensearchserviceBufferingHints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonopensearchserviceBufferingHints>
    for ::forma_core::Value<AmazonopensearchserviceBufferingHints>
{
    fn from(v: AmazonopensearchserviceBufferingHints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FIREHOSE_DEFAULT`, `NO_DOCUMENT_ID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultDocumentIdFormat {
    /// `FIREHOSE_DEFAULT`
    FirehoseDefault,
    /// `NO_DOCUMENT_ID`
    NoDocumentId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultDocumentIdFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FirehoseDefault => "FIREHOSE_DEFAULT",
            Self::NoDocumentId => "NO_DOCUMENT_ID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIREHOSE_DEFAULT", "NO_DOCUMENT_ID"]
    }
}
impl ::std::convert::From<DefaultDocumentIdFormat> for ::forma_core::Value<DefaultDocumentIdFormat> {
    fn from(v: DefaultDocumentIdFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultDocumentIdFormat {}

/// The `DocumentIdOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentIdOptions {
    props: ::forma_core::schema::Props,
}
impl DocumentIdOptions {
    /// A new value with its required properties: `DefaultDocumentIdFormat`.
    pub fn new(default_document_id_format: impl ::forma_core::schema::EnumArg<DefaultDocumentIdFormat>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_document_id_format.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentIdOptions> for ::forma_core::Value<DocumentIdOptions> {
    fn from(v: DocumentIdOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ID_OPTIONS_TYPE.properties))
    }
}

/// The `AmazonopensearchserviceRetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonopensearchserviceRetryOptions {
    props: ::forma_core::schema::Props,
}
impl AmazonopensearchserviceRetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonopensearchserviceRetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonopensearchserviceRetryOptions>
    for ::forma_core::Value<AmazonopensearchserviceRetryOptions>
{
    fn from(v: AmazonopensearchserviceRetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS_TYPE.properties))
    }
}

/// The `DatabaseColumns` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseColumns {
    props: ::forma_core::schema::Props,
}
impl DatabaseColumns {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exclude`.
    pub fn exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Include`.
    pub fn include(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatabaseColumns {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatabaseColumns> for ::forma_core::Value<DatabaseColumns> {
    fn from(v: DatabaseColumns) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_COLUMNS_TYPE.properties))
    }
}

/// The `DatabaseSourceAuthenticationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseSourceAuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DatabaseSourceAuthenticationConfiguration {
    /// A new value with its required properties: `SecretsManagerConfiguration`.
    pub fn new(
        secrets_manager_configuration: impl ::std::convert::Into<::forma_core::Value<SecretsManagerConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secrets_manager_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatabaseSourceAuthenticationConfiguration>
    for ::forma_core::Value<DatabaseSourceAuthenticationConfiguration>
{
    fn from(v: DatabaseSourceAuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_SOURCE_AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `DatabaseSourceVPCConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseSourceVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl DatabaseSourceVpcConfiguration {
    /// A new value with its required properties: `VpcEndpointServiceName`.
    pub fn new(
        vpc_endpoint_service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_endpoint_service_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatabaseSourceVpcConfiguration> for ::forma_core::Value<DatabaseSourceVpcConfiguration> {
    fn from(v: DatabaseSourceVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_SOURCE_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `Databases` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Databases {
    props: ::forma_core::schema::Props,
}
impl Databases {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exclude`.
    pub fn exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Include`.
    pub fn include(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Databases {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Databases> for ::forma_core::Value<Databases> {
    fn from(v: Databases) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASES_TYPE.properties))
    }
}

/// The `DatabaseTables` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseTables {
    props: ::forma_core::schema::Props,
}
impl DatabaseTables {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exclude`.
    pub fn exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Include`.
    pub fn include(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatabaseTables {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatabaseTables> for ::forma_core::Value<DatabaseTables> {
    fn from(v: DatabaseTables) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_TABLES_TYPE.properties))
    }
}

/// The `ElasticsearchBufferingHints` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchBufferingHints {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchBufferingHints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IntervalInSeconds`.
    ///
    /// Allowed: 0 to 900.
    pub fn interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeInMBs`.
    ///
    /// Allowed: 1 to 100.
    pub fn size_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ElasticsearchBufferingHints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElasticsearchBufferingHints> for ::forma_core::Value<ElasticsearchBufferingHints> {
    fn from(v: ElasticsearchBufferingHints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_BUFFERING_HINTS_TYPE.properties))
    }
}

/// The `ElasticsearchRetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchRetryOptions {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchRetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ElasticsearchRetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElasticsearchRetryOptions> for ::forma_core::Value<ElasticsearchRetryOptions> {
    fn from(v: ElasticsearchRetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_RETRY_OPTIONS_TYPE.properties))
    }
}

/// The `BufferingHints` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct BufferingHints {
    props: ::forma_core::schema::Props,
}
impl BufferingHints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IntervalInSeconds`.
    ///
    /// Allowed: 0 to 900.
    pub fn interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeInMBs`.
    ///
    /// Allowed: 1 to 128.
    pub fn size_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BufferingHints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BufferingHints> for ::forma_core::Value<BufferingHints> {
    fn from(v: BufferingHints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUFFERING_HINTS_TYPE.properties))
    }
}

/// The `DataFormatConversionConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFormatConversionConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataFormatConversionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputFormatConfiguration`.
    pub fn input_format_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputFormatConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputFormatConfiguration`.
    pub fn output_format_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputFormatConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SchemaConfiguration`.
    pub fn schema_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataFormatConversionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataFormatConversionConfiguration>
    for ::forma_core::Value<DataFormatConversionConfiguration>
{
    fn from(v: DataFormatConversionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_FORMAT_CONVERSION_CONFIGURATION_TYPE.properties))
    }
}

/// The `DynamicPartitioningConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamicPartitioningConfiguration {
    props: ::forma_core::schema::Props,
}
impl DynamicPartitioningConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RetryOptions`.
    pub fn retry_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DynamicPartitioningConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DynamicPartitioningConfiguration> for ::forma_core::Value<DynamicPartitioningConfiguration> {
    fn from(v: DynamicPartitioningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMIC_PARTITIONING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NoEncryption`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoEncryptionConfig {
    /// `NoEncryption`
    NoEncryption,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NoEncryptionConfig {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoEncryption => "NoEncryption",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NoEncryption"]
    }
}
impl ::std::convert::From<NoEncryptionConfig> for ::forma_core::Value<NoEncryptionConfig> {
    fn from(v: NoEncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NoEncryptionConfig {}

/// The `EncryptionConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KMSEncryptionConfig`.
    pub fn kms_encryption_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KmsEncryptionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NoEncryptionConfig`.
    pub fn no_encryption_config(mut self, value: impl ::forma_core::schema::EnumArg<NoEncryptionConfig>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `HttpEndpointConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpEndpointConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpEndpointConfiguration {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, url.into().into_expr());
        Self { props }
    }
    /// `AccessKey`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 256.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpEndpointConfiguration> for ::forma_core::Value<HttpEndpointConfiguration> {
    fn from(v: HttpEndpointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ENDPOINT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `GZIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentEncoding {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentEncoding {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Gzip => "GZIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "GZIP"]
    }
}
impl ::std::convert::From<ContentEncoding> for ::forma_core::Value<ContentEncoding> {
    fn from(v: ContentEncoding) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentEncoding {}

/// The `HttpEndpointRequestConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpEndpointRequestConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpEndpointRequestConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CommonAttributes`.
    pub fn common_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HttpEndpointCommonAttribute>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContentEncoding`.
    pub fn content_encoding(mut self, value: impl ::forma_core::schema::EnumArg<ContentEncoding>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for HttpEndpointRequestConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpEndpointRequestConfiguration> for ::forma_core::Value<HttpEndpointRequestConfiguration> {
    fn from(v: HttpEndpointRequestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ENDPOINT_REQUEST_CONFIGURATION_TYPE.properties))
    }
}

/// The `RetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryOptions {
    props: ::forma_core::schema::Props,
}
impl RetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetryOptions> for ::forma_core::Value<RetryOptions> {
    fn from(v: RetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETRY_OPTIONS_TYPE.properties))
    }
}

/// The `SecretsManagerConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretsManagerConfiguration {
    props: ::forma_core::schema::Props,
}
impl SecretsManagerConfiguration {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// `RoleARN`.
    ///
    /// Allowed: length 1 to 512.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecretARN`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SecretsManagerConfiguration> for ::forma_core::Value<SecretsManagerConfiguration> {
    fn from(v: SecretsManagerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRETS_MANAGER_CONFIGURATION_TYPE.properties))
    }
}

/// The `CatalogConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogConfiguration {
    props: ::forma_core::schema::Props,
}
impl CatalogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CatalogArn`.
    ///
    /// Allowed: length 1 to 512.
    pub fn catalog_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `WarehouseLocation`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn warehouse_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CatalogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CatalogConfiguration> for ::forma_core::Value<CatalogConfiguration> {
    fn from(v: CatalogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATALOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `DestinationTableConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationTableConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationTableConfiguration {
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
    /// `PartitionSpec`.
    pub fn partition_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationTableConfigurationPartitionSpec>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3ErrorOutputPrefix`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_error_output_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `UniqueKeys`.
    pub fn unique_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DestinationTableConfiguration> for ::forma_core::Value<DestinationTableConfiguration> {
    fn from(v: DestinationTableConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TABLE_CONFIGURATION_TYPE.properties))
    }
}

/// The `SchemaEvolutionConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaEvolutionConfiguration {
    props: ::forma_core::schema::Props,
}
impl SchemaEvolutionConfiguration {
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
impl ::std::default::Default for SchemaEvolutionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaEvolutionConfiguration> for ::forma_core::Value<SchemaEvolutionConfiguration> {
    fn from(v: SchemaEvolutionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_EVOLUTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `TableCreationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableCreationConfiguration {
    props: ::forma_core::schema::Props,
}
impl TableCreationConfiguration {
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
impl ::std::default::Default for TableCreationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TableCreationConfiguration> for ::forma_core::Value<TableCreationConfiguration> {
    fn from(v: TableCreationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_CREATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUBLIC`, `PRIVATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Connectivity {
    /// `PUBLIC`
    Public,
    /// `PRIVATE`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Connectivity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "PRIVATE"]
    }
}
impl ::std::convert::From<Connectivity> for ::forma_core::Value<Connectivity> {
    fn from(v: Connectivity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Connectivity {}

/// The `AuthenticationConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthenticationConfiguration {
    /// A new value with its required properties: `Connectivity`, `RoleARN`.
    pub fn new(
        connectivity: impl ::forma_core::schema::EnumArg<Connectivity>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connectivity.into_enum_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthenticationConfiguration> for ::forma_core::Value<AuthenticationConfiguration> {
    fn from(v: AuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `CopyCommand` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyCommand {
    props: ::forma_core::schema::Props,
}
impl CopyCommand {
    /// A new value with its required properties: `DataTableName`.
    pub fn new(data_table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, data_table_name.into().into_expr());
        Self { props }
    }
    /// `CopyOptions`.
    ///
    /// Allowed: length 0 to 204800.
    pub fn copy_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataTableColumns`.
    ///
    /// Allowed: length 0 to 204800.
    pub fn data_table_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CopyCommand> for ::forma_core::Value<CopyCommand> {
    fn from(v: CopyCommand) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COPY_COMMAND_TYPE.properties))
    }
}

/// The `RedshiftRetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftRetryOptions {
    props: ::forma_core::schema::Props,
}
impl RedshiftRetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RedshiftRetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RedshiftRetryOptions> for ::forma_core::Value<RedshiftRetryOptions> {
    fn from(v: RedshiftRetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_RETRY_OPTIONS_TYPE.properties))
    }
}

/// The `SnowflakeBufferingHints` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeBufferingHints {
    props: ::forma_core::schema::Props,
}
impl SnowflakeBufferingHints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IntervalInSeconds`.
    ///
    /// Allowed: 0 to 900.
    pub fn interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeInMBs`.
    ///
    /// Allowed: 1 to 128.
    pub fn size_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnowflakeBufferingHints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnowflakeBufferingHints> for ::forma_core::Value<SnowflakeBufferingHints> {
    fn from(v: SnowflakeBufferingHints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_BUFFERING_HINTS_TYPE.properties))
    }
}

/// The `SnowflakeRetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeRetryOptions {
    props: ::forma_core::schema::Props,
}
impl SnowflakeRetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnowflakeRetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnowflakeRetryOptions> for ::forma_core::Value<SnowflakeRetryOptions> {
    fn from(v: SnowflakeRetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_RETRY_OPTIONS_TYPE.properties))
    }
}

/// The `SnowflakeRoleConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeRoleConfiguration {
    props: ::forma_core::schema::Props,
}
impl SnowflakeRoleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SnowflakeRole`.
    ///
    /// Allowed: length 1 to 255.
    pub fn snowflake_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnowflakeRoleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnowflakeRoleConfiguration> for ::forma_core::Value<SnowflakeRoleConfiguration> {
    fn from(v: SnowflakeRoleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_ROLE_CONFIGURATION_TYPE.properties))
    }
}

/// The `SnowflakeVpcConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl SnowflakeVpcConfiguration {
    /// A new value with its required properties: `PrivateLinkVpceId`.
    pub fn new(private_link_vpce_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, private_link_vpce_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SnowflakeVpcConfiguration> for ::forma_core::Value<SnowflakeVpcConfiguration> {
    fn from(v: SnowflakeVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `SplunkBufferingHints` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SplunkBufferingHints {
    props: ::forma_core::schema::Props,
}
impl SplunkBufferingHints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IntervalInSeconds`.
    ///
    /// Allowed: 0 to 60.
    pub fn interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeInMBs`.
    ///
    /// Allowed: 1 to 5.
    pub fn size_in_m_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SplunkBufferingHints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SplunkBufferingHints> for ::forma_core::Value<SplunkBufferingHints> {
    fn from(v: SplunkBufferingHints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPLUNK_BUFFERING_HINTS_TYPE.properties))
    }
}

/// The `SplunkRetryOptions` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SplunkRetryOptions {
    props: ::forma_core::schema::Props,
}
impl SplunkRetryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DurationInSeconds`.
    ///
    /// Allowed: 0 to 7200.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SplunkRetryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SplunkRetryOptions> for ::forma_core::Value<SplunkRetryOptions> {
    fn from(v: SplunkRetryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPLUNK_RETRY_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RecordDeAggregation`, `Decompression`, `CloudWatchLogProcessing`, `Lambda`, `MetadataExtraction`, `AppendDelimiterToRecord`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProcessorType {
    /// `RecordDeAggregation`
    RecordDeAggregation,
    /// `Decompression`
    Decompression,
    /// `CloudWatchLogProcessing`
    CloudWatchLogProcessing,
    /// `Lambda`
    Lambda,
    /// `MetadataExtraction`
    MetadataExtraction,
    /// `AppendDelimiterToRecord`
    AppendDelimiterToRecord,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProcessorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RecordDeAggregation => "RecordDeAggregation",
            Self::Decompression => "Decompression",
            Self::CloudWatchLogProcessing => "CloudWatchLogProcessing",
            Self::Lambda => "Lambda",
            Self::MetadataExtraction => "MetadataExtraction",
            Self::AppendDelimiterToRecord => "AppendDelimiterToRecord",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "RecordDeAggregation",
            "Decompression",
            "CloudWatchLogProcessing",
            "Lambda",
            "MetadataExtraction",
            "AppendDelimiterToRecord",
        ]
    }
}
impl ::std::convert::From<ProcessorType> for ::forma_core::Value<ProcessorType> {
    fn from(v: ProcessorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProcessorType {}

/// The `Processor` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Processor {
    props: ::forma_core::schema::Props,
}
impl Processor {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ProcessorType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `Parameters`.
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProcessorParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Processor> for ::forma_core::Value<Processor> {
    fn from(v: Processor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_TYPE.properties))
    }
}

/// The `InputFormatConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputFormatConfiguration {
    props: ::forma_core::schema::Props,
}
impl InputFormatConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Deserializer`.
    pub fn deserializer(mut self, value: impl ::std::convert::Into<::forma_core::Value<Deserializer>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputFormatConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputFormatConfiguration> for ::forma_core::Value<InputFormatConfiguration> {
    fn from(v: InputFormatConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_FORMAT_CONFIGURATION_TYPE.properties))
    }
}

/// The `OutputFormatConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputFormatConfiguration {
    props: ::forma_core::schema::Props,
}
impl OutputFormatConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Serializer`.
    pub fn serializer(mut self, value: impl ::std::convert::Into<::forma_core::Value<Serializer>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputFormatConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputFormatConfiguration> for ::forma_core::Value<OutputFormatConfiguration> {
    fn from(v: OutputFormatConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_FORMAT_CONFIGURATION_TYPE.properties))
    }
}

/// The `SchemaConfiguration` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaConfiguration {
    props: ::forma_core::schema::Props,
}
impl SchemaConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CatalogId`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseName`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Region`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RoleARN`.
    ///
    /// Allowed: length 1 to 512.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TableName`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `VersionId`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaConfiguration> for ::forma_core::Value<SchemaConfiguration> {
    fn from(v: SchemaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_CONFIGURATION_TYPE.properties))
    }
}

/// The `KMSEncryptionConfig` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct KmsEncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl KmsEncryptionConfig {
    /// A new value with its required properties: `AWSKMSKeyARN`.
    pub fn new(awskms_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, awskms_key_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KmsEncryptionConfig> for ::forma_core::Value<KmsEncryptionConfig> {
    fn from(v: KmsEncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KMS_ENCRYPTION_CONFIG_TYPE.properties))
    }
}

/// The `HttpEndpointCommonAttribute` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpEndpointCommonAttribute {
    props: ::forma_core::schema::Props,
}
impl HttpEndpointCommonAttribute {
    /// A new value with its required properties: `AttributeName`, `AttributeValue`.
    pub fn new(
        attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        attribute_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        props.set(1, attribute_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HttpEndpointCommonAttribute> for ::forma_core::Value<HttpEndpointCommonAttribute> {
    fn from(v: HttpEndpointCommonAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ENDPOINT_COMMON_ATTRIBUTE_TYPE.properties))
    }
}

/// The `DestinationTableConfigurationPartitionSpec` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationTableConfigurationPartitionSpec {
    props: ::forma_core::schema::Props,
}
impl DestinationTableConfigurationPartitionSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Identity`.
    pub fn identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PartitionField>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationTableConfigurationPartitionSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationTableConfigurationPartitionSpec>
    for ::forma_core::Value<DestinationTableConfigurationPartitionSpec>
{
    fn from(v: DestinationTableConfigurationPartitionSpec) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(DESTINATION_TABLE_CONFIGURATION_PARTITION_SPEC_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `BufferIntervalInSeconds`, `BufferSizeInMBs`, `CompressionFormat`, `DataMessageExtraction`, `Delimiter`, `JsonParsingEngine`, `LambdaArn`, `MetadataExtractionQuery`, `NumberOfRetries`, `RoleArn`, `SubRecordType`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParameterName {
    /// `BufferIntervalInSeconds`
    BufferIntervalInSeconds,
    /// `BufferSizeInMBs`
    BufferSizeInMBs,
    /// `CompressionFormat`
    CompressionFormat,
    /// `DataMessageExtraction`
    DataMessageExtraction,
    /// `Delimiter`
    Delimiter,
    /// `JsonParsingEngine`
    JsonParsingEngine,
    /// `LambdaArn`
    LambdaArn,
    /// `MetadataExtractionQuery`
    MetadataExtractionQuery,
    /// `NumberOfRetries`
    NumberOfRetries,
    /// `RoleArn`
    RoleArn,
    /// `SubRecordType`
    SubRecordType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParameterName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BufferIntervalInSeconds => "BufferIntervalInSeconds",
            Self::BufferSizeInMBs => "BufferSizeInMBs",
            Self::CompressionFormat => "CompressionFormat",
            Self::DataMessageExtraction => "DataMessageExtraction",
            Self::Delimiter => "Delimiter",
            Self::JsonParsingEngine => "JsonParsingEngine",
            Self::LambdaArn => "LambdaArn",
            Self::MetadataExtractionQuery => "MetadataExtractionQuery",
            Self::NumberOfRetries => "NumberOfRetries",
            Self::RoleArn => "RoleArn",
            Self::SubRecordType => "SubRecordType",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "BufferIntervalInSeconds",
            "BufferSizeInMBs",
            "CompressionFormat",
            "DataMessageExtraction",
            "Delimiter",
            "JsonParsingEngine",
            "LambdaArn",
            "MetadataExtractionQuery",
            "NumberOfRetries",
            "RoleArn",
            "SubRecordType",
        ]
    }
}
impl ::std::convert::From<ParameterName> for ::forma_core::Value<ParameterName> {
    fn from(v: ParameterName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParameterName {}

/// The `ProcessorParameter` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorParameter {
    props: ::forma_core::schema::Props,
}
impl ProcessorParameter {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::forma_core::schema::EnumArg<ParameterName>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into_enum_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorParameter> for ::forma_core::Value<ProcessorParameter> {
    fn from(v: ProcessorParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_PARAMETER_TYPE.properties))
    }
}

/// The `Deserializer` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Deserializer {
    props: ::forma_core::schema::Props,
}
impl Deserializer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HiveJsonSerDe`.
    pub fn hive_json_ser_de(mut self, value: impl ::std::convert::Into<::forma_core::Value<HiveJsonSerDe>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OpenXJsonSerDe`.
    pub fn open_x_json_ser_de(mut self, value: impl ::std::convert::Into<::forma_core::Value<OpenXJsonSerDe>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Deserializer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Deserializer> for ::forma_core::Value<Deserializer> {
    fn from(v: Deserializer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESERIALIZER_TYPE.properties))
    }
}

/// The `Serializer` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Serializer {
    props: ::forma_core::schema::Props,
}
impl Serializer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OrcSerDe`.
    pub fn orc_ser_de(mut self, value: impl ::std::convert::Into<::forma_core::Value<OrcSerDe>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ParquetSerDe`.
    pub fn parquet_ser_de(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParquetSerDe>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Serializer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Serializer> for ::forma_core::Value<Serializer> {
    fn from(v: Serializer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERIALIZER_TYPE.properties))
    }
}

/// The `PartitionField` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionField {
    props: ::forma_core::schema::Props,
}
impl PartitionField {
    /// A new value with its required properties: `SourceName`.
    pub fn new(source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PartitionField> for ::forma_core::Value<PartitionField> {
    fn from(v: PartitionField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_FIELD_TYPE.properties))
    }
}

/// The `HiveJsonSerDe` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct HiveJsonSerDe {
    props: ::forma_core::schema::Props,
}
impl HiveJsonSerDe {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TimestampFormats`.
    pub fn timestamp_formats(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HiveJsonSerDe {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HiveJsonSerDe> for ::forma_core::Value<HiveJsonSerDe> {
    fn from(v: HiveJsonSerDe) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HIVE_JSON_SER_DE_TYPE.properties))
    }
}

/// The `OpenXJsonSerDe` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenXJsonSerDe {
    props: ::forma_core::schema::Props,
}
impl OpenXJsonSerDe {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaseInsensitive`.
    pub fn case_insensitive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ColumnToJsonKeyMappings`.
    pub fn column_to_json_key_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConvertDotsInJsonKeysToUnderscores`.
    pub fn convert_dots_in_json_keys_to_underscores(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OpenXJsonSerDe {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OpenXJsonSerDe> for ::forma_core::Value<OpenXJsonSerDe> {
    fn from(v: OpenXJsonSerDe) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_X_JSON_SER_DE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `SNAPPY`, `ZLIB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Compression {
    /// `NONE`
    None,
    /// `SNAPPY`
    Snappy,
    /// `ZLIB`
    Zlib,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Compression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Snappy => "SNAPPY",
            Self::Zlib => "ZLIB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SNAPPY", "ZLIB"]
    }
}
impl ::std::convert::From<Compression> for ::forma_core::Value<Compression> {
    fn from(v: Compression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Compression {}

/// The values CloudFormation documents: `V0_11`, `V0_12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormatVersion {
    /// `V0_11`
    V011,
    /// `V0_12`
    V012,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FormatVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V011 => "V0_11",
            Self::V012 => "V0_12",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V0_11", "V0_12"]
    }
}
impl ::std::convert::From<FormatVersion> for ::forma_core::Value<FormatVersion> {
    fn from(v: FormatVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FormatVersion {}

/// The `OrcSerDe` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrcSerDe {
    props: ::forma_core::schema::Props,
}
impl OrcSerDe {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlockSizeBytes`.
    ///
    /// Allowed: at least 67108864.
    pub fn block_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BloomFilterColumns`.
    pub fn bloom_filter_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BloomFilterFalsePositiveProbability`.
    ///
    /// Allowed: 0 to 1.
    pub fn bloom_filter_false_positive_probability(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Compression`.
    pub fn compression(mut self, value: impl ::forma_core::schema::EnumArg<Compression>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `DictionaryKeyThreshold`.
    ///
    /// Allowed: 0 to 1.
    pub fn dictionary_key_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EnablePadding`.
    pub fn enable_padding(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FormatVersion`.
    pub fn format_version(mut self, value: impl ::forma_core::schema::EnumArg<FormatVersion>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `PaddingTolerance`.
    ///
    /// Allowed: 0 to 1.
    pub fn padding_tolerance(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RowIndexStride`.
    ///
    /// Allowed: at least 1000.
    pub fn row_index_stride(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `StripeSizeBytes`.
    ///
    /// Allowed: at least 8388608.
    pub fn stripe_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OrcSerDe {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OrcSerDe> for ::forma_core::Value<OrcSerDe> {
    fn from(v: OrcSerDe) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORC_SER_DE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GZIP`, `SNAPPY`, `UNCOMPRESSED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParquetSerDeCompression {
    /// `GZIP`
    Gzip,
    /// `SNAPPY`
    Snappy,
    /// `UNCOMPRESSED`
    Uncompressed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParquetSerDeCompression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gzip => "GZIP",
            Self::Snappy => "SNAPPY",
            Self::Uncompressed => "UNCOMPRESSED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GZIP", "SNAPPY", "UNCOMPRESSED"]
    }
}
impl ::std::convert::From<ParquetSerDeCompression> for ::forma_core::Value<ParquetSerDeCompression> {
    fn from(v: ParquetSerDeCompression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParquetSerDeCompression {}

/// The values CloudFormation documents: `V1`, `V2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WriterVersion {
    /// `V1`
    V1,
    /// `V2`
    V2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WriterVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "V1",
            Self::V2 => "V2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V1", "V2"]
    }
}
impl ::std::convert::From<WriterVersion> for ::forma_core::Value<WriterVersion> {
    fn from(v: WriterVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WriterVersion {}

/// The `ParquetSerDe` property type of `AWS::KinesisFirehose::DeliveryStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParquetSerDe {
    props: ::forma_core::schema::Props,
}
impl ParquetSerDe {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlockSizeBytes`.
    ///
    /// Allowed: at least 67108864.
    pub fn block_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Compression`.
    pub fn compression(mut self, value: impl ::forma_core::schema::EnumArg<ParquetSerDeCompression>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `EnableDictionaryCompression`.
    pub fn enable_dictionary_compression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxPaddingBytes`.
    ///
    /// Allowed: at least 0.
    pub fn max_padding_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PageSizeBytes`.
    ///
    /// Allowed: at least 65536.
    pub fn page_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `WriterVersion`.
    pub fn writer_version(mut self, value: impl ::forma_core::schema::EnumArg<WriterVersion>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ParquetSerDe {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParquetSerDe> for ::forma_core::Value<ParquetSerDe> {
    fn from(v: ParquetSerDe) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARQUET_SER_DE_TYPE.properties))
    }
}

/// The schema of `AWS::KinesisFirehose::DeliveryStream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisFirehose::DeliveryStream",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmazonOpenSearchServerlessDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AmazonopensearchserviceDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMAZONOPENSEARCHSERVICE_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseSourceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeliveryStreamEncryptionConfigurationInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DELIVERY_STREAM_ENCRYPTION_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeliveryStreamName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9._-]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeliveryStreamType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DatabaseAsSource",
                "DirectPut",
                "KinesisStreamAsSource",
                "MSKAsSource",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DirectPutSourceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DIRECT_PUT_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElasticsearchDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExtendedS3DestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTENDED_S3_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpEndpointDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_ENDPOINT_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IcebergDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamSourceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAM_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MSKSourceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MSK_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedshiftDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3DestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnowflakeDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SplunkDestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPLUNK_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CollectionEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("https:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(80),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FailedDocumentsOnly", "AllDocuments"]),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VpcConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static AMAZONOPENSEARCHSERVICE_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClusterEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("https:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentIdOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ID_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DomainARN",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(80),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexRotationPeriod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth"]),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FailedDocumentsOnly", "AllDocuments"]),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TypeName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "VpcConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static DATABASE_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.DatabaseSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Columns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_COLUMNS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseSourceAuthenticationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_SOURCE_AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseSourceVPCConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_SOURCE_VPC_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Databases",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Digest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PublicCertificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "SSLMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "SnapshotWatermarkTable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\u0001-\\uFFFF]*"),
                min_length: Some(1),
                max_length: Some(129),
            }),
        },
        ::forma_core::schema::Property {
            name: "SurrogateKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tables",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_TABLES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MySQL", "PostgreSQL"]),
        },
    ],
    rules: &[],
};

static DELIVERY_STREAM_ENCRYPTION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.DeliveryStreamEncryptionConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "KeyARN",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "KeyType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AWS_OWNED_CMK", "CUSTOMER_MANAGED_CMK"]),
            },
        ],
        rules: &[],
    };

static DIRECT_PUT_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.DirectPutSourceConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ThroughputHintInMBs",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
};

static ELASTICSEARCH_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.ElasticsearchDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClusterEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("https:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentIdOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ID_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DomainARN",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(80),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexRotationPeriod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth"]),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_RETRY_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FailedDocumentsOnly", "AllDocuments"]),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TypeName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "VpcConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static EXTENDED_S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.ExtendedS3DestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BucketARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CompressionFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY"]),
            },
            ::forma_core::schema::Property {
                name: "CustomTimeZone",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^$|[a-zA-Z/_]+$"),
                    min_length: Some(0),
                    max_length: Some(50),
                }),
            },
            ::forma_core::schema::Property {
                name: "DataFormatConversionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_FORMAT_CONVERSION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DynamicPartitioningConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DYNAMIC_PARTITIONING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EncryptionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ErrorOutputPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "FileExtension",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^$|\\.[0-9a-z!\\-_.*'()]+"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "Prefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3BackupConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "S3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
            },
        ],
        rules: &[],
    };

static HTTP_ENDPOINT_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.HttpEndpointDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EndpointConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HTTP_ENDPOINT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RequestConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HTTP_ENDPOINT_REQUEST_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RETRY_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AllData", "FailedDataOnly"]),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SecretsManagerConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static ICEBERG_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.IcebergDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendOnly",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CatalogConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CATALOG_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DestinationTableConfigurationList",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DESTINATION_TABLE_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RETRY_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SchemaEvolutionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SCHEMA_EVOLUTION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TableCreationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TABLE_CREATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "s3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AllData", "FailedDataOnly"]),
            },
        ],
        rules: &[],
    };

static KINESIS_STREAM_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.KinesisStreamSourceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "KinesisStreamARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static MSK_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.MSKSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MSKClusterARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReadFromTimestamp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TopicName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9\\._\\-]+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static REDSHIFT_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::KinesisFirehose::DeliveryStream.RedshiftDestinationConfiguration",
properties: &[
::forma_core::schema::Property { name: "CloudWatchLoggingOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "ClusterJDBCURL", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?<!-)\\.)+(redshift(-serverless)?)\\.([a-zA-Z0-9\\.\\-]+):\\d{1,5}/[a-zA-Z0-9_$-]+$"), min_length: Some(1), max_length: Some(512) }) },
::forma_core::schema::Property { name: "CopyCommand", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&COPY_COMMAND_TYPE) },
::forma_core::schema::Property { name: "Password", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(6), max_length: Some(512) }) },
::forma_core::schema::Property { name: "ProcessingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "RetryOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&REDSHIFT_RETRY_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "RoleARN", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:.*"), min_length: Some(1), max_length: Some(512) }) },
::forma_core::schema::Property { name: "S3BackupConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "S3BackupMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]) },
::forma_core::schema::Property { name: "S3Configuration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "SecretsManagerConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Username", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(512) }) },
],
rules: &[],
};

static S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.S3DestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BufferingHints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUFFERING_HINTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchLoggingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CompressionFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY"]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ErrorOutputPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static SNOWFLAKE_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.SnowflakeDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccountUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".+?\\.snowflakecomputing\\.com"),
                    min_length: Some(24),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "BufferingHints",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_BUFFERING_HINTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLoggingOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ContentColumnName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "DataLoadingOption",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "JSON_MAPPING",
                    "VARIANT_CONTENT_MAPPING",
                    "VARIANT_CONTENT_AND_METADATA_MAPPING",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Database",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "KeyPassphrase",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(7),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "MetaDataColumnName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "PrivateKey",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=)?$"),
                    min_length: Some(256),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProcessingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_RETRY_OPTIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:.*"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3BackupMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FailedDataOnly", "AllData"]),
            },
            ::forma_core::schema::Property {
                name: "S3Configuration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Schema",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "SecretsManagerConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SnowflakeRoleConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_ROLE_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SnowflakeVpcConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_VPC_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Table",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "User",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
        ],
        rules: &[],
    };

static SPLUNK_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SplunkDestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BufferingHints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPLUNK_BUFFERING_HINTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchLoggingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HECAcknowledgmentTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(180.0),
                maximum: Some(600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HECEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "HECEndpointType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Raw", "Event"]),
        },
        ::forma_core::schema::Property {
            name: "HECToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProcessingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetryOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPLUNK_RETRY_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3BackupMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AllEvents", "FailedEventsOnly"]),
        },
        ::forma_core::schema::Property {
            name: "S3Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessBufferingHints",
        properties: &[
            ::forma_core::schema::Property {
                name: "IntervalInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(900.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "SizeInMBs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };

static CLOUD_WATCH_LOGGING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.CloudWatchLoggingOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogStreamName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static PROCESSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.ProcessingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Processors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessRetryOptions",
        properties: &[::forma_core::schema::Property {
            name: "DurationInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(7200.0),
            }),
        }],
        rules: &[],
    };

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.VpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceBufferingHints",
        properties: &[
            ::forma_core::schema::Property {
                name: "IntervalInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(900.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "SizeInMBs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };

static DOCUMENT_ID_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.DocumentIdOptions",
    properties: &[::forma_core::schema::Property {
        name: "DefaultDocumentIdFormat",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["FIREHOSE_DEFAULT", "NO_DOCUMENT_ID"]),
    }],
    rules: &[],
};

static AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceRetryOptions",
        properties: &[::forma_core::schema::Property {
            name: "DurationInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(7200.0),
            }),
        }],
        rules: &[],
    };

static DATABASE_COLUMNS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.DatabaseColumns",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\u0001-\\uFFFF]*"),
                    min_length: Some(1),
                    max_length: Some(194),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\u0001-\\uFFFF]*"),
                    min_length: Some(1),
                    max_length: Some(194),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DATABASE_SOURCE_AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.DatabaseSourceAuthenticationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "SecretsManagerConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static DATABASE_SOURCE_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.DatabaseSourceVPCConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "VpcEndpointServiceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([a-zA-Z0-9\\-\\_]+\\.){2,3}vpce\\.[a-zA-Z0-9\\-]*\\.vpce-svc\\-[a-zA-Z0-9\\-]{17}$"),
                min_length: Some(47),
                max_length: Some(255),
            }),
        }],
        rules: &[],
    };

static DATABASES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.Databases",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\u0001-\\uFFFF]*"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\u0001-\\uFFFF]*"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DATABASE_TABLES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.DatabaseTables",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\u0001-\\uFFFF]*"),
                    min_length: Some(1),
                    max_length: Some(129),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\u0001-\\uFFFF]*"),
                    min_length: Some(1),
                    max_length: Some(129),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ELASTICSEARCH_BUFFERING_HINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.ElasticsearchBufferingHints",
    properties: &[
        ::forma_core::schema::Property {
            name: "IntervalInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInMBs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static ELASTICSEARCH_RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.ElasticsearchRetryOptions",
    properties: &[::forma_core::schema::Property {
        name: "DurationInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(7200.0),
        }),
    }],
    rules: &[],
};

static BUFFERING_HINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.BufferingHints",
    properties: &[
        ::forma_core::schema::Property {
            name: "IntervalInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInMBs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(128.0),
            }),
        },
    ],
    rules: &[],
};

static DATA_FORMAT_CONVERSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.DataFormatConversionConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "InputFormatConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INPUT_FORMAT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OutputFormatConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OUTPUT_FORMAT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SchemaConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SCHEMA_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static DYNAMIC_PARTITIONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.DynamicPartitioningConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RetryOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RETRY_OPTIONS_TYPE),
            },
        ],
        rules: &[],
    };

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KMSEncryptionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KMS_ENCRYPTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoEncryptionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NoEncryption"]),
        },
    ],
    rules: &[],
};

static HTTP_ENDPOINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.HttpEndpointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static HTTP_ENDPOINT_REQUEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.HttpEndpointRequestConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CommonAttributes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&HTTP_ENDPOINT_COMMON_ATTRIBUTE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
                ),
            },
            ::forma_core::schema::Property {
                name: "ContentEncoding",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["NONE", "GZIP"]),
            },
        ],
        rules: &[],
    };

static RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.RetryOptions",
    properties: &[::forma_core::schema::Property {
        name: "DurationInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(7200.0),
        }),
    }],
    rules: &[],
};

static SECRETS_MANAGER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SecretsManagerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*:secretsmanager:[a-zA-Z0-9\\-]+:\\d{12}:secret:[a-zA-Z0-9\\-/_+=.@]+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CATALOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.CatalogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "WarehouseLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("s3:\\/\\/.*"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static DESTINATION_TABLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.DestinationTableConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationDatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\.\\_]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationTableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\.\\_]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartitionSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_TABLE_CONFIGURATION_PARTITION_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3ErrorOutputPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "UniqueKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SCHEMA_EVOLUTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SchemaEvolutionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TABLE_CREATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.TableCreationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.AuthenticationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Connectivity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "PRIVATE"]),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static COPY_COMMAND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.CopyCommand",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(204800),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataTableColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(204800),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataTableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static REDSHIFT_RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.RedshiftRetryOptions",
    properties: &[::forma_core::schema::Property {
        name: "DurationInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(7200.0),
        }),
    }],
    rules: &[],
};

static SNOWFLAKE_BUFFERING_HINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SnowflakeBufferingHints",
    properties: &[
        ::forma_core::schema::Property {
            name: "IntervalInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInMBs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(128.0),
            }),
        },
    ],
    rules: &[],
};

static SNOWFLAKE_RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SnowflakeRetryOptions",
    properties: &[::forma_core::schema::Property {
        name: "DurationInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(7200.0),
        }),
    }],
    rules: &[],
};

static SNOWFLAKE_ROLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SnowflakeRoleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SnowflakeRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static SNOWFLAKE_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SnowflakeVpcConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "PrivateLinkVpceId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("([a-zA-Z0-9\\-\\_]+\\.){2,3}vpce\\.[a-zA-Z0-9\\-]*\\.vpce-svc\\-[a-zA-Z0-9\\-]{17}$"),
            min_length: Some(47),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static SPLUNK_BUFFERING_HINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SplunkBufferingHints",
    properties: &[
        ::forma_core::schema::Property {
            name: "IntervalInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(60.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInMBs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
    ],
    rules: &[],
};

static SPLUNK_RETRY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SplunkRetryOptions",
    properties: &[::forma_core::schema::Property {
        name: "DurationInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(7200.0),
        }),
    }],
    rules: &[],
};

static PROCESSOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.Processor",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSOR_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "RecordDeAggregation",
                "Decompression",
                "CloudWatchLogProcessing",
                "Lambda",
                "MetadataExtraction",
                "AppendDelimiterToRecord",
            ]),
        },
    ],
    rules: &[],
};

static INPUT_FORMAT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.InputFormatConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Deserializer",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DESERIALIZER_TYPE),
    }],
    rules: &[],
};

static OUTPUT_FORMAT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.OutputFormatConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Serializer",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SERIALIZER_TYPE),
    }],
    rules: &[],
};

static SCHEMA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.SchemaConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static KMS_ENCRYPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.KMSEncryptionConfig",
    properties: &[::forma_core::schema::Property {
        name: "AWSKMSKeyARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:(key|alias)/[a-zA-Z_0-9+=,.@\\-_/]+$"),
            min_length: Some(1),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static HTTP_ENDPOINT_COMMON_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.HttpEndpointCommonAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeValue",
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

static DESTINATION_TABLE_CONFIGURATION_PARTITION_SPEC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisFirehose::DeliveryStream.DestinationTableConfigurationPartitionSpec",
        properties: &[::forma_core::schema::Property {
            name: "Identity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARTITION_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PROCESSOR_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.ProcessorParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BufferIntervalInSeconds",
                "BufferSizeInMBs",
                "CompressionFormat",
                "DataMessageExtraction",
                "Delimiter",
                "JsonParsingEngine",
                "LambdaArn",
                "MetadataExtractionQuery",
                "NumberOfRetries",
                "RoleArn",
                "SubRecordType",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+$"),
                min_length: Some(1),
                max_length: Some(5120),
            }),
        },
    ],
    rules: &[],
};

static DESERIALIZER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.Deserializer",
    properties: &[
        ::forma_core::schema::Property {
            name: "HiveJsonSerDe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HIVE_JSON_SER_DE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpenXJsonSerDe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_X_JSON_SER_DE_TYPE),
        },
    ],
    rules: &[],
};

static SERIALIZER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.Serializer",
    properties: &[
        ::forma_core::schema::Property {
            name: "OrcSerDe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORC_SER_DE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParquetSerDe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARQUET_SER_DE_TYPE),
        },
    ],
    rules: &[],
};

static PARTITION_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.PartitionField",
    properties: &[::forma_core::schema::Property {
        name: "SourceName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^\\S+$"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static HIVE_JSON_SER_DE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.HiveJsonSerDe",
    properties: &[::forma_core::schema::Property {
        name: "TimestampFormats",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static OPEN_X_JSON_SER_DE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.OpenXJsonSerDe",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaseInsensitive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ColumnToJsonKeyMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ConvertDotsInJsonKeysToUnderscores",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ORC_SER_DE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.OrcSerDe",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlockSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(67108864.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BloomFilterColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\S+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BloomFilterFalsePositiveProbability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Compression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SNAPPY", "ZLIB"]),
        },
        ::forma_core::schema::Property {
            name: "DictionaryKeyThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnablePadding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FormatVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V0_11", "V0_12"]),
        },
        ::forma_core::schema::Property {
            name: "PaddingTolerance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RowIndexStride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1000.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StripeSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(8388608.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PARQUET_SER_DE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisFirehose::DeliveryStream.ParquetSerDe",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlockSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(67108864.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Compression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GZIP", "SNAPPY", "UNCOMPRESSED"]),
        },
        ::forma_core::schema::Property {
            name: "EnableDictionaryCompression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxPaddingBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PageSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(65536.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WriterVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V1", "V2"]),
        },
    ],
    rules: &[],
};
