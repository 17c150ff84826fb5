// @generated from AWS::DMS::DataProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::DataProvider` and its property types.

/// Resource schema for AWS::DMS::DataProvider
///
/// CloudFormation type `AWS::DMS::DataProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataProvider {
    props: ::forma_core::schema::Props,
}
impl DataProvider {
    /// A new resource with its required properties: `Engine`.
    #[track_caller]
    pub fn new(engine: impl ::forma_core::schema::EnumArg<Engine>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, engine.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// [DEPRECATED] This property is unused and will be ignored.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn data_provider_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes a name to identify the data provider.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn data_provider_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The optional description of the data provider.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes the exact settings which can be modified
    #[track_caller]
    pub fn exact_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property identifies the exact type of settings for the data provider.
    #[track_caller]
    pub fn settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Settings>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the data provider is virtual.
    #[track_caller]
    pub fn virtual_(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataProvider {
    type Attributes = DataProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::DataProvider"
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
/// The attributes of a `AWS::DMS::DataProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataProviderAttributes {
    /// `Fn::GetAtt` `DataProviderArn`.
    pub fn data_provider_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataProviderArn")
    }
    /// `Fn::GetAtt` `DataProviderCreationTime`.
    pub fn data_provider_creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataProviderCreationTime")
    }
}

/// The values CloudFormation documents: `aurora`, `aurora_postgresql`, `mysql`, `oracle`, `postgres`, `sqlserver`, `redshift`, `mariadb`, `mongodb`, `docdb`, `db2`, `db2_zos`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Engine {
    /// `aurora`
    Aurora,
    /// `aurora_postgresql`
    AuroraPostgresql,
    /// `mysql`
    Mysql,
    /// `oracle`
    Oracle,
    /// `postgres`
    Postgres,
    /// `sqlserver`
    Sqlserver,
    /// `redshift`
    Redshift,
    /// `mariadb`
    Mariadb,
    /// `mongodb`
    Mongodb,
    /// `docdb`
    Docdb,
    /// `db2`
    Db2,
    /// `db2_zos`
    Db2Zos,
    /// `sybase`
    Sybase,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Engine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aurora => "aurora",
            Self::AuroraPostgresql => "aurora_postgresql",
            Self::Mysql => "mysql",
            Self::Oracle => "oracle",
            Self::Postgres => "postgres",
            Self::Sqlserver => "sqlserver",
            Self::Redshift => "redshift",
            Self::Mariadb => "mariadb",
            Self::Mongodb => "mongodb",
            Self::Docdb => "docdb",
            Self::Db2 => "db2",
            Self::Db2Zos => "db2_zos",
            Self::Sybase => "sybase",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "aurora",
            "aurora_postgresql",
            "mysql",
            "oracle",
            "postgres",
            "sqlserver",
            "redshift",
            "mariadb",
            "mongodb",
            "docdb",
            "db2",
            "db2_zos",
            "sybase",
        ]
    }
}
impl ::std::convert::From<Engine> for ::forma_core::Value<Engine> {
    fn from(v: Engine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Engine {}

/// The property identifies the exact type of settings for the data provider.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    props: ::forma_core::schema::Props,
}
impl Settings {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of `PostgreSqlSettings`, `MySqlSettings`, `OracleSettings`, `MicrosoftSqlServerSettings`, `RedshiftSettings`, `DocDbSettings`, `MariaDbSettings`, `MongoDbSettings`, `IbmDb2LuwSettings`, `IbmDb2zOsSettings` or `SybaseAseSettings`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// DocDbSettings property identifier.
    pub fn doc_db_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsDocDbSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// IbmDb2LuwSettings property identifier.
    pub fn ibm_db2_luw_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsIbmDb2LuwSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// IbmDb2zOsSettings property identifier.
    pub fn ibm_db2_z_os_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsIbmDb2ZOsSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// MariaDbSettings property identifier.
    pub fn maria_db_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsMariaDbSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// MicrosoftSqlServerSettings property identifier.
    pub fn microsoft_sql_server_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsMicrosoftSqlServerSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// MongoDbSettings property identifier.
    pub fn mongo_db_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsMongoDbSettings>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// MySqlSettings property identifier.
    pub fn my_sql_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsMySqlSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// OracleSettings property identifier.
    pub fn oracle_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsOracleSettings>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// PostgreSqlSettings property identifier.
    pub fn postgre_sql_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsPostgreSqlSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// RedshiftSettings property identifier.
    pub fn redshift_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsRedshiftSettings>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// SybaseAseSettings property identifier.
    pub fn sybase_ase_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SettingsSybaseAseSettings>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Settings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Settings> for ::forma_core::Value<Settings> {
    fn from(v: Settings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The values CloudFormation documents: `none`, `require`, `verify-full`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MongoDbSslModeValue {
    /// `none`
    None,
    /// `require`
    Require,
    /// `verify-full`
    VerifyFull,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MongoDbSslModeValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Require => "require",
            Self::VerifyFull => "verify-full",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "require", "verify-full"]
    }
}
impl ::std::convert::From<MongoDbSslModeValue> for ::forma_core::Value<MongoDbSslModeValue> {
    fn from(v: MongoDbSslModeValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MongoDbSslModeValue {}

/// DocDbSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsDocDbSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsDocDbSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(2, port.into().into_expr());
        props.set(3, server_name.into().into_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SslMode`.
    pub fn ssl_mode(mut self, value: impl ::forma_core::schema::EnumArg<MongoDbSslModeValue>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SettingsDocDbSettings> for ::forma_core::Value<SettingsDocDbSettings> {
    fn from(v: SettingsDocDbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_DOC_DB_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `none`, `verify-ca`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Db2SslModeValue {
    /// `none`
    None,
    /// `verify-ca`
    VerifyCa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Db2SslModeValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::VerifyCa => "verify-ca",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "verify-ca"]
    }
}
impl ::std::convert::From<Db2SslModeValue> for ::forma_core::Value<Db2SslModeValue> {
    fn from(v: Db2SslModeValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Db2SslModeValue {}

/// IbmDb2LuwSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsIbmDb2LuwSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsIbmDb2LuwSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`, `SslMode`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<Db2SslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(3, port.into().into_expr());
        props.set(5, server_name.into().into_expr());
        props.set(6, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EncryptionAlgorithm`.
    pub fn encryption_algorithm(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SecurityMechanism`.
    pub fn security_mechanism(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsIbmDb2LuwSettings> for ::forma_core::Value<SettingsIbmDb2LuwSettings> {
    fn from(v: SettingsIbmDb2LuwSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_IBM_DB2_LUW_SETTINGS_TYPE.properties))
    }
}

/// IbmDb2zOsSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsIbmDb2ZOsSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsIbmDb2ZOsSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`, `SslMode`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<Db2SslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(2, port.into().into_expr());
        props.set(3, server_name.into().into_expr());
        props.set(4, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsIbmDb2ZOsSettings> for ::forma_core::Value<SettingsIbmDb2ZOsSettings> {
    fn from(v: SettingsIbmDb2ZOsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_IBM_DB2_Z_OS_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `none`, `require`, `verify-ca`, `verify-full`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DmsSslModeValue {
    /// `none`
    None,
    /// `require`
    Require,
    /// `verify-ca`
    VerifyCa,
    /// `verify-full`
    VerifyFull,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DmsSslModeValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "require", "verify-ca", "verify-full"]
    }
}
impl ::std::convert::From<DmsSslModeValue> for ::forma_core::Value<DmsSslModeValue> {
    fn from(v: DmsSslModeValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DmsSslModeValue {}

/// MariaDbSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsMariaDbSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsMariaDbSettings {
    /// A new value with its required properties: `Port`, `ServerName`, `SslMode`.
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<DmsSslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, port.into().into_expr());
        props.set(2, server_name.into().into_expr());
        props.set(3, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsMariaDbSettings> for ::forma_core::Value<SettingsMariaDbSettings> {
    fn from(v: SettingsMariaDbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_MARIA_DB_SETTINGS_TYPE.properties))
    }
}

/// MicrosoftSqlServerSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsMicrosoftSqlServerSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsMicrosoftSqlServerSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`, `SslMode`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<DmsSslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(2, port.into().into_expr());
        props.set(5, server_name.into().into_expr());
        props.set(6, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN for the role the application uses to access its Amazon S3 bucket.
    pub fn s3_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The path for the Amazon S3 bucket that the application uses for accessing the user-defined schema.
    pub fn s3_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsMicrosoftSqlServerSettings>
    for ::forma_core::Value<SettingsMicrosoftSqlServerSettings>
{
    fn from(v: SettingsMicrosoftSqlServerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_MICROSOFT_SQL_SERVER_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `mongodb_cr`, `scram_sha_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MongoDbAuthMechanism {
    /// `default`
    Default,
    /// `mongodb_cr`
    MongodbCr,
    /// `scram_sha_1`
    ScramSha1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MongoDbAuthMechanism {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::MongodbCr => "mongodb_cr",
            Self::ScramSha1 => "scram_sha_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "mongodb_cr", "scram_sha_1"]
    }
}
impl ::std::convert::From<MongoDbAuthMechanism> for ::forma_core::Value<MongoDbAuthMechanism> {
    fn from(v: MongoDbAuthMechanism) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MongoDbAuthMechanism {}

/// The values CloudFormation documents: `no`, `password`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MongoDbAuthType {
    /// `no`
    No,
    /// `password`
    Password,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MongoDbAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::No => "no",
            Self::Password => "password",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["no", "password"]
    }
}
impl ::std::convert::From<MongoDbAuthType> for ::forma_core::Value<MongoDbAuthType> {
    fn from(v: MongoDbAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MongoDbAuthType {}

/// MongoDbSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsMongoDbSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsMongoDbSettings {
    /// A new value with its required properties: `Port`, `ServerName`.
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, port.into().into_expr());
        props.set(6, server_name.into().into_expr());
        Self { props }
    }
    /// `AuthMechanism`.
    pub fn auth_mechanism(mut self, value: impl ::forma_core::schema::EnumArg<MongoDbAuthMechanism>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `AuthSource`.
    pub fn auth_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AuthType`.
    pub fn auth_type(mut self, value: impl ::forma_core::schema::EnumArg<MongoDbAuthType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DatabaseName`.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SslMode`.
    pub fn ssl_mode(mut self, value: impl ::forma_core::schema::EnumArg<MongoDbSslModeValue>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SettingsMongoDbSettings> for ::forma_core::Value<SettingsMongoDbSettings> {
    fn from(v: SettingsMongoDbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_MONGO_DB_SETTINGS_TYPE.properties))
    }
}

/// MySqlSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsMySqlSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsMySqlSettings {
    /// A new value with its required properties: `Port`, `ServerName`, `SslMode`.
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<DmsSslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, port.into().into_expr());
        props.set(2, server_name.into().into_expr());
        props.set(3, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsMySqlSettings> for ::forma_core::Value<SettingsMySqlSettings> {
    fn from(v: SettingsMySqlSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_MY_SQL_SETTINGS_TYPE.properties))
    }
}

/// OracleSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsOracleSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsOracleSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`, `SslMode`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<DmsSslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, database_name.into().into_expr());
        props.set(3, port.into().into_expr());
        props.set(8, server_name.into().into_expr());
        props.set(9, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `AsmServer`.
    pub fn asm_server(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecretsManagerOracleAsmAccessRoleArn`.
    pub fn secrets_manager_oracle_asm_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SecretsManagerOracleAsmSecretId`.
    pub fn secrets_manager_oracle_asm_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SecretsManagerSecurityDbEncryptionAccessRoleArn`.
    pub fn secrets_manager_security_db_encryption_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SecretsManagerSecurityDbEncryptionSecretId`.
    pub fn secrets_manager_security_db_encryption_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsOracleSettings> for ::forma_core::Value<SettingsOracleSettings> {
    fn from(v: SettingsOracleSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_ORACLE_SETTINGS_TYPE.properties))
    }
}

/// PostgreSqlSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsPostgreSqlSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsPostgreSqlSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`, `SslMode`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<DmsSslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(2, port.into().into_expr());
        props.set(3, server_name.into().into_expr());
        props.set(4, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsPostgreSqlSettings> for ::forma_core::Value<SettingsPostgreSqlSettings> {
    fn from(v: SettingsPostgreSqlSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_POSTGRE_SQL_SETTINGS_TYPE.properties))
    }
}

/// RedshiftSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsRedshiftSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsRedshiftSettings {
    /// A new value with its required properties: `DatabaseName`, `Port`, `ServerName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        props.set(1, port.into().into_expr());
        props.set(2, server_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SettingsRedshiftSettings> for ::forma_core::Value<SettingsRedshiftSettings> {
    fn from(v: SettingsRedshiftSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_REDSHIFT_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `none`, `require`, `verify-ca`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SybaseSslModeValue {
    /// `none`
    None,
    /// `require`
    Require,
    /// `verify-ca`
    VerifyCa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SybaseSslModeValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "require", "verify-ca"]
    }
}
impl ::std::convert::From<SybaseSslModeValue> for ::forma_core::Value<SybaseSslModeValue> {
    fn from(v: SybaseSslModeValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SybaseSslModeValue {}

/// SybaseAseSettings property identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsSybaseAseSettings {
    props: ::forma_core::schema::Props,
}
impl SettingsSybaseAseSettings {
    /// A new value with its required properties: `Port`, `ServerName`, `SslMode`.
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ssl_mode: impl ::forma_core::schema::EnumArg<SybaseSslModeValue>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, port.into().into_expr());
        props.set(4, server_name.into().into_expr());
        props.set(5, ssl_mode.into_enum_expr());
        Self { props }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseName`.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EncryptPassword`.
    pub fn encrypt_password(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SettingsSybaseAseSettings> for ::forma_core::Value<SettingsSybaseAseSettings> {
    fn from(v: SettingsSybaseAseSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SETTINGS_SYBASE_ASE_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::DMS::DataProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::DataProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataProviderIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataProviderName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "aurora",
                "aurora_postgresql",
                "mysql",
                "oracle",
                "postgres",
                "sqlserver",
                "redshift",
                "mariadb",
                "mongodb",
                "docdb",
                "db2",
                "db2_zos",
                "sybase",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ExactSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_TYPE),
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
            name: "Virtual",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["DataProviderArn", "DataProviderCreationTime"],
};

static SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.Settings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocDbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_DOC_DB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IbmDb2LuwSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_IBM_DB2_LUW_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IbmDb2zOsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_IBM_DB2_Z_OS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MariaDbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_MARIA_DB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MicrosoftSqlServerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_MICROSOFT_SQL_SERVER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MongoDbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_MONGO_DB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MySqlSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_MY_SQL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OracleSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_ORACLE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PostgreSqlSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_POSTGRE_SQL_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedshiftSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_REDSHIFT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SybaseAseSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SETTINGS_SYBASE_ASE_SETTINGS_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[
        &["PostgreSqlSettings"],
        &["MySqlSettings"],
        &["OracleSettings"],
        &["MicrosoftSqlServerSettings"],
        &["RedshiftSettings"],
        &["DocDbSettings"],
        &["MariaDbSettings"],
        &["MongoDbSettings"],
        &["IbmDb2LuwSettings"],
        &["IbmDb2zOsSettings"],
        &["SybaseAseSettings"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.Tag",
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

static SETTINGS_DOC_DB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsDocDbSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-full"]),
        },
    ],
    rules: &[],
};

static SETTINGS_IBM_DB2_LUW_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsIbmDb2LuwSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityMechanism",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "verify-ca"]),
        },
    ],
    rules: &[],
};

static SETTINGS_IBM_DB2_Z_OS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsIbmDb2zOsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "verify-ca"]),
        },
    ],
    rules: &[],
};

static SETTINGS_MARIA_DB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsMariaDbSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-ca", "verify-full"]),
        },
    ],
    rules: &[],
};

static SETTINGS_MICROSOFT_SQL_SERVER_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DMS::DataProvider.SettingsMicrosoftSqlServerSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "CertificateArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DatabaseName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Port",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "S3AccessRoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "S3Path",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ServerName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SslMode",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-ca", "verify-full"]),
            },
        ],
        rules: &[],
    };

static SETTINGS_MONGO_DB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsMongoDbSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthMechanism",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["default", "mongodb_cr", "scram_sha_1"]),
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
            shape: ::forma_core::schema::Shape::Enum(&["no", "password"]),
        },
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
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-full"]),
        },
    ],
    rules: &[],
};

static SETTINGS_MY_SQL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsMySqlSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-ca", "verify-full"]),
        },
    ],
    rules: &[],
};

static SETTINGS_ORACLE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsOracleSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AsmServer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
            name: "SecretsManagerSecurityDbEncryptionAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecurityDbEncryptionSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-ca", "verify-full"]),
        },
    ],
    rules: &[],
};

static SETTINGS_POSTGRE_SQL_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsPostgreSqlSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-ca", "verify-full"]),
        },
    ],
    rules: &[],
};

static SETTINGS_REDSHIFT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsRedshiftSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SETTINGS_SYBASE_ASE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataProvider.SettingsSybaseAseSettings",
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
            name: "EncryptPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SslMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "require", "verify-ca"]),
        },
    ],
    rules: &[],
};
