// @generated from AWS::DataBrew::Job (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataBrew::Job` and its property types.

/// Resource schema for AWS::DataBrew::Job.
///
/// CloudFormation type `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    props: ::forma_core::schema::Props,
}
impl Job {
    /// A new resource with its required properties: `Name`, `RoleArn`, `Type`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(18, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DataCatalogOutputs`.
    #[track_caller]
    pub fn data_catalog_outputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataCatalogOutput>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DatabaseOutputs`.
    #[track_caller]
    pub fn database_outputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DatabaseOutput>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Dataset name
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn dataset_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Encryption Key Arn
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Encryption mode
    #[track_caller]
    pub fn encryption_mode(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionMode>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Job Sample
    #[track_caller]
    pub fn job_sample(mut self, value: impl ::std::convert::Into<::forma_core::Value<JobSample>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Log subscription
    #[track_caller]
    pub fn log_subscription(mut self, value: impl ::forma_core::schema::EnumArg<LogSubscription>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Max capacity
    #[track_caller]
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Max retries
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn max_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Output location
    #[track_caller]
    pub fn output_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutputLocation>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Outputs`.
    #[track_caller]
    pub fn outputs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Output>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Profile Job configuration
    #[track_caller]
    pub fn profile_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProfileConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Project name
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn project_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Recipe`.
    #[track_caller]
    pub fn recipe(mut self, value: impl ::std::convert::Into<::forma_core::Value<Recipe>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Timeout
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Data quality rules configuration
    #[track_caller]
    pub fn validation_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ValidationConfiguration>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Job {
    type Attributes = JobAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataBrew::Job"
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
/// The attributes of a `AWS::DataBrew::Job` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `SSE-KMS`, `SSE-S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionMode {
    /// `SSE-KMS`
    SseKms,
    /// `SSE-S3`
    SseS3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SseKms => "SSE-KMS",
            Self::SseS3 => "SSE-S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSE-KMS", "SSE-S3"]
    }
}
impl ::std::convert::From<EncryptionMode> for ::forma_core::Value<EncryptionMode> {
    fn from(v: EncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionMode {}

/// The values CloudFormation documents: `ENABLE`, `DISABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogSubscription {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogSubscription {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "ENABLE",
            Self::Disable => "DISABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLE", "DISABLE"]
    }
}
impl ::std::convert::From<LogSubscription> for ::forma_core::Value<LogSubscription> {
    fn from(v: LogSubscription) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogSubscription {}

/// The values CloudFormation documents: `PROFILE`, `RECIPE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `PROFILE`
    Profile,
    /// `RECIPE`
    Recipe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Profile => "PROFILE",
            Self::Recipe => "RECIPE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROFILE", "RECIPE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `DataCatalogOutput` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCatalogOutput {
    props: ::forma_core::schema::Props,
}
impl DataCatalogOutput {
    /// A new value with its required properties: `DatabaseName`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(5, table_name.into().into_expr());
        Self { props }
    }
    /// `CatalogId`.
    ///
    /// Allowed: length 1 to 255.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseOptions`.
    pub fn database_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabaseTableOutputOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Overwrite`.
    pub fn overwrite(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `S3Options`.
    pub fn s3_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3TableOutputOptions>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataCatalogOutput> for ::forma_core::Value<DataCatalogOutput> {
    fn from(v: DataCatalogOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CATALOG_OUTPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NEW_TABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatabaseOutputMode {
    /// `NEW_TABLE`
    NewTable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatabaseOutputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewTable => "NEW_TABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEW_TABLE"]
    }
}
impl ::std::convert::From<DatabaseOutputMode> for ::forma_core::Value<DatabaseOutputMode> {
    fn from(v: DatabaseOutputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatabaseOutputMode {}

/// The `DatabaseOutput` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseOutput {
    props: ::forma_core::schema::Props,
}
impl DatabaseOutput {
    /// A new value with its required properties: `DatabaseOptions`, `GlueConnectionName`.
    pub fn new(
        database_options: impl ::std::convert::Into<::forma_core::Value<DatabaseTableOutputOptions>>,
        glue_connection_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_options.into().into_expr());
        props.set(2, glue_connection_name.into().into_expr());
        Self { props }
    }
    /// Database table name
    pub fn database_output_mode(mut self, value: impl ::forma_core::schema::EnumArg<DatabaseOutputMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<DatabaseOutput> for ::forma_core::Value<DatabaseOutput> {
    fn from(v: DatabaseOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_OUTPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL_DATASET`, `CUSTOM_ROWS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SampleMode {
    /// `FULL_DATASET`
    FullDataset,
    /// `CUSTOM_ROWS`
    CustomRows,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SampleMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullDataset => "FULL_DATASET",
            Self::CustomRows => "CUSTOM_ROWS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_DATASET", "CUSTOM_ROWS"]
    }
}
impl ::std::convert::From<SampleMode> for ::forma_core::Value<SampleMode> {
    fn from(v: SampleMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SampleMode {}

/// Job Sample
#[derive(Debug, Clone, PartialEq)]
pub struct JobSample {
    props: ::forma_core::schema::Props,
}
impl JobSample {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Sample configuration mode for profile jobs.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<SampleMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Sample configuration size for profile jobs.
    pub fn size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobSample {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobSample> for ::forma_core::Value<JobSample> {
    fn from(v: JobSample) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_SAMPLE_TYPE.properties))
    }
}

/// Output location
#[derive(Debug, Clone, PartialEq)]
pub struct OutputLocation {
    props: ::forma_core::schema::Props,
}
impl OutputLocation {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `BucketOwner`.
    ///
    /// Allowed: length 12 to 12.
    pub fn bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 1280.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutputLocation> for ::forma_core::Value<OutputLocation> {
    fn from(v: OutputLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GZIP`, `LZ4`, `SNAPPY`, `BZIP2`, `DEFLATE`, `LZO`, `BROTLI`, `ZSTD`, `ZLIB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionFormat {
    /// `GZIP`
    Gzip,
    /// `LZ4`
    Lz4,
    /// `SNAPPY`
    Snappy,
    /// `BZIP2`
    Bzip2,
    /// `DEFLATE`
    Deflate,
    /// `LZO`
    Lzo,
    /// `BROTLI`
    Brotli,
    /// `ZSTD`
    Zstd,
    /// `ZLIB`
    Zlib,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gzip => "GZIP",
            Self::Lz4 => "LZ4",
            Self::Snappy => "SNAPPY",
            Self::Bzip2 => "BZIP2",
            Self::Deflate => "DEFLATE",
            Self::Lzo => "LZO",
            Self::Brotli => "BROTLI",
            Self::Zstd => "ZSTD",
            Self::Zlib => "ZLIB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GZIP", "LZ4", "SNAPPY", "BZIP2", "DEFLATE", "LZO", "BROTLI", "ZSTD", "ZLIB"]
    }
}
impl ::std::convert::From<CompressionFormat> for ::forma_core::Value<CompressionFormat> {
    fn from(v: CompressionFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionFormat {}

/// The values CloudFormation documents: `CSV`, `JSON`, `PARQUET`, `GLUEPARQUET`, `AVRO`, `ORC`, `XML`, `TABLEAUHYPER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// `JSON`
    Json,
    /// `PARQUET`
    Parquet,
    /// `GLUEPARQUET`
    Glueparquet,
    /// `AVRO`
    Avro,
    /// `ORC`
    Orc,
    /// `XML`
    Xml,
    /// `TABLEAUHYPER`
    Tableauhyper,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Parquet => "PARQUET",
            Self::Glueparquet => "GLUEPARQUET",
            Self::Avro => "AVRO",
            Self::Orc => "ORC",
            Self::Xml => "XML",
            Self::Tableauhyper => "TABLEAUHYPER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "JSON", "PARQUET", "GLUEPARQUET", "AVRO", "ORC", "XML", "TABLEAUHYPER"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The `Output` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    props: ::forma_core::schema::Props,
}
impl Output {
    /// A new value with its required properties: `Location`.
    pub fn new(location: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, location.into().into_expr());
        Self { props }
    }
    /// `CompressionFormat`.
    pub fn compression_format(mut self, value: impl ::forma_core::schema::EnumArg<CompressionFormat>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Format`.
    pub fn format(mut self, value: impl ::forma_core::schema::EnumArg<Format>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Format options for job Output
    pub fn format_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputFormatOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxOutputFiles`.
    ///
    /// Allowed: 1 to 999.
    pub fn max_output_files(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Overwrite`.
    pub fn overwrite(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PartitionColumns`.
    pub fn partition_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Output> for ::forma_core::Value<Output> {
    fn from(v: Output) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_TYPE.properties))
    }
}

/// The `ProfileConfiguration` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProfileConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnStatisticsConfigurations`.
    pub fn column_statistics_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnStatisticsConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatasetStatisticsConfiguration`.
    pub fn dataset_statistics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatisticsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EntityDetectorConfiguration`.
    pub fn entity_detector_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntityDetectorConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ProfileColumns`.
    pub fn profile_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnSelector>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProfileConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProfileConfiguration> for ::forma_core::Value<ProfileConfiguration> {
    fn from(v: ProfileConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROFILE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Recipe` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipe {
    props: ::forma_core::schema::Props,
}
impl Recipe {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
    /// Recipe version
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Recipe> for ::forma_core::Value<Recipe> {
    fn from(v: Recipe) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECIPE_TYPE.properties))
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

/// The values CloudFormation documents: `CHECK_ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValidationMode {
    /// `CHECK_ALL`
    CheckAll,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValidationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CheckAll => "CHECK_ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CHECK_ALL"]
    }
}
impl ::std::convert::From<ValidationMode> for ::forma_core::Value<ValidationMode> {
    fn from(v: ValidationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValidationMode {}

/// Configuration to attach Rulesets to the job
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ValidationConfiguration {
    /// A new value with its required properties: `RulesetArn`.
    pub fn new(ruleset_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ruleset_arn.into().into_expr());
        Self { props }
    }
    /// `ValidationMode`.
    pub fn validation_mode(mut self, value: impl ::forma_core::schema::EnumArg<ValidationMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ValidationConfiguration> for ::forma_core::Value<ValidationConfiguration> {
    fn from(v: ValidationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `DatabaseTableOutputOptions` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseTableOutputOptions {
    props: ::forma_core::schema::Props,
}
impl DatabaseTableOutputOptions {
    /// A new value with its required properties: `TableName`.
    pub fn new(table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, table_name.into().into_expr());
        Self { props }
    }
    /// S3 Output location
    pub fn temp_directory(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatabaseTableOutputOptions> for ::forma_core::Value<DatabaseTableOutputOptions> {
    fn from(v: DatabaseTableOutputOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_TABLE_OUTPUT_OPTIONS_TYPE.properties))
    }
}

/// The `S3TableOutputOptions` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3TableOutputOptions {
    props: ::forma_core::schema::Props,
}
impl S3TableOutputOptions {
    /// A new value with its required properties: `Location`.
    pub fn new(location: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3TableOutputOptions> for ::forma_core::Value<S3TableOutputOptions> {
    fn from(v: S3TableOutputOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TABLE_OUTPUT_OPTIONS_TYPE.properties))
    }
}

/// Format options for job Output
#[derive(Debug, Clone, PartialEq)]
pub struct OutputFormatOptions {
    props: ::forma_core::schema::Props,
}
impl OutputFormatOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Output Csv options
    pub fn csv(mut self, value: impl ::std::convert::Into<::forma_core::Value<CsvOutputOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutputFormatOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutputFormatOptions> for ::forma_core::Value<OutputFormatOptions> {
    fn from(v: OutputFormatOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_FORMAT_OPTIONS_TYPE.properties))
    }
}

/// S3 Output location
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `BucketOwner`.
    ///
    /// Allowed: length 12 to 12.
    pub fn bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 1280.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The `ColumnStatisticsConfiguration` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnStatisticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ColumnStatisticsConfiguration {
    /// A new value with its required properties: `Statistics`.
    pub fn new(statistics: impl ::std::convert::Into<::forma_core::Value<StatisticsConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, statistics.into().into_expr());
        Self { props }
    }
    /// `Selectors`.
    pub fn selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnSelector>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ColumnStatisticsConfiguration> for ::forma_core::Value<ColumnStatisticsConfiguration> {
    fn from(v: ColumnStatisticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_STATISTICS_CONFIGURATION_TYPE.properties))
    }
}

/// The `StatisticsConfiguration` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatisticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl StatisticsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IncludedStatistics`.
    pub fn included_statistics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Overrides`.
    pub fn overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StatisticOverride>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StatisticsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StatisticsConfiguration> for ::forma_core::Value<StatisticsConfiguration> {
    fn from(v: StatisticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATISTICS_CONFIGURATION_TYPE.properties))
    }
}

/// The `EntityDetectorConfiguration` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityDetectorConfiguration {
    props: ::forma_core::schema::Props,
}
impl EntityDetectorConfiguration {
    /// A new value with its required properties: `EntityTypes`.
    pub fn new(
        entity_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, entity_types.into().into_expr());
        Self { props }
    }
    /// `AllowedStatistics`.
    pub fn allowed_statistics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AllowedStatistics>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EntityDetectorConfiguration> for ::forma_core::Value<EntityDetectorConfiguration> {
    fn from(v: EntityDetectorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_DETECTOR_CONFIGURATION_TYPE.properties))
    }
}

/// The `ColumnSelector` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSelector {
    props: ::forma_core::schema::Props,
}
impl ColumnSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Regex`.
    ///
    /// Allowed: length 1 to 255.
    pub fn regex(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnSelector> for ::forma_core::Value<ColumnSelector> {
    fn from(v: ColumnSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_SELECTOR_TYPE.properties))
    }
}

/// Output Csv options
#[derive(Debug, Clone, PartialEq)]
pub struct CsvOutputOptions {
    props: ::forma_core::schema::Props,
}
impl CsvOutputOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Delimiter`.
    ///
    /// Allowed: length 1 to 1.
    pub fn delimiter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CsvOutputOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CsvOutputOptions> for ::forma_core::Value<CsvOutputOptions> {
    fn from(v: CsvOutputOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_OUTPUT_OPTIONS_TYPE.properties))
    }
}

/// The `StatisticOverride` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatisticOverride {
    props: ::forma_core::schema::Props,
}
impl StatisticOverride {
    /// A new value with its required properties: `Parameters`, `Statistic`.
    pub fn new(
        parameters: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        statistic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameters.into().into_expr());
        props.set(1, statistic.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StatisticOverride> for ::forma_core::Value<StatisticOverride> {
    fn from(v: StatisticOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATISTIC_OVERRIDE_TYPE.properties))
    }
}

/// The `AllowedStatistics` property type of `AWS::DataBrew::Job`.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowedStatistics {
    props: ::forma_core::schema::Props,
}
impl AllowedStatistics {
    /// A new value with its required properties: `Statistics`.
    pub fn new(
        statistics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, statistics.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AllowedStatistics> for ::forma_core::Value<AllowedStatistics> {
    fn from(v: AllowedStatistics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALLOWED_STATISTICS_TYPE.properties))
    }
}

/// The schema of `AWS::DataBrew::Job`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataBrew::Job",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataCatalogOutputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_CATALOG_OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatabaseOutputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATABASE_OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatasetName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSE-KMS", "SSE-S3"]),
        },
        ::forma_core::schema::Property {
            name: "JobSample",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_SAMPLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogSubscription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLE", "DISABLE"]),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProfileConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROFILE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProjectName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Recipe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECIPE_TYPE),
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
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["PROFILE", "RECIPE"]),
        },
        ::forma_core::schema::Property {
            name: "ValidationConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALIDATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static DATA_CATALOG_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.DataCatalogOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_TABLE_OUTPUT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Overwrite",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "S3Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_TABLE_OUTPUT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
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

static DATABASE_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.DatabaseOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_TABLE_OUTPUT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseOutputMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NEW_TABLE"]),
        },
        ::forma_core::schema::Property {
            name: "GlueConnectionName",
            required: true,
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

static JOB_SAMPLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.JobSample",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL_DATASET", "CUSTOM_ROWS"]),
        },
        ::forma_core::schema::Property {
            name: "Size",
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

static OUTPUT_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.OutputLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1280),
            }),
        },
    ],
    rules: &[],
};

static OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.Output",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompressionFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GZIP", "LZ4", "SNAPPY", "BZIP2", "DEFLATE", "LZO", "BROTLI", "ZSTD", "ZLIB",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CSV",
                "JSON",
                "PARQUET",
                "GLUEPARQUET",
                "AVRO",
                "ORC",
                "XML",
                "TABLEAUHYPER",
            ]),
        },
        ::forma_core::schema::Property {
            name: "FormatOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_FORMAT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxOutputFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(999.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Overwrite",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PartitionColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
};

static PROFILE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.ProfileConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnStatisticsConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_STATISTICS_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatasetStatisticsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATISTICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntityDetectorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENTITY_DETECTOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProfileColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RECIPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.Recipe",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.Tag",
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

static VALIDATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.ValidationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RulesetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValidationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CHECK_ALL"]),
        },
    ],
    rules: &[],
};

static DATABASE_TABLE_OUTPUT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.DatabaseTableOutputOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TempDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static S3_TABLE_OUTPUT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.S3TableOutputOptions",
    properties: &[::forma_core::schema::Property {
        name: "Location",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static OUTPUT_FORMAT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.OutputFormatOptions",
    properties: &[::forma_core::schema::Property {
        name: "Csv",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CSV_OUTPUT_OPTIONS_TYPE),
    }],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1280),
            }),
        },
    ],
    rules: &[],
};

static COLUMN_STATISTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.ColumnStatisticsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Selectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Statistics",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATISTICS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static STATISTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.StatisticsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IncludedStatistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Z\\_]+$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STATISTIC_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ENTITY_DETECTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.EntityDetectorConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedStatistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALLOWED_STATISTICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntityTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Z_][A-Z\\\\d_]*$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static COLUMN_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.ColumnSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Regex",
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

static CSV_OUTPUT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.CsvOutputOptions",
    properties: &[::forma_core::schema::Property {
        name: "Delimiter",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1),
        }),
    }],
    rules: &[],
};

static STATISTIC_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.StatisticOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z\\_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static ALLOWED_STATISTICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Job.AllowedStatistics",
    properties: &[::forma_core::schema::Property {
        name: "Statistics",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z\\_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};
