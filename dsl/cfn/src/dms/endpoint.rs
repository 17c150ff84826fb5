// @generated from AWS::DMS::Endpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::Endpoint` and its property types.

/// Resource Type definition for AWS::DMS::Endpoint
///
/// CloudFormation type `AWS::DMS::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new resource with its required properties: `EndpointType`, `EngineName`.
    #[track_caller]
    pub fn new(
        endpoint_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        engine_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, endpoint_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, engine_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) for the certificate.
    #[track_caller]
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the endpoint database.
    #[track_caller]
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target DocumentDB endpoint
    #[track_caller]
    pub fn doc_db_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocDbSettings>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the target Amazon DynamoDB endpoint
    #[track_caller]
    pub fn dynamo_db_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DynamoDbSettings>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the target OpenSearch endpoint
    #[track_caller]
    pub fn elasticsearch_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchSettings>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The database endpoint identifier.
    #[track_caller]
    pub fn endpoint_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional attributes associated with the connection
    #[track_caller]
    pub fn extra_connection_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source GCP MySQL endpoint
    #[track_caller]
    pub fn gcp_my_sql_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GcpMySqlSettings>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source IBM Db2 LUW endpoint
    #[track_caller]
    pub fn ibm_db2_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<IbmDb2Settings>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the target Apache Kafka endpoint
    #[track_caller]
    pub fn kafka_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<KafkaSettings>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the target endpoint for Amazon Kinesis Data Streams
    #[track_caller]
    pub fn kinesis_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<KinesisSettings>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An AWS KMS key identifier that is used to encrypt the connection parameters for the endpoint.If you don't specify a value for the KmsKeyId parameter, AWS DMS uses your default encryption key.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target Microsoft SQL Server endpoint
    #[track_caller]
    pub fn microsoft_sql_server_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MicrosoftSqlServerSettings>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source MongoDB endpoint
    #[track_caller]
    pub fn mongo_db_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<MongoDbSettings>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target MySQL endpoin
    #[track_caller]
    pub fn my_sql_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<MySqlSettings>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the target Amazon Neptune endpoint
    #[track_caller]
    pub fn neptune_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<NeptuneSettings>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target Oracle endpoint
    #[track_caller]
    pub fn oracle_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<OracleSettings>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password to be used to log in to the endpoint database.
    #[track_caller]
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port used by the endpoint database.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target PostgreSQL endpoint.
    #[track_caller]
    pub fn postgre_sql_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PostgreSqlSettings>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the target Redis endpoint
    #[track_caller]
    pub fn redis_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<RedisSettings>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the Amazon Redshift endpoint.
    #[track_caller]
    pub fn redshift_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftSettings>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A display name for the resource identifier at the end of the EndpointArn response parameter that is returned in the created Endpoint object.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target Amazon S3 endpoint
    #[track_caller]
    pub fn s3_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Settings>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the server where the endpoint database resides.
    #[track_caller]
    pub fn server_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Secure Sockets Layer (SSL) mode to use for the SSL connection.
    #[track_caller]
    pub fn ssl_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings in JSON format for the source and target SAP ASE endpoint.
    #[track_caller]
    pub fn sybase_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<SybaseSettings>>) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags to be assigned to the endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user name to be used to log in to the endpoint database.
    #[track_caller]
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Endpoint {
    type Attributes = EndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::Endpoint"
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
/// The attributes of a `AWS::DMS::Endpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAttributes {
    /// `Fn::GetAtt` `EndpointArn`.
    pub fn endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointArn")
    }
    /// `Fn::GetAtt` `ExternalId`.
    pub fn external_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExternalId")
    }
}

/// Provides information that defines a DocumentDB endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct DocDbSettings {
    props: ::forma_core::schema::Props,
}
impl DocDbSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates the number of documents to preview to determine the document organization.
    pub fn docs_to_investigate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the document ID.
    pub fn extract_doc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies either document or table mode.
    pub fn nesting_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocDbSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocDbSettings> for ::forma_core::Value<DocDbSettings> {
    fn from(v: DocDbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOC_DB_SETTINGS_TYPE.properties))
    }
}

/// Provides information, including the Amazon Resource Name (ARN) of the IAM role used to define an Amazon DynamoDB target endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamoDbSettings {
    props: ::forma_core::schema::Props,
}
impl DynamoDbSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) used by the service to access the IAM role.
    pub fn service_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DynamoDbSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DynamoDbSettings> for ::forma_core::Value<DynamoDbSettings> {
    fn from(v: DynamoDbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMO_DB_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines an OpenSearch endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchSettings {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The endpoint for the OpenSearch cluster.
    pub fn endpoint_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of seconds for which DMS retries failed API requests to the OpenSearch cluster.
    pub fn error_retry_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum percentage of records that can fail to be written before a full load operation stops.
    pub fn full_load_error_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) used by the service to access the IAM role.
    pub fn service_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ElasticsearchSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElasticsearchSettings> for ::forma_core::Value<ElasticsearchSettings> {
    fn from(v: ElasticsearchSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a GCP MySQL endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct GcpMySqlSettings {
    props: ::forma_core::schema::Props,
}
impl GcpMySqlSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies a script to run immediately after AWS DMS connects to the endpoint.
    pub fn after_connect_script(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Adjusts the behavior of AWS DMS when migrating from an SQL Server source database that is hosted as part of an Always On availability group cluster.
    pub fn clean_source_metadata_on_mismatch(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Database name for the endpoint.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies how often to check the binary log for new changes/events when the database is idle.
    pub fn events_poll_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies the maximum size (in KB) of any .csv file used to transfer data to a MySQL-compatible database.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Improves performance when loading data into the MySQL-compatible target database.
    pub fn parallel_load_threads(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Endpoint connection password.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The port used by the endpoint database.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the MySQL endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The MySQL host name.
    pub fn server_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Specifies the time zone for the source MySQL database.
    pub fn server_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Specifies the time zone for the source MySQL database.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GcpMySqlSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GcpMySqlSettings> for ::forma_core::Value<GcpMySqlSettings> {
    fn from(v: GcpMySqlSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GCP_MY_SQL_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines an IBMDB2 endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct IbmDb2Settings {
    props: ::forma_core::schema::Props,
}
impl IbmDb2Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For ongoing replication (CDC), use CurrentLSN to specify a log sequence number (LSN) where you want the replication to start.
    pub fn current_lsn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If true, AWS DMS saves any .csv files to the Db2 LUW target that were used to replicate data.
    pub fn keep_csv_files(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The amount of time (in milliseconds) before AWS DMS times out operations performed by DMS on the Db2 target.
    pub fn load_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the maximum size (in KB) of .csv files used to transfer data to Db2 LUW.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Maximum number of bytes per read, as a NUMBER value.
    pub fn max_k_bytes_per_read(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the IBMDB2 endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Enables ongoing replication (CDC) as a BOOLEAN value.
    pub fn set_data_capture_changes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The size (in KB) of the in-memory file write buffer used when generating .csv files on the local disk on the DMS replication instance.
    pub fn write_buffer_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IbmDb2Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IbmDb2Settings> for ::forma_core::Value<IbmDb2Settings> {
    fn from(v: IbmDb2Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IBM_DB2_SETTINGS_TYPE.properties))
    }
}

/// Provides information that describes an Apache Kafka endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaSettings {
    props: ::forma_core::schema::Props,
}
impl KafkaSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A comma-separated list of one or more broker locations in your Kafka cluster that host your Kafka instance.
    pub fn broker(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Shows detailed control information for table definition, column definition, and table and column changes in the Kafka message output.
    pub fn include_control_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Include NULL and empty columns for records migrated to the endpoint.
    pub fn include_null_and_empty(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Shows the partition value within the Kafka message output unless the partition type is schema-table-type.
    pub fn include_partition_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Includes any data definition language (DDL) operations that change the table in the control data, such as rename-table, drop-table, add-column, drop-column, and rename-column.
    pub fn include_table_alter_operations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Provides detailed transaction information from the source database.
    pub fn include_transaction_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The output format for the records created on the endpoint.
    pub fn message_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The maximum size in bytes for records created on the endpoint The default is 1,000,000.
    pub fn message_max_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Set this optional parameter to true to avoid adding a '0x' prefix to raw data in hexadecimal format.
    pub fn no_hex_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Prefixes schema and table names to partition values, when the partition type is primary-key-type.
    pub fn partition_include_schema_table(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The secure password that you created when you first set up your Amazon MSK cluster to validate a client identity and make an encrypted connection between server and client using SASL-SSL authentication.
    pub fn sasl_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The secure user name you created when you first set up your Amazon MSK cluster to validate a client identity and make an encrypted connection between server and client using SASL-SSL authentication.
    pub fn sasl_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Set secure connection to a Kafka target endpoint using Transport Layer Security (TLS).
    pub fn security_protocol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the private certificate authority (CA) cert that AWS DMS uses to securely connect to your Kafka target endpoint.
    pub fn ssl_ca_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the client certificate used to securely connect to a Kafka target endpoint.
    pub fn ssl_client_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the client private key used to securely connect to a Kafka target endpoint.
    pub fn ssl_client_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The password for the client private key used to securely connect to a Kafka target endpoint.
    pub fn ssl_client_key_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The topic to which you migrate the data.
    pub fn topic(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KafkaSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KafkaSettings> for ::forma_core::Value<KafkaSettings> {
    fn from(v: KafkaSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_SETTINGS_TYPE.properties))
    }
}

/// Provides information that describes an Amazon Kinesis Data Stream endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisSettings {
    props: ::forma_core::schema::Props,
}
impl KinesisSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Shows detailed control information for table definition, column definition, and table and column changes in the Kinesis message output.
    pub fn include_control_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Include NULL and empty columns for records migrated to the endpoint.
    pub fn include_null_and_empty(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Shows the partition value within the Kinesis message output, unless the partition type is schema-table-type.
    pub fn include_partition_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Includes any data definition language (DDL) operations that change the table in the control data, such as rename-table, drop-table, add-column, drop-column, and rename-column.
    pub fn include_table_alter_operations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Provides detailed transaction information from the source database.
    pub fn include_transaction_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The output format for the records created on the endpoint.
    pub fn message_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Set this optional parameter to true to avoid adding a '0x' prefix to raw data in hexadecimal format.
    pub fn no_hex_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Prefixes schema and table names to partition values, when the partition type is primary-key-type.
    pub fn partition_include_schema_table(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the IAM role that AWS DMS uses to write to the Kinesis data stream.
    pub fn service_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the Amazon Kinesis Data Streams endpoint.
    pub fn stream_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KinesisSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KinesisSettings> for ::forma_core::Value<KinesisSettings> {
    fn from(v: KinesisSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a Microsoft SQL Server endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrosoftSqlServerSettings {
    props: ::forma_core::schema::Props,
}
impl MicrosoftSqlServerSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum size of the packets (in bytes) used to transfer data using BCP.
    pub fn bcp_packet_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies a file group for the AWS DMS internal tables.
    pub fn control_tables_file_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Database name for the endpoint.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Forces LOB lookup on inline LOB.
    pub fn force_lob_lookup(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Endpoint connection password.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Endpoint TCP port.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Cleans and recreates table metadata information on the replication instance when a mismatch occurs.
    pub fn query_single_always_on_node(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// When this attribute is set to Y, AWS DMS only reads changes from transaction log backups and doesn't read from the active transaction log file during ongoing replication.
    pub fn read_backup_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Use this attribute to minimize the need to access the backup log and enable AWS DMS to prevent truncation using one of the following two methods.
    pub fn safeguard_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the MicrosoftSQLServer endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Fully qualified domain name of the endpoint.
    pub fn server_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Indicates the mode used to fetch CDC data.
    pub fn tlog_access_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Use the TrimSpaceInChar source endpoint setting to right-trim data on CHAR and NCHAR data types during migration.
    pub fn trim_space_in_char(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// Use this to attribute to transfer data for full-load operations using BCP.
    pub fn use_bcp_full_load(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// When this attribute is set to Y, DMS processes third-party transaction log backups if they are created in native format.
    pub fn use_third_party_backup_device(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// Endpoint connection user name.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MicrosoftSqlServerSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MicrosoftSqlServerSettings> for ::forma_core::Value<MicrosoftSqlServerSettings> {
    fn from(v: MicrosoftSqlServerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MICROSOFT_SQL_SERVER_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a MongoDB endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct MongoDbSettings {
    props: ::forma_core::schema::Props,
}
impl MongoDbSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The authentication mechanism you use to access the MongoDB source endpoint.
    pub fn auth_mechanism(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The MongoDB database name.
    pub fn auth_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The authentication type you use to access the MongoDB source endpoint.
    pub fn auth_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The database name on the MongoDB source endpoint.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates the number of documents to preview to determine the document organization.
    pub fn docs_to_investigate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies the document ID.
    pub fn extract_doc_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Specifies either document or table mode.
    pub fn nesting_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The password for the user account you use to access the MongoDB source endpoint.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The port value for the MongoDB source endpoint.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the MongoDB endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The name of the server on the MongoDB source endpoint.
    pub fn server_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The user name you use to access the MongoDB source endpoint.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MongoDbSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MongoDbSettings> for ::forma_core::Value<MongoDbSettings> {
    fn from(v: MongoDbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONGO_DB_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a MySQL endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct MySqlSettings {
    props: ::forma_core::schema::Props,
}
impl MySqlSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies a script to run immediately after AWS DMS connects to the endpoint.
    pub fn after_connect_script(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Cleans and recreates table metadata information on the replication instance when a mismatch occurs.
    pub fn clean_source_metadata_on_mismatch(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies how often to check the binary log for new changes/events when the database is idle.
    pub fn events_poll_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the maximum size (in KB) of any .csv file used to transfer data to a MySQL-compatible database.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Improves performance when loading data into the MySQL-compatible target database.
    pub fn parallel_load_threads(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the MySQL endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the time zone for the source MySQL database.
    pub fn server_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies where to migrate source tables on the target, either to a single database or multiple databases.
    pub fn target_db_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MySqlSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MySqlSettings> for ::forma_core::Value<MySqlSettings> {
    fn from(v: MySqlSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MY_SQL_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines an Amazon Neptune endpoint
#[derive(Debug, Clone, PartialEq)]
pub struct NeptuneSettings {
    props: ::forma_core::schema::Props,
}
impl NeptuneSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of milliseconds for AWS DMS to wait to retry a bulk-load of migrated graph data to the Neptune target database before raising an error.
    pub fn error_retry_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If you want IAM authorization enabled for this endpoint, set this parameter to true.
    pub fn iam_auth_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum size in kilobytes of migrated graph data stored in a .csv file before AWS DMS bulk-loads the data to the Neptune target database.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The number of times for AWS DMS to retry a bulk load of migrated graph data to the Neptune target database before raising an error.
    pub fn max_retry_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A folder path where you want AWS DMS to store migrated graph data in the S3 bucket specified by S3BucketName
    pub fn s3_bucket_folder(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the Amazon S3 bucket where AWS DMS can temporarily store migrated graph data in .csv files before bulk-loading it to the Neptune target database.
    pub fn s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the service role that you created for the Neptune target endpoint.
    pub fn service_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NeptuneSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NeptuneSettings> for ::forma_core::Value<NeptuneSettings> {
    fn from(v: NeptuneSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NEPTUNE_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines an Oracle endpoint
#[derive(Debug, Clone, PartialEq)]
pub struct OracleSettings {
    props: ::forma_core::schema::Props,
}
impl OracleSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set this attribute to false in order to use the Binary Reader to capture change data for an Amazon RDS for Oracle as the source.
    pub fn access_alternate_directly(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Set this attribute to set up table-level supplemental logging for the Oracle database.
    pub fn add_supplemental_logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Set this attribute with ArchivedLogDestId in a primary/ standby setup
    pub fn additional_archived_log_dest_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Set this attribute to true to enable replication of Oracle tables containing columns that are nested tables or defined types.
    pub fn allow_select_nested_tables(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies the ID of the destination for the archived redo logs.
    pub fn archived_log_dest_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// When this field is set to True, AWS DMS only accesses the archived redo logs
    pub fn archived_logs_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// For an Oracle source endpoint, your Oracle Automatic Storage Management (ASM) password.
    pub fn asm_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// For an Oracle source endpoint, your ASM server address.
    pub fn asm_server(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// For an Oracle source endpoint, your ASM user name.
    pub fn asm_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies whether the length of a character column is in bytes or in characters.
    pub fn char_length_semantics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// When set to true, this attribute helps to increase the commit rate on the Oracle target database by writing directly to tables and not writing a trail to database logs.
    pub fn direct_path_no_log(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// When set to true, this attribute specifies a parallel load when useDirectPathFullLoad is set to Y.
    pub fn direct_path_parallel_load(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Set this attribute to enable homogenous tablespace replication and create existing tables or indexes under the same tablespace on the target.
    pub fn enable_homogenous_tablespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Specifies the IDs of one more destinations for one or more archived redo logs.
    pub fn extra_archived_log_dest_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// When set to true, this attribute causes a task to fail if the actual size of an LOB column is greater than the specified LobMaxSize.
    pub fn fail_tasks_on_lob_truncation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// Specifies the number scale.
    pub fn number_datatype_scale(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// Set this string attribute to the required value in order to use the Binary Reader to capture change data for an Amazon RDS for Oracle as the source.
    pub fn oracle_path_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// Set this attribute to change the number of threads that DMS configures to perform a change data capture (CDC) load using Oracle Automatic Storage Management (ASM).
    pub fn parallel_asm_read_threads(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// Set this attribute to change the number of read-ahead blocks that DMS configures to perform a change data capture (CDC) load using Oracle Automatic Storage Management (ASM).
    pub fn read_ahead_blocks(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// When set to true, this attribute supports tablespace replication.
    pub fn read_table_space_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// Set this attribute to true in order to use the Binary Reader to capture change data for an Amazon RDS for Oracle as the source.
    pub fn replace_path_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// Specifies the number of seconds that the system waits before resending a query.
    pub fn retry_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// Required only if your Oracle endpoint uses Advanced Storage Manager (ASM).
    pub fn secrets_manager_oracle_asm_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// Required only if your Oracle endpoint uses Advanced Storage Manager (ASM).
    pub fn secrets_manager_oracle_asm_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the Oracle endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// For an Oracle source endpoint, the transparent data encryption (TDE) password required by AWM DMS to access Oracle redo logs encrypted by TDE using Binary Reader.
    pub fn security_db_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// For an Oracle source endpoint, the name of a key used for the transparent data encryption (TDE) of the columns and tablespaces in an Oracle source database that is encrypted using TDE.
    pub fn security_db_encryption_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// Use this attribute to convert SDO_GEOMETRY to GEOJSON format.
    pub fn spatial_data_option_to_geo_json_function_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// Use this attribute to specify a time in minutes for the delay in standby sync.
    pub fn standby_delay_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// Set this attribute to true in order to use the Binary Reader to capture change data for an Amazon RDS for Oracle as the source
    pub fn use_alternate_folder_for_online(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// Set this attribute to True to capture change data using the Binary Reader utility.
    pub fn use_b_file(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// Set this attribute to True to have AWS DMS use a direct path full load.
    pub fn use_direct_path_full_load(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// Set this attribute to True to capture change data using the Oracle LogMiner utility (the default).
    pub fn use_logminer_reader(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// Set this string attribute to the required value in order to use the Binary Reader to capture change data for an Amazon RDS for Oracle as the source.
    pub fn use_path_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OracleSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OracleSettings> for ::forma_core::Value<OracleSettings> {
    fn from(v: OracleSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORACLE_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a PostgreSQL endpoint
#[derive(Debug, Clone, PartialEq)]
pub struct PostgreSqlSettings {
    props: ::forma_core::schema::Props,
}
impl PostgreSqlSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For use with change data capture (CDC) only, this attribute has AWS DMS bypass foreign keys and user triggers to reduce the time it takes to bulk load data.
    pub fn after_connect_script(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Babelfish for Aurora PostgreSQL database name for the endpoint.
    pub fn babelfish_database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// To capture DDL events, AWS DMS creates various artifacts in the PostgreSQL database when the task starts.
    pub fn capture_ddls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the default behavior of the replication's handling of PostgreSQL- compatible endpoints that require some additional configuration, such as Babelfish endpoints.
    pub fn database_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The schema in which the operational DDL database artifacts are created.
    pub fn ddl_artifacts_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Sets the client statement timeout for the PostgreSQL instance, in seconds.
    pub fn execute_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// When set to true, this value causes a task to fail if the actual size of a LOB column is greater than the specified LobMaxSize.
    pub fn fail_tasks_on_lob_truncation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The write-ahead log (WAL) heartbeat feature mimics a dummy transaction.
    pub fn heartbeat_enable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Sets the WAL heartbeat frequency (in minutes).
    pub fn heartbeat_frequency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Sets the schema in which the heartbeat artifacts are created.
    pub fn heartbeat_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// When true, lets PostgreSQL migrate the boolean type as boolean.
    pub fn map_boolean_as_boolean(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Specifies the maximum size (in KB) of any .csv file used to transfer data to PostgreSQL.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Specifies the plugin to use to create a replication slot.
    pub fn plugin_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the PostgreSQL endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// Sets the name of a previously created logical replication slot for a change data capture (CDC) load of the PostgreSQL source instance.
    pub fn slot_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PostgreSqlSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PostgreSqlSettings> for ::forma_core::Value<PostgreSqlSettings> {
    fn from(v: PostgreSqlSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POSTGRE_SQL_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a Redis target endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct RedisSettings {
    props: ::forma_core::schema::Props,
}
impl RedisSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The password provided with the auth-role and auth-token options of the AuthType setting for a Redis target endpoint.
    pub fn auth_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of authentication to perform when connecting to a Redis target.
    pub fn auth_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The user name provided with the auth-role option of the AuthType setting for a Redis target endpoint.
    pub fn auth_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Transmission Control Protocol (TCP) port for the endpoint.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Fully qualified domain name of the endpoint.
    pub fn server_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the certificate authority (CA) that DMS uses to connect to your Redis target endpoint.
    pub fn ssl_ca_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The connection to a Redis target endpoint using Transport Layer Security (TLS).
    pub fn ssl_security_protocol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RedisSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RedisSettings> for ::forma_core::Value<RedisSettings> {
    fn from(v: RedisSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDIS_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines an Amazon Redshift endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftSettings {
    props: ::forma_core::schema::Props,
}
impl RedshiftSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A value that indicates to allow any date format, including invalid formats such as 00/00/00 00:00:00, to be loaded without generating an error.
    pub fn accept_any_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Code to run after connecting.
    pub fn after_connect_script(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An S3 folder where the comma-separated-value (.csv) files are stored before being uploaded to the target Redshift cluster.
    pub fn bucket_folder(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the intermediate S3 bucket used to store .csv files before uploading data to Redshift.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// If Amazon Redshift is configured to support case sensitive schema names, set CaseSensitiveNames to true.
    pub fn case_sensitive_names(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// If you set CompUpdate to true Amazon Redshift applies automatic compression if the table is empty.
    pub fn comp_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A value that sets the amount of time to wait (in milliseconds) before timing out, beginning from when you initially establish a connection.
    pub fn connection_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The date format that you are using.
    pub fn date_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A value that specifies whether AWS DMS should migrate empty CHAR and VARCHAR fields as NULL.
    pub fn empty_as_null(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The type of server-side encryption that you want to use for your data.
    pub fn encryption_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// This setting is only valid for a full-load migration task.
    pub fn explicit_ids(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The number of threads used to upload a single file.
    pub fn file_transfer_upload_streams(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The amount of time to wait (in milliseconds) before timing out of operations performed by AWS DMS on a Redshift cluster, such as Redshift COPY, INSERT, DELETE, and UPDATE.
    pub fn load_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// When true, lets Redshift migrate the boolean type as boolean.
    pub fn map_boolean_as_boolean(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The maximum size (in KB) of any .csv file used to load data on an S3 bucket and transfer data to Amazon Redshift.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// A value that specifies to remove surrounding quotation marks from strings in the incoming data.
    pub fn remove_quotes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// A value that specifies to replaces the invalid characters specified in ReplaceInvalidChars, substituting the specified characters instead.
    pub fn replace_chars(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// A list of characters that you want to replace.
    pub fn replace_invalid_chars(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the Amazon Redshift endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The AWS KMS key ID.
    pub fn server_side_encryption_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that has access to the Amazon Redshift service.
    pub fn service_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The time format that you want to use.
    pub fn time_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// A value that specifies to remove the trailing white space characters from a VARCHAR string.
    pub fn trim_blanks(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// A value that specifies to truncate data in columns to the appropriate number of characters, so that the data fits in the column.
    pub fn truncate_columns(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The size (in KB) of the in-memory file write buffer used when generating .csv files on the local disk at the DMS replication instance.
    pub fn write_buffer_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RedshiftSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RedshiftSettings> for ::forma_core::Value<RedshiftSettings> {
    fn from(v: RedshiftSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines an Amazon S3 endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Settings {
    props: ::forma_core::schema::Props,
}
impl S3Settings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An optional parameter that, when set to true or y, you can use to add column name information to the .csv output file.
    pub fn add_column_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Use the S3 target endpoint setting AddTrailingPaddingCharacter to add padding on string data.
    pub fn add_trailing_padding_character(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional parameter to set a folder name in the S3 bucket.
    pub fn bucket_folder(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the S3 bucket.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A value that enables AWS DMS to specify a predefined (canned) access control list (ACL) for objects created in an Amazon S3 bucket as .csv or .parquet files.
    pub fn canned_acl_for_objects(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A value that enables a change data capture (CDC) load to write INSERT and UPDATE operations to .csv or .parquet (columnar storage) output files.
    pub fn cdc_inserts_and_updates(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A value that enables a change data capture (CDC) load to write only INSERT operations to .csv or columnar storage (.parquet) output files.
    pub fn cdc_inserts_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Maximum length of the interval, defined in seconds, after which to output a file to Amazon S3.
    pub fn cdc_max_batch_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Minimum file size, defined in kilobytes, to reach for a file output to Amazon S3.
    pub fn cdc_min_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies the folder path of CDC files.
    pub fn cdc_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// An optional parameter.
    pub fn compression_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The delimiter used to separate columns in the .csv file for both source and target.
    pub fn csv_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// This setting only applies if your Amazon S3 output files during a change data capture (CDC) load are written in .csv format.
    pub fn csv_no_sup_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// An optional parameter that specifies how AWS DMS treats null values.
    pub fn csv_null_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The delimiter used to separate rows in the .csv file for both source and target.
    pub fn csv_row_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The format of the data that you want to use for output.
    pub fn data_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The size of one data page in bytes.
    pub fn data_page_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// Specifies a date separating delimiter to use during folder partitioning.
    pub fn date_partition_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// When set to true, this parameter partitions S3 bucket folders based on transaction commit dates.
    pub fn date_partition_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// Identifies the sequence of the date format to use during folder partitioning.
    pub fn date_partition_sequence(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// When creating an S3 target endpoint, set DatePartitionTimezone to convert the current UTC time into a specified time zone.
    pub fn date_partition_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The maximum size of an encoded dictionary page of a column
    pub fn dict_page_size_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// A value that enables statistics for Parquet pages and row groups.
    pub fn enable_statistics(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The type of encoding that you're using.
    pub fn encoding_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The type of server-side encryption that you want to use for your data.
    pub fn encryption_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// To specify a bucket owner and prevent sniping, you can use the ExpectedBucketOwner endpoint setting.
    pub fn expected_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// The external table definition.
    pub fn external_table_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// When true, allows AWS Glue to catalog your S3 bucket.
    pub fn glue_catalog_generation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// When this value is set to 1, AWS DMS ignores the first row header in a .csv file.
    pub fn ignore_header_rows(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// A value that enables a full load to write INSERT operations to the comma-separated value (.csv) output files only to indicate how the rows were added to the source database.
    pub fn include_op_for_full_load(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// A value that specifies the maximum size (in KB) of any .csv file to be created while migrating to an S3 target during full load.
    pub fn max_file_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// A value that specifies the precision of any TIMESTAMP column values that are written to an Amazon S3 object file in .parquet format.
    pub fn parquet_timestamp_in_millisecond(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// The version of the Apache Parquet format that you want to use: parquet_1_0 (the default) or parquet_2_0.
    pub fn parquet_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// If this setting is set to true, AWS DMS saves the transaction order for a change data capture (CDC) load on the Amazon S3 target specified by CdcPath.
    pub fn preserve_transactions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// For an S3 source, when this value is set to true or y, each leading double quotation mark has to be followed by an ending double quotation mark.
    pub fn rfc4180(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// The number of rows in a row group.
    pub fn row_group_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// If you are using SSE_KMS for the EncryptionMode, provide the AWS KMS key ID.
    pub fn server_side_encryption_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// A required parameter that specifies the Amazon Resource Name (ARN) used by the service to access the IAM role.
    pub fn service_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// A value that when nonblank causes AWS DMS to add a column with timestamp information to the endpoint data for an Amazon S3 target.
    pub fn timestamp_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// This setting applies if the S3 output files during a change data capture (CDC) load are written in .csv format.
    pub fn use_csv_no_sup_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// When set to true, this parameter uses the task start time as the timestamp column value instead of the time data is written to target
    pub fn use_task_start_time_for_full_load_timestamp(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Settings> for ::forma_core::Value<S3Settings> {
    fn from(v: S3Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_SETTINGS_TYPE.properties))
    }
}

/// Provides information that defines a SAP ASE endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct SybaseSettings {
    props: ::forma_core::schema::Props,
}
impl SybaseSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions to access the value in SecretsManagerSecret
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The full ARN, partial ARN, or display name of the SecretsManagerSecret that contains the SAP SAE endpoint connection details.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SybaseSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SybaseSettings> for ::forma_core::Value<SybaseSettings> {
    fn from(v: SybaseSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYBASE_SETTINGS_TYPE.properties))
    }
}

/// A user-defined key-value pair that describes metadata added to an AWS DMS resource and that is used by operations.
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

/// The schema of `AWS::DMS::Endpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DocDbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOC_DB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DynamoDbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMO_DB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElasticsearchSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExtraConnectionAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GcpMySQLSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GCP_MY_SQL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IbmDb2Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IBM_DB2_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KafkaSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MicrosoftSqlServerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MICROSOFT_SQL_SERVER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MongoDbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONGO_DB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MySqlSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MY_SQL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NeptuneSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NEPTUNE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OracleSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORACLE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PostgreSqlSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POSTGRE_SQL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedisSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDIS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedshiftSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SybaseSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYBASE_SETTINGS_TYPE),
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
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["EndpointArn", "ExternalId"],
};

static DOC_DB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.DocDbSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocsToInvestigate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ExtractDocId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NestingLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DYNAMO_DB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.DynamoDbSettings",
    properties: &[::forma_core::schema::Property {
        name: "ServiceAccessRoleArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ELASTICSEARCH_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.ElasticsearchSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ErrorRetryDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FullLoadErrorPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GCP_MY_SQL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.GcpMySQLSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfterConnectScript",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CleanSourceMetadataOnMismatch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventsPollInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParallelLoadThreads",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IBM_DB2_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.IbmDb2Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CurrentLsn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeepCsvFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LoadTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxKBytesPerRead",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SetDataCaptureChanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WriteBufferSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static KAFKA_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.KafkaSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Broker",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IncludeControlDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeNullAndEmpty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludePartitionValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeTableAlterOperations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeTransactionDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MessageFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MessageMaxBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NoHexPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PartitionIncludeSchemaTable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SaslPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SaslUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslCaCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslClientCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslClientKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslClientKeyPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Topic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KINESIS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.KinesisSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "IncludeControlDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeNullAndEmpty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludePartitionValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeTableAlterOperations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeTransactionDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MessageFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NoHexPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PartitionIncludeSchemaTable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MICROSOFT_SQL_SERVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.MicrosoftSqlServerSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BcpPacketSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ControlTablesFileGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ForceLobLookup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QuerySingleAlwaysOnNode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReadBackupOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SafeguardPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TlogAccessMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrimSpaceInChar",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseBcpFullLoad",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseThirdPartyBackupDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MONGO_DB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.MongoDbSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthMechanism",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DocsToInvestigate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExtractDocId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NestingLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MY_SQL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.MySqlSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfterConnectScript",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CleanSourceMetadataOnMismatch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EventsPollInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParallelLoadThreads",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetDbType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NEPTUNE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.NeptuneSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorRetryDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IamAuthEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRetryCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketFolder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ORACLE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.OracleSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessAlternateDirectly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AddSupplementalLogging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AdditionalArchivedLogDestId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AllowSelectNestedTables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ArchivedLogDestId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ArchivedLogsOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AsmPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AsmServer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AsmUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CharLengthSemantics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DirectPathNoLog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DirectPathParallelLoad",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableHomogenousTablespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExtraArchivedLogDestIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FailTasksOnLobTruncation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NumberDatatypeScale",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OraclePathPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParallelAsmReadThreads",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReadAheadBlocks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReadTableSpaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReplacePathPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RetryInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerOracleAsmAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerOracleAsmSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityDbEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityDbEncryptionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpatialDataOptionToGeoJsonFunctionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StandbyDelayTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UseAlternateFolderForOnline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseBFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseDirectPathFullLoad",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseLogminerReader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UsePathPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static POSTGRE_SQL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.PostgreSqlSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfterConnectScript",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BabelfishDatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CaptureDdls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DatabaseMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DdlArtifactsSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExecuteTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FailTasksOnLobTruncation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HeartbeatEnable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HeartbeatFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HeartbeatSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MapBooleanAsBoolean",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PluginName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SlotName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static REDIS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.RedisSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslCaCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslSecurityProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static REDSHIFT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.RedshiftSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptAnyDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AfterConnectScript",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketFolder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CaseSensitiveNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CompUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConnectionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DateFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EmptyAsNull",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExplicitIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FileTransferUploadStreams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoadTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MapBooleanAsBoolean",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RemoveQuotes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReplaceChars",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplaceInvalidChars",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerSideEncryptionKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrimBlanks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TruncateColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WriteBufferSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static S3_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.S3Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AddTrailingPaddingCharacter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BucketFolder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CannedAclForObjects",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CdcInsertsAndUpdates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CdcInsertsOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CdcMaxBatchInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CdcMinFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CdcPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CompressionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CsvDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CsvNoSupValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CsvNullValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CsvRowDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataPageSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DatePartitionDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatePartitionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DatePartitionSequence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatePartitionTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DictPageSizeLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableStatistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncodingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExpectedBucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExternalTableDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlueCatalogGeneration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IgnoreHeaderRows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IncludeOpForFullLoad",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxFileSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParquetTimestampInMillisecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ParquetVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreserveTransactions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Rfc4180",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RowGroupLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerSideEncryptionKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimestampColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseCsvNoSupValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseTaskStartTimeForFullLoadTimestamp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SYBASE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.SybaseSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::Endpoint.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
