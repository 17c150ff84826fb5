// @generated from AWS::QuickSight::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::DataSource` and its property types.

/// Definition of the AWS::QuickSight::DataSource Resource Type.
///
/// CloudFormation type `AWS::QuickSight::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `Name`, `Type`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<DataSourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>A set of alternate data source parameters that you want to share for the credentials stored with this data source.
    #[track_caller]
    pub fn alternate_data_source_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceParameters>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AwsAccountId`.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Data source credentials.
    #[track_caller]
    pub fn credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataSourceCredentials>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSourceId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_source_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The parameters that Amazon QuickSight uses to connect to your underlying data source.
    #[track_caller]
    pub fn data_source_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSourceParameters>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Error information for the data source creation or update.</p>
    #[track_caller]
    pub fn error_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataSourceErrorInfo>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FolderArns`.
    #[track_caller]
    pub fn folder_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Permissions`.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Secure Socket Layer (SSL) properties that apply when Amazon QuickSight connects to your underlying data source.</p>
    #[track_caller]
    pub fn ssl_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<SslProperties>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>VPC connection properties.</p>
    #[track_caller]
    pub fn vpc_connection_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConnectionProperties>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::DataSource"
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
/// The attributes of a `AWS::QuickSight::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSourceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `ADOBE_ANALYTICS`, `AMAZON_ELASTICSEARCH`, `AMAZON_OPENSEARCH`, `ATHENA`, `AURORA`, `AURORA_POSTGRESQL`, `AWS_IOT_ANALYTICS`, `DATABRICKS`, `DENODO`, `DREMIO`, `DYNAMODB`, `SAPHANA`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSourceType {
    /// `ADOBE_ANALYTICS`
    AdobeAnalytics,
    /// `AMAZON_ELASTICSEARCH`
    AmazonElasticsearch,
    /// `AMAZON_OPENSEARCH`
    AmazonOpensearch,
    /// `ATHENA`
    Athena,
    /// `AURORA`
    Aurora,
    /// `AURORA_POSTGRESQL`
    AuroraPostgresql,
    /// `AWS_IOT_ANALYTICS`
    AwsIotAnalytics,
    /// `DATABRICKS`
    Databricks,
    /// `DENODO`
    Denodo,
    /// `DREMIO`
    Dremio,
    /// `DYNAMODB`
    Dynamodb,
    /// `SAPHANA`
    Saphana,
    /// `DB2_AS400`
    Db2As400,
    /// `EXASOL`
    Exasol,
    /// `FILE`
    File,
    /// `FULLY_MANAGED_KNOWLEDGE_BASE`
    FullyManagedKnowledgeBase,
    /// `GITHUB`
    Github,
    /// `INTERNATIONAL_DATA_CORPORATION`
    InternationalDataCorporation,
    /// `JIRA`
    Jira,
    /// `MARIADB`
    Mariadb,
    /// `MYSQL`
    Mysql,
    /// `ORACLE`
    Oracle,
    /// `POSTGRESQL`
    Postgresql,
    /// `PRESTO`
    Presto,
    /// `QBUSINESS`
    Qbusiness,
    /// `REDSHIFT`
    Redshift,
    /// `S3`
    S3,
    /// `S3_TABLES`
    S3Tables,
    /// `S3_KNOWLEDGE_BASE`
    S3KnowledgeBase,
    /// `SALESFORCE`
    Salesforce,
    /// `SERVICENOW`
    Servicenow,
    /// `SNOWFLAKE`
    Snowflake,
    /// `SPARK`
    Spark,
    /// `SPICE`
    Spice,
    /// `SQLSERVER`
    Sqlserver,
    /// `TERADATA`
    Teradata,
    /// `TIMESTREAM`
    Timestream,
    /// `TWITTER`
    Twitter,
    /// `BIGQUERY`
    Bigquery,
    /// `GOOGLE_ANALYTICS`
    GoogleAnalytics,
    /// `TRINO`
    Trino,
    /// `STARBURST`
    Starburst,
    /// `MONGO`
    Mongo,
    /// `MONGO_ATLAS`
    MongoAtlas,
    /// `DOCUMENTDB`
    Documentdb,
    /// `APPFLOW`
    Appflow,
    /// `IMPALA`
    Impala,
    /// `GLUE`
    Glue,
    /// `GLUE_DATA_CATALOG`
    GlueDataCatalog,
    /// `GOOGLE_DRIVE`
    GoogleDrive,
    /// `CONFLUENCE`
    Confluence,
    /// `SHAREPOINT`
    Sharepoint,
    /// `ONE_DRIVE`
    OneDrive,
    /// `WEB_CRAWLER`
    WebCrawler,
    /// `BOX`
    Box,
    /// `GOOGLESHEETS`
    Googlesheets,
    /// `ATLAN`
    Atlan,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdobeAnalytics => "ADOBE_ANALYTICS",
            Self::AmazonElasticsearch => "AMAZON_ELASTICSEARCH",
            Self::AmazonOpensearch => "AMAZON_OPENSEARCH",
            Self::Athena => "ATHENA",
            Self::Aurora => "AURORA",
            Self::AuroraPostgresql => "AURORA_POSTGRESQL",
            Self::AwsIotAnalytics => "AWS_IOT_ANALYTICS",
            Self::Databricks => "DATABRICKS",
            Self::Denodo => "DENODO",
            Self::Dremio => "DREMIO",
            Self::Dynamodb => "DYNAMODB",
            Self::Saphana => "SAPHANA",
            Self::Db2As400 => "DB2_AS400",
            Self::Exasol => "EXASOL",
            Self::File => "FILE",
            Self::FullyManagedKnowledgeBase => "FULLY_MANAGED_KNOWLEDGE_BASE",
            Self::Github => "GITHUB",
            Self::InternationalDataCorporation => "INTERNATIONAL_DATA_CORPORATION",
            Self::Jira => "JIRA",
            Self::Mariadb => "MARIADB",
            Self::Mysql => "MYSQL",
            Self::Oracle => "ORACLE",
            Self::Postgresql => "POSTGRESQL",
            Self::Presto => "PRESTO",
            Self::Qbusiness => "QBUSINESS",
            Self::Redshift => "REDSHIFT",
            Self::S3 => "S3",
            Self::S3Tables => "S3_TABLES",
            Self::S3KnowledgeBase => "S3_KNOWLEDGE_BASE",
            Self::Salesforce => "SALESFORCE",
            Self::Servicenow => "SERVICENOW",
            Self::Snowflake => "SNOWFLAKE",
            Self::Spark => "SPARK",
            Self::Spice => "SPICE",
            Self::Sqlserver => "SQLSERVER",
            Self::Teradata => "TERADATA",
            Self::Timestream => "TIMESTREAM",
            Self::Twitter => "TWITTER",
            Self::Bigquery => "BIGQUERY",
            Self::GoogleAnalytics => "GOOGLE_ANALYTICS",
            Self::Trino => "TRINO",
            Self::Starburst => "STARBURST",
            Self::Mongo => "MONGO",
            Self::MongoAtlas => "MONGO_ATLAS",
            Self::Documentdb => "DOCUMENTDB",
            Self::Appflow => "APPFLOW",
            Self::Impala => "IMPALA",
            Self::Glue => "GLUE",
            Self::GlueDataCatalog => "GLUE_DATA_CATALOG",
            Self::GoogleDrive => "GOOGLE_DRIVE",
            Self::Confluence => "CONFLUENCE",
            Self::Sharepoint => "SHAREPOINT",
            Self::OneDrive => "ONE_DRIVE",
            Self::WebCrawler => "WEB_CRAWLER",
            Self::Box => "BOX",
            Self::Googlesheets => "GOOGLESHEETS",
            Self::Atlan => "ATLAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ADOBE_ANALYTICS",
            "AMAZON_ELASTICSEARCH",
            "AMAZON_OPENSEARCH",
            "ATHENA",
            "AURORA",
            "AURORA_POSTGRESQL",
            "AWS_IOT_ANALYTICS",
            "DATABRICKS",
            "DENODO",
            "DREMIO",
            "DYNAMODB",
            "SAPHANA",
            "DB2_AS400",
            "EXASOL",
            "FILE",
            "FULLY_MANAGED_KNOWLEDGE_BASE",
            "GITHUB",
            "INTERNATIONAL_DATA_CORPORATION",
            "JIRA",
            "MARIADB",
            "MYSQL",
            "ORACLE",
            "POSTGRESQL",
            "PRESTO",
            "QBUSINESS",
            "REDSHIFT",
            "S3",
            "S3_TABLES",
            "S3_KNOWLEDGE_BASE",
            "SALESFORCE",
            "SERVICENOW",
            "SNOWFLAKE",
            "SPARK",
            "SPICE",
            "SQLSERVER",
            "TERADATA",
            "TIMESTREAM",
            "TWITTER",
            "BIGQUERY",
            "GOOGLE_ANALYTICS",
            "TRINO",
            "STARBURST",
            "MONGO",
            "MONGO_ATLAS",
            "DOCUMENTDB",
            "APPFLOW",
            "IMPALA",
            "GLUE",
            "GLUE_DATA_CATALOG",
            "GOOGLE_DRIVE",
            "CONFLUENCE",
            "SHAREPOINT",
            "ONE_DRIVE",
            "WEB_CRAWLER",
            "BOX",
            "GOOGLESHEETS",
            "ATLAN",
        ]
    }
}
impl ::std::convert::From<DataSourceType> for ::forma_core::Value<DataSourceType> {
    fn from(v: DataSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSourceType {}

/// <p>The parameters that Amazon QuickSight uses to connect to your underlying data source.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceParameters {
    props: ::forma_core::schema::Props,
}
impl DataSourceParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The parameters for OpenSearch.</p>
    pub fn amazon_elasticsearch_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonElasticsearchParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The parameters for OpenSearch.</p>
    pub fn amazon_open_search_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonOpenSearchParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Parameters for Amazon Athena.</p>
    pub fn athena_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AthenaParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>Parameters for Amazon Aurora.</p>
    pub fn aurora_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuroraParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>Parameters for Amazon Aurora PostgreSQL-Compatible Edition.</p>
    pub fn aurora_postgre_sql_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuroraPostgreSqlParameters>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>The parameters that are required to connect to a Databricks data source.</p>
    pub fn databricks_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabricksParameters>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>The parameters for MariaDB.</p>
    pub fn maria_db_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MariaDbParameters>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// <p>The parameters for MySQL.</p>
    pub fn my_sql_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<MySqlParameters>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// <p>The parameters for Oracle.</p>
    pub fn oracle_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OracleParameters>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// <p>The parameters for PostgreSQL.</p>
    pub fn postgre_sql_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PostgreSqlParameters>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// <p>The parameters for Presto.</p>
    pub fn presto_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrestoParameters>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// <p>The parameters for Amazon RDS.</p>
    pub fn rds_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<RdsParameters>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// <p>The parameters for Amazon Redshift.
    pub fn redshift_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftParameters>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// <p>The parameters for S3.</p>
    pub fn s3_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Parameters>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `S3TablesParameters`.
    pub fn s3_tables_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3TablesParameters>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// <p>The parameters for Snowflake.</p>
    pub fn snowflake_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeParameters>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// <p>The parameters for Spark.</p>
    pub fn spark_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<SparkParameters>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// <p>The parameters for SQL Server.</p>
    pub fn sql_server_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqlServerParameters>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// <p>The parameters that are required to connect to a Starburst data source.</p>
    pub fn starburst_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StarburstParameters>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// <p>The parameters for Teradata.</p>
    pub fn teradata_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TeradataParameters>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// <p>The parameters that are required to connect to a Trino data source.</p>
    pub fn trino_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrinoParameters>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSourceParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSourceParameters> for ::forma_core::Value<DataSourceParameters> {
    fn from(v: DataSourceParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_PARAMETERS_TYPE.properties))
    }
}

/// <p>Data source credentials.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceCredentials {
    props: ::forma_core::schema::Props,
}
impl DataSourceCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The Amazon Resource Name (ARN) of a data source that has the credential pair that you want to use.
    pub fn copy_source_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The combination of user name and password that are used as credentials.</p>
    pub fn credential_pair(mut self, value: impl ::std::convert::Into<::forma_core::Value<CredentialPair>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KeyPairCredentials`.
    pub fn key_pair_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KeyPairCredentials>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OAuthClientCredentials`.
    pub fn oauth_client_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OauthClientCredentials>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>The Amazon Resource Name (ARN) of the secret associated with the data source in Amazon Secrets Manager.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSourceCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSourceCredentials> for ::forma_core::Value<DataSourceCredentials> {
    fn from(v: DataSourceCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_CREDENTIALS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ACCESS_DENIED`, `COPY_SOURCE_NOT_FOUND`, `TIMEOUT`, `ENGINE_VERSION_NOT_SUPPORTED`, `UNKNOWN_HOST`, `GENERIC_SQL_FAILURE`, `CONFLICT`, `UNKNOWN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSourceErrorInfoType {
    /// `ACCESS_DENIED`
    AccessDenied,
    /// `COPY_SOURCE_NOT_FOUND`
    CopySourceNotFound,
    /// `TIMEOUT`
    Timeout,
    /// `ENGINE_VERSION_NOT_SUPPORTED`
    EngineVersionNotSupported,
    /// `UNKNOWN_HOST`
    UnknownHost,
    /// `GENERIC_SQL_FAILURE`
    GenericSqlFailure,
    /// `CONFLICT`
    Conflict,
    /// `UNKNOWN`
    UnknownValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSourceErrorInfoType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessDenied => "ACCESS_DENIED",
            Self::CopySourceNotFound => "COPY_SOURCE_NOT_FOUND",
            Self::Timeout => "TIMEOUT",
            Self::EngineVersionNotSupported => "ENGINE_VERSION_NOT_SUPPORTED",
            Self::UnknownHost => "UNKNOWN_HOST",
            Self::GenericSqlFailure => "GENERIC_SQL_FAILURE",
            Self::Conflict => "CONFLICT",
            Self::UnknownValue => "UNKNOWN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ACCESS_DENIED",
            "COPY_SOURCE_NOT_FOUND",
            "TIMEOUT",
            "ENGINE_VERSION_NOT_SUPPORTED",
            "UNKNOWN_HOST",
            "GENERIC_SQL_FAILURE",
            "CONFLICT",
            "UNKNOWN",
        ]
    }
}
impl ::std::convert::From<DataSourceErrorInfoType> for ::forma_core::Value<DataSourceErrorInfoType> {
    fn from(v: DataSourceErrorInfoType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSourceErrorInfoType {}

/// <p>Error information for the data source creation or update.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceErrorInfo {
    props: ::forma_core::schema::Props,
}
impl DataSourceErrorInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Error message.</p>
    pub fn message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<DataSourceErrorInfoType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DataSourceErrorInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSourceErrorInfo> for ::forma_core::Value<DataSourceErrorInfo> {
    fn from(v: DataSourceErrorInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_ERROR_INFO_TYPE.properties))
    }
}

/// <p>Permission for the resource.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
    /// `Resource`.
    pub fn resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// <p>Secure Socket Layer (SSL) properties that apply when Amazon QuickSight connects to your underlying data source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SslProperties {
    props: ::forma_core::schema::Props,
}
impl SslProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A Boolean option to control whether SSL should be disabled.</p>
    pub fn disable_ssl(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SslProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SslProperties> for ::forma_core::Value<SslProperties> {
    fn from(v: SslProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSL_PROPERTIES_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// <p>VPC connection properties.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectionProperties {
    props: ::forma_core::schema::Props,
}
impl VpcConnectionProperties {
    /// A new value with its required properties: `VpcConnectionArn`.
    pub fn new(vpc_connection_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_connection_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConnectionProperties> for ::forma_core::Value<VpcConnectionProperties> {
    fn from(v: VpcConnectionProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTION_PROPERTIES_TYPE.properties))
    }
}

/// <p>The parameters for OpenSearch.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonElasticsearchParameters {
    props: ::forma_core::schema::Props,
}
impl AmazonElasticsearchParameters {
    /// A new value with its required properties: `Domain`.
    pub fn new(domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AmazonElasticsearchParameters> for ::forma_core::Value<AmazonElasticsearchParameters> {
    fn from(v: AmazonElasticsearchParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_ELASTICSEARCH_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for OpenSearch.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonOpenSearchParameters {
    props: ::forma_core::schema::Props,
}
impl AmazonOpenSearchParameters {
    /// A new value with its required properties: `Domain`.
    pub fn new(domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AmazonOpenSearchParameters> for ::forma_core::Value<AmazonOpenSearchParameters> {
    fn from(v: AmazonOpenSearchParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_OPEN_SEARCH_PARAMETERS_TYPE.properties))
    }
}

/// <p>Parameters for Amazon Athena.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AthenaParameters {
    props: ::forma_core::schema::Props,
}
impl AthenaParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConsumerAccountRoleArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn consumer_account_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The parameters for an IAM Identity Center configuration.</p>
    pub fn identity_center_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityCenterConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Use the <code>RoleArn</code> structure to override an account-wide role for a specific Athena data source.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>The workgroup that Amazon Athena uses.</p>
    ///
    /// Allowed: length 1 to 128.
    pub fn work_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AthenaParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AthenaParameters> for ::forma_core::Value<AthenaParameters> {
    fn from(v: AthenaParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATHENA_PARAMETERS_TYPE.properties))
    }
}

/// <p>Parameters for Amazon Aurora.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AuroraParameters {
    props: ::forma_core::schema::Props,
}
impl AuroraParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuroraParameters> for ::forma_core::Value<AuroraParameters> {
    fn from(v: AuroraParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AURORA_PARAMETERS_TYPE.properties))
    }
}

/// <p>Parameters for Amazon Aurora PostgreSQL-Compatible Edition.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AuroraPostgreSqlParameters {
    props: ::forma_core::schema::Props,
}
impl AuroraPostgreSqlParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuroraPostgreSqlParameters> for ::forma_core::Value<AuroraPostgreSqlParameters> {
    fn from(v: AuroraPostgreSqlParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AURORA_POSTGRE_SQL_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PASSWORD`, `TOKEN`, `X509`, `KEYPAIR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `PASSWORD`
    Password,
    /// `TOKEN`
    Token,
    /// `X509`
    X509,
    /// `KEYPAIR`
    Keypair,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "PASSWORD",
            Self::Token => "TOKEN",
            Self::X509 => "X509",
            Self::Keypair => "KEYPAIR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PASSWORD", "TOKEN", "X509", "KEYPAIR"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// <p>The parameters that are required to connect to a Databricks data source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DatabricksParameters {
    props: ::forma_core::schema::Props,
}
impl DatabricksParameters {
    /// A new value with its required properties: `Host`, `Port`, `SqlEndpointPath`.
    pub fn new(
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
        sql_endpoint_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, host.into().into_expr());
        props.set(3, port.into().into_expr());
        props.set(4, sql_endpoint_path.into().into_expr());
        Self { props }
    }
    /// `AuthenticationType`.
    pub fn authentication_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `OAuthParameters`.
    pub fn oauth_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<OauthParameters>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatabricksParameters> for ::forma_core::Value<DatabricksParameters> {
    fn from(v: DatabricksParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABRICKS_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for MariaDB.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct MariaDbParameters {
    props: ::forma_core::schema::Props,
}
impl MariaDbParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MariaDbParameters> for ::forma_core::Value<MariaDbParameters> {
    fn from(v: MariaDbParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARIA_DB_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for MySQL.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct MySqlParameters {
    props: ::forma_core::schema::Props,
}
impl MySqlParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MySqlParameters> for ::forma_core::Value<MySqlParameters> {
    fn from(v: MySqlParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MY_SQL_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Oracle.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct OracleParameters {
    props: ::forma_core::schema::Props,
}
impl OracleParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
    /// `UseServiceName`.
    pub fn use_service_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OracleParameters> for ::forma_core::Value<OracleParameters> {
    fn from(v: OracleParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORACLE_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for PostgreSQL.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct PostgreSqlParameters {
    props: ::forma_core::schema::Props,
}
impl PostgreSqlParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PostgreSqlParameters> for ::forma_core::Value<PostgreSqlParameters> {
    fn from(v: PostgreSqlParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POSTGRE_SQL_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Presto.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct PrestoParameters {
    props: ::forma_core::schema::Props,
}
impl PrestoParameters {
    /// A new value with its required properties: `Catalog`, `Host`, `Port`.
    pub fn new(
        catalog: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrestoParameters> for ::forma_core::Value<PrestoParameters> {
    fn from(v: PrestoParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRESTO_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Amazon RDS.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RdsParameters {
    props: ::forma_core::schema::Props,
}
impl RdsParameters {
    /// A new value with its required properties: `Database`, `InstanceId`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, instance_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RdsParameters> for ::forma_core::Value<RdsParameters> {
    fn from(v: RdsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Amazon Redshift.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftParameters {
    props: ::forma_core::schema::Props,
}
impl RedshiftParameters {
    /// A new value with its required properties: `Database`.
    pub fn new(database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database.into().into_expr());
        Self { props }
    }
    /// <p>Cluster ID.
    ///
    /// Allowed: length 1 to 64.
    pub fn cluster_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Host.
    ///
    /// Allowed: length 1 to 256.
    pub fn host(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>A structure that grants Amazon QuickSight access to your cluster and make a call to the <code>redshift:GetClusterCredentials</code> API.
    pub fn iam_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftIamParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>The parameters for an IAM Identity Center configuration.</p>
    pub fn identity_center_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityCenterConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>Port.
    ///
    /// Allowed: 0 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftParameters> for ::forma_core::Value<RedshiftParameters> {
    fn from(v: RedshiftParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for S3.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct S3Parameters {
    props: ::forma_core::schema::Props,
}
impl S3Parameters {
    /// A new value with its required properties: `ManifestFileLocation`.
    pub fn new(manifest_file_location: impl ::std::convert::Into<::forma_core::Value<ManifestFileLocation>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, manifest_file_location.into().into_expr());
        Self { props }
    }
    /// <p>Use the <code>RoleArn</code> structure to override an account-wide role for a specific S3 data source.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Parameters> for ::forma_core::Value<S3Parameters> {
    fn from(v: S3Parameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_PARAMETERS_TYPE.properties))
    }
}

/// The `S3TablesParameters` property type of `AWS::QuickSight::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3TablesParameters {
    props: ::forma_core::schema::Props,
}
impl S3TablesParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TableBucketArn`.
    pub fn table_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3TablesParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3TablesParameters> for ::forma_core::Value<S3TablesParameters> {
    fn from(v: S3TablesParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TABLES_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Snowflake.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeParameters {
    props: ::forma_core::schema::Props,
}
impl SnowflakeParameters {
    /// A new value with its required properties: `Database`, `Host`, `Warehouse`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        warehouse: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database.into().into_expr());
        props.set(3, host.into().into_expr());
        props.set(5, warehouse.into().into_expr());
        Self { props }
    }
    /// `AuthenticationType`.
    pub fn authentication_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DatabaseAccessControlRole`.
    ///
    /// Allowed: length 0 to 128.
    pub fn database_access_control_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OAuthParameters`.
    pub fn oauth_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<OauthParameters>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SnowflakeParameters> for ::forma_core::Value<SnowflakeParameters> {
    fn from(v: SnowflakeParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Spark.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SparkParameters {
    props: ::forma_core::schema::Props,
}
impl SparkParameters {
    /// A new value with its required properties: `Host`, `Port`.
    pub fn new(
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, host.into().into_expr());
        props.set(1, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SparkParameters> for ::forma_core::Value<SparkParameters> {
    fn from(v: SparkParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPARK_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for SQL Server.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SqlServerParameters {
    props: ::forma_core::schema::Props,
}
impl SqlServerParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SqlServerParameters> for ::forma_core::Value<SqlServerParameters> {
    fn from(v: SqlServerParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_SERVER_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GALAXY`, `ENTERPRISE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StarburstProductType {
    /// `GALAXY`
    Galaxy,
    /// `ENTERPRISE`
    Enterprise,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StarburstProductType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Galaxy => "GALAXY",
            Self::Enterprise => "ENTERPRISE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GALAXY", "ENTERPRISE"]
    }
}
impl ::std::convert::From<StarburstProductType> for ::forma_core::Value<StarburstProductType> {
    fn from(v: StarburstProductType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StarburstProductType {}

/// <p>The parameters that are required to connect to a Starburst data source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct StarburstParameters {
    props: ::forma_core::schema::Props,
}
impl StarburstParameters {
    /// A new value with its required properties: `Catalog`, `Host`, `Port`.
    pub fn new(
        catalog: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, catalog.into().into_expr());
        props.set(3, host.into().into_expr());
        props.set(5, port.into().into_expr());
        Self { props }
    }
    /// `AuthenticationType`.
    pub fn authentication_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DatabaseAccessControlRole`.
    ///
    /// Allowed: length 0 to 128.
    pub fn database_access_control_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OAuthParameters`.
    pub fn oauth_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<OauthParameters>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ProductType`.
    pub fn product_type(mut self, value: impl ::forma_core::schema::EnumArg<StarburstProductType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<StarburstParameters> for ::forma_core::Value<StarburstParameters> {
    fn from(v: StarburstParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STARBURST_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters for Teradata.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct TeradataParameters {
    props: ::forma_core::schema::Props,
}
impl TeradataParameters {
    /// A new value with its required properties: `Database`, `Host`, `Port`.
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TeradataParameters> for ::forma_core::Value<TeradataParameters> {
    fn from(v: TeradataParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TERADATA_PARAMETERS_TYPE.properties))
    }
}

/// <p>The parameters that are required to connect to a Trino data source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct TrinoParameters {
    props: ::forma_core::schema::Props,
}
impl TrinoParameters {
    /// A new value with its required properties: `Catalog`, `Host`, `Port`.
    pub fn new(
        catalog: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrinoParameters> for ::forma_core::Value<TrinoParameters> {
    fn from(v: TrinoParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRINO_PARAMETERS_TYPE.properties))
    }
}

/// <p>The combination of user name and password that are used as credentials.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialPair {
    props: ::forma_core::schema::Props,
}
impl CredentialPair {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, password.into().into_expr());
        props.set(2, username.into().into_expr());
        Self { props }
    }
    /// <p>A set of alternate data source parameters that you want to share for these credentials.
    pub fn alternate_data_source_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceParameters>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CredentialPair> for ::forma_core::Value<CredentialPair> {
    fn from(v: CredentialPair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDENTIAL_PAIR_TYPE.properties))
    }
}

/// The `KeyPairCredentials` property type of `AWS::QuickSight::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyPairCredentials {
    props: ::forma_core::schema::Props,
}
impl KeyPairCredentials {
    /// A new value with its required properties: `KeyPairUsername`, `PrivateKey`.
    pub fn new(
        key_pair_username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        private_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key_pair_username.into().into_expr());
        props.set(1, private_key.into().into_expr());
        Self { props }
    }
    /// `PrivateKeyPassphrase`.
    ///
    /// Allowed: length 0 to 256.
    pub fn private_key_passphrase(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KeyPairCredentials> for ::forma_core::Value<KeyPairCredentials> {
    fn from(v: KeyPairCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_PAIR_CREDENTIALS_TYPE.properties))
    }
}

/// The `OAuthClientCredentials` property type of `AWS::QuickSight::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthClientCredentials {
    props: ::forma_core::schema::Props,
}
impl OauthClientCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientId`.
    ///
    /// Allowed: length 1 to 256.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Username`.
    ///
    /// Allowed: length 1 to 64.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OauthClientCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OauthClientCredentials> for ::forma_core::Value<OauthClientCredentials> {
    fn from(v: OauthClientCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH_CLIENT_CREDENTIALS_TYPE.properties))
    }
}

/// <p>The parameters for an IAM Identity Center configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCenterConfiguration {
    props: ::forma_core::schema::Props,
}
impl IdentityCenterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A Boolean option that controls whether Trusted Identity Propagation should be used.</p>
    pub fn enable_identity_propagation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdentityCenterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityCenterConfiguration> for ::forma_core::Value<IdentityCenterConfiguration> {
    fn from(v: IdentityCenterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_CENTER_CONFIGURATION_TYPE.properties))
    }
}

/// The `OAuthParameters` property type of `AWS::QuickSight::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthParameters {
    props: ::forma_core::schema::Props,
}
impl OauthParameters {
    /// A new value with its required properties: `TokenProviderUrl`.
    pub fn new(token_provider_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, token_provider_url.into().into_expr());
        Self { props }
    }
    /// `IdentityProviderResourceUri`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn identity_provider_resource_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>VPC connection properties.</p>
    pub fn identity_provider_vpc_connection_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConnectionProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OAuthScope`.
    ///
    /// Allowed: length 1 to 128.
    pub fn oauth_scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OauthParameters> for ::forma_core::Value<OauthParameters> {
    fn from(v: OauthParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH_PARAMETERS_TYPE.properties))
    }
}

/// <p>A structure that grants Amazon QuickSight access to your cluster and make a call to the <code>redshift:GetClusterCredentials</code> API.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftIamParameters {
    props: ::forma_core::schema::Props,
}
impl RedshiftIamParameters {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, role_arn.into().into_expr());
        Self { props }
    }
    /// <p>Automatically creates a database user.
    pub fn auto_create_database_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A list of groups whose permissions will be granted to Amazon QuickSight to access the cluster.
    pub fn database_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The user whose permissions and group memberships will be used by Amazon QuickSight to access the cluster.
    ///
    /// Allowed: length 1 to 64.
    pub fn database_user(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftIamParameters> for ::forma_core::Value<RedshiftIamParameters> {
    fn from(v: RedshiftIamParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_IAM_PARAMETERS_TYPE.properties))
    }
}

/// <p>Amazon S3 manifest file location.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestFileLocation {
    props: ::forma_core::schema::Props,
}
impl ManifestFileLocation {
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
}
impl ::std::convert::From<ManifestFileLocation> for ::forma_core::Value<ManifestFileLocation> {
    fn from(v: ManifestFileLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_FILE_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlternateDataSourceParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_PARAMETERS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Credentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSourceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataSourceParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ErrorInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_ERROR_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FolderArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(64) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SslProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSL_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ADOBE_ANALYTICS",
                "AMAZON_ELASTICSEARCH",
                "AMAZON_OPENSEARCH",
                "ATHENA",
                "AURORA",
                "AURORA_POSTGRESQL",
                "AWS_IOT_ANALYTICS",
                "DATABRICKS",
                "DENODO",
                "DREMIO",
                "DYNAMODB",
                "SAPHANA",
                "DB2_AS400",
                "EXASOL",
                "FILE",
                "FULLY_MANAGED_KNOWLEDGE_BASE",
                "GITHUB",
                "INTERNATIONAL_DATA_CORPORATION",
                "JIRA",
                "MARIADB",
                "MYSQL",
                "ORACLE",
                "POSTGRESQL",
                "PRESTO",
                "QBUSINESS",
                "REDSHIFT",
                "S3",
                "S3_TABLES",
                "S3_KNOWLEDGE_BASE",
                "SALESFORCE",
                "SERVICENOW",
                "SNOWFLAKE",
                "SPARK",
                "SPICE",
                "SQLSERVER",
                "TERADATA",
                "TIMESTREAM",
                "TWITTER",
                "BIGQUERY",
                "GOOGLE_ANALYTICS",
                "TRINO",
                "STARBURST",
                "MONGO",
                "MONGO_ATLAS",
                "DOCUMENTDB",
                "APPFLOW",
                "IMPALA",
                "GLUE",
                "GLUE_DATA_CATALOG",
                "GOOGLE_DRIVE",
                "CONFLUENCE",
                "SHAREPOINT",
                "ONE_DRIVE",
                "WEB_CRAWLER",
                "BOX",
                "GOOGLESHEETS",
                "ATLAN",
            ]),
        },
        ::forma_core::schema::Property {
            name: "VpcConnectionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTION_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime", "LastUpdatedTime", "Status"],
};

static DATA_SOURCE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.DataSourceParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmazonElasticsearchParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMAZON_ELASTICSEARCH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AmazonOpenSearchParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMAZON_OPEN_SEARCH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AthenaParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATHENA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuroraParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AURORA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuroraPostgreSqlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AURORA_POSTGRE_SQL_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabricksParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABRICKS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MariaDbParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARIA_DB_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MySqlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MY_SQL_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OracleParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORACLE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PostgreSqlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POSTGRE_SQL_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrestoParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRESTO_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RdsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RDS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedshiftParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3TablesParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_TABLES_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnowflakeParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SparkParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPARK_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqlServerParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQL_SERVER_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StarburstParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STARBURST_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TeradataParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TERADATA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrinoParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRINO_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static DATA_SOURCE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.DataSourceCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopySourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[-a-z0-9]*:quicksight:[-a-z0-9]*:[0-9]{12}:datasource/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CredentialPair",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREDENTIAL_PAIR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyPairCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_PAIR_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuthClientCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH_CLIENT_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[-a-z0-9]*:secretsmanager:[-a-z0-9]*:[0-9]{12}:secret:.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static DATA_SOURCE_ERROR_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.DataSourceErrorInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "Message",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ACCESS_DENIED",
                "COPY_SOURCE_NOT_FOUND",
                "TIMEOUT",
                "ENGINE_VERSION_NOT_SUPPORTED",
                "UNKNOWN_HOST",
                "GENERIC_SQL_FAILURE",
                "CONFLICT",
                "UNKNOWN",
            ]),
        },
    ],
    rules: &[],
};

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Resource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SSL_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.SslProperties",
    properties: &[::forma_core::schema::Property {
        name: "DisableSsl",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.Tag",
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

static VPC_CONNECTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.VpcConnectionProperties",
    properties: &[::forma_core::schema::Property {
        name: "VpcConnectionArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static AMAZON_ELASTICSEARCH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.AmazonElasticsearchParameters",
    properties: &[::forma_core::schema::Property {
        name: "Domain",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static AMAZON_OPEN_SEARCH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.AmazonOpenSearchParameters",
    properties: &[::forma_core::schema::Property {
        name: "Domain",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static ATHENA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.AthenaParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumerAccountRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static AURORA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.AuroraParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static AURORA_POSTGRE_SQL_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.AuroraPostgreSqlParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static DATABRICKS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.DatabricksParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PASSWORD", "TOKEN", "X509", "KEYPAIR"]),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SqlEndpointPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static MARIA_DB_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.MariaDbParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static MY_SQL_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.MySqlParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static ORACLE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.OracleParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "UseServiceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static POSTGRE_SQL_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.PostgreSqlParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static PRESTO_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.PrestoParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static RDS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.RdsParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static REDSHIFT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.RedshiftParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "IAMParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_IAM_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static S3_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.S3Parameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManifestFileLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANIFEST_FILE_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static S3_TABLES_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.S3TablesParameters",
    properties: &[::forma_core::schema::Property {
        name: "TableBucketArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-zA-Z0-9-_]{3,63})$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static SNOWFLAKE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.SnowflakeParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PASSWORD", "TOKEN", "X509", "KEYPAIR"]),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseAccessControlRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Warehouse",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SPARK_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.SparkParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static SQL_SERVER_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.SqlServerParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static STARBURST_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.StarburstParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PASSWORD", "TOKEN", "X509", "KEYPAIR"]),
        },
        ::forma_core::schema::Property {
            name: "Catalog",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseAccessControlRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProductType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GALAXY", "ENTERPRISE"]),
        },
    ],
    rules: &[],
};

static TERADATA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.TeradataParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static TRINO_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.TrinoParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static CREDENTIAL_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.CredentialPair",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlternateDataSourceParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_PARAMETERS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static KEY_PAIR_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::QuickSight::DataSource.KeyPairCredentials",
properties: &[
::forma_core::schema::Property { name: "KeyPairUsername", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "PrivateKey", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^-{5}BEGIN (ENCRYPTED )?PRIVATE KEY-{5}\\u000D?\\u000A([A-Za-z0-9/+]{64}\\u000D?\\u000A)*[A-Za-z0-9/+]{1,64}={0,2}\\u000D?\\u000A-{5}END (ENCRYPTED )?PRIVATE KEY-{5}(\\u000D?\\u000A)?$"), min_length: Some(1600), max_length: Some(8000) }) },
::forma_core::schema::Property { name: "PrivateKeyPassphrase", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
],
rules: &[],
};

static OAUTH_CLIENT_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.OAuthClientCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{Cc}]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static IDENTITY_CENTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.IdentityCenterConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EnableIdentityPropagation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static OAUTH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.OAuthParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentityProviderResourceUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderVpcConnectionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuthScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TokenProviderUrl",
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

static REDSHIFT_IAM_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.RedshiftIAMParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoCreateDatabaseUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DatabaseGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatabaseUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static MANIFEST_FILE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSource.ManifestFileLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
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
    ],
    rules: &[],
};
