// @generated from AWS::DataBrew::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataBrew::Dataset` and its property types.

/// Resource schema for AWS::DataBrew::Dataset.
///
/// CloudFormation type `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `Input`, `Name`.
    #[track_caller]
    pub fn new(
        input: impl ::std::convert::Into<::forma_core::Value<Input>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, input.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Dataset format
    #[track_caller]
    pub fn format(mut self, value: impl ::forma_core::schema::EnumArg<Format>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Format options for dataset
    #[track_caller]
    pub fn format_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormatOptions>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// PathOptions
    #[track_caller]
    pub fn path_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<PathOptions>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Source type of the dataset
    #[track_caller]
    pub fn source(mut self, value: impl ::forma_core::schema::EnumArg<Source>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataBrew::Dataset"
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
/// The attributes of a `AWS::DataBrew::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatasetAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatasetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `CSV`, `JSON`, `PARQUET`, `EXCEL`, `ORC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// `JSON`
    Json,
    /// `PARQUET`
    Parquet,
    /// `EXCEL`
    Excel,
    /// `ORC`
    Orc,
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
            Self::Excel => "EXCEL",
            Self::Orc => "ORC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "JSON", "PARQUET", "EXCEL", "ORC"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `S3`, `DATA-CATALOG`, `DATABASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// `S3`
    S3,
    /// `DATA-CATALOG`
    DataCatalog,
    /// `DATABASE`
    Database,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Source {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::DataCatalog => "DATA-CATALOG",
            Self::Database => "DATABASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3", "DATA-CATALOG", "DATABASE"]
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Source {}

/// Format options for dataset
#[derive(Debug, Clone, PartialEq)]
pub struct FormatOptions {
    props: ::forma_core::schema::Props,
}
impl FormatOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Csv options
    pub fn csv(mut self, value: impl ::std::convert::Into<::forma_core::Value<CsvOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Excel`.
    pub fn excel(mut self, value: impl ::std::convert::Into<::forma_core::Value<ExcelOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Json options
    pub fn json(mut self, value: impl ::std::convert::Into<::forma_core::Value<JsonOptions>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormatOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormatOptions> for ::forma_core::Value<FormatOptions> {
    fn from(v: FormatOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORMAT_OPTIONS_TYPE.properties))
    }
}

/// Input
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    props: ::forma_core::schema::Props,
}
impl Input {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataCatalogInputDefinition`.
    pub fn data_catalog_input_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataCatalogInputDefinition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseInputDefinition`.
    pub fn database_input_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabaseInputDefinition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Metadata`.
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<Metadata>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Input location
    pub fn s3_input_definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Input {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Input> for ::forma_core::Value<Input> {
    fn from(v: Input) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_TYPE.properties))
    }
}

/// Path options for dataset
#[derive(Debug, Clone, PartialEq)]
pub struct PathOptions {
    props: ::forma_core::schema::Props,
}
impl PathOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FilesLimit`.
    pub fn files_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilesLimit>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LastModifiedDateCondition`.
    pub fn last_modified_date_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterExpression>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PathParameter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PathOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PathOptions> for ::forma_core::Value<PathOptions> {
    fn from(v: PathOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_OPTIONS_TYPE.properties))
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

/// Csv options
#[derive(Debug, Clone, PartialEq)]
pub struct CsvOptions {
    props: ::forma_core::schema::Props,
}
impl CsvOptions {
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
    /// `HeaderRow`.
    pub fn header_row(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CsvOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CsvOptions> for ::forma_core::Value<CsvOptions> {
    fn from(v: CsvOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_OPTIONS_TYPE.properties))
    }
}

/// The `ExcelOptions` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExcelOptions {
    props: ::forma_core::schema::Props,
}
impl ExcelOptions {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `SheetNames` or `SheetIndexes`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HeaderRow`.
    pub fn header_row(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SheetIndexes`.
    pub fn sheet_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SheetNames`.
    pub fn sheet_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExcelOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExcelOptions> for ::forma_core::Value<ExcelOptions> {
    fn from(v: ExcelOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXCEL_OPTIONS_TYPE.properties))
    }
}

/// Json options
#[derive(Debug, Clone, PartialEq)]
pub struct JsonOptions {
    props: ::forma_core::schema::Props,
}
impl JsonOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MultiLine`.
    pub fn multi_line(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JsonOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JsonOptions> for ::forma_core::Value<JsonOptions> {
    fn from(v: JsonOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_OPTIONS_TYPE.properties))
    }
}

/// The `DataCatalogInputDefinition` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCatalogInputDefinition {
    props: ::forma_core::schema::Props,
}
impl DataCatalogInputDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Catalog id
    ///
    /// Allowed: length 1 to 255.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Database name
    ///
    /// Allowed: length 1 to 255.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Table name
    ///
    /// Allowed: length 1 to 255.
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Input location
    pub fn temp_directory(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataCatalogInputDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataCatalogInputDefinition> for ::forma_core::Value<DataCatalogInputDefinition> {
    fn from(v: DataCatalogInputDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CATALOG_INPUT_DEFINITION_TYPE.properties))
    }
}

/// The `DatabaseInputDefinition` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseInputDefinition {
    props: ::forma_core::schema::Props,
}
impl DatabaseInputDefinition {
    /// A new value with its required properties: `GlueConnectionName`.
    pub fn new(glue_connection_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, glue_connection_name.into().into_expr());
        Self { props }
    }
    /// Database table name
    ///
    /// Allowed: length 1 to 255.
    pub fn database_table_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Custom SQL to run against the provided AWS Glue connection.
    ///
    /// Allowed: length 1 to 10000.
    pub fn query_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Input location
    pub fn temp_directory(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatabaseInputDefinition> for ::forma_core::Value<DatabaseInputDefinition> {
    fn from(v: DatabaseInputDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_INPUT_DEFINITION_TYPE.properties))
    }
}

/// The `Metadata` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    props: ::forma_core::schema::Props,
}
impl Metadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Arn of the source of the dataset.
    ///
    /// Allowed: length 20 to 2048.
    pub fn source_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Metadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Metadata> for ::forma_core::Value<Metadata> {
    fn from(v: Metadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_TYPE.properties))
    }
}

/// Input location
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
    /// Bucket owner
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

/// The values CloudFormation documents: `ASCENDING`, `DESCENDING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Order {
    /// `ASCENDING`
    Ascending,
    /// `DESCENDING`
    Descending,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Order {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ASCENDING",
            Self::Descending => "DESCENDING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASCENDING", "DESCENDING"]
    }
}
impl ::std::convert::From<Order> for ::forma_core::Value<Order> {
    fn from(v: Order) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Order {}

/// The values CloudFormation documents: `LAST_MODIFIED_DATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderedBy {
    /// `LAST_MODIFIED_DATE`
    LastModifiedDate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OrderedBy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastModifiedDate => "LAST_MODIFIED_DATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAST_MODIFIED_DATE"]
    }
}
impl ::std::convert::From<OrderedBy> for ::forma_core::Value<OrderedBy> {
    fn from(v: OrderedBy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OrderedBy {}

/// The `FilesLimit` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilesLimit {
    props: ::forma_core::schema::Props,
}
impl FilesLimit {
    /// A new value with its required properties: `MaxFiles`.
    pub fn new(max_files: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_files.into().into_expr());
        Self { props }
    }
    /// Order
    pub fn order(mut self, value: impl ::forma_core::schema::EnumArg<Order>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Ordered by
    pub fn ordered_by(mut self, value: impl ::forma_core::schema::EnumArg<OrderedBy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FilesLimit> for ::forma_core::Value<FilesLimit> {
    fn from(v: FilesLimit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILES_LIMIT_TYPE.properties))
    }
}

/// The `FilterExpression` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterExpression {
    props: ::forma_core::schema::Props,
}
impl FilterExpression {
    /// A new value with its required properties: `Expression`, `ValuesMap`.
    pub fn new(
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values_map: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilterValue>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression.into().into_expr());
        props.set(1, values_map.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FilterExpression> for ::forma_core::Value<FilterExpression> {
    fn from(v: FilterExpression) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_EXPRESSION_TYPE.properties))
    }
}

/// A key-value pair to associate dataset parameter name with its definition.
#[derive(Debug, Clone, PartialEq)]
pub struct PathParameter {
    props: ::forma_core::schema::Props,
}
impl PathParameter {
    /// A new value with its required properties: `DatasetParameter`, `PathParameterName`.
    pub fn new(
        dataset_parameter: impl ::std::convert::Into<::forma_core::Value<DatasetParameter>>,
        path_parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataset_parameter.into().into_expr());
        props.set(1, path_parameter_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PathParameter> for ::forma_core::Value<PathParameter> {
    fn from(v: PathParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_PARAMETER_TYPE.properties))
    }
}

/// A key-value pair to associate expression variable names with their values
#[derive(Debug, Clone, PartialEq)]
pub struct FilterValue {
    props: ::forma_core::schema::Props,
}
impl FilterValue {
    /// A new value with its required properties: `Value`, `ValueReference`.
    pub fn new(
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_reference: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        props.set(1, value_reference.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FilterValue> for ::forma_core::Value<FilterValue> {
    fn from(v: FilterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `String`, `Number`, `Datetime`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `String`
    String,
    /// `Number`
    Number,
    /// `Datetime`
    Datetime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "String",
            Self::Number => "Number",
            Self::Datetime => "Datetime",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["String", "Number", "Datetime"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `DatasetParameter` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetParameter {
    props: ::forma_core::schema::Props,
}
impl DatasetParameter {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// Add the value of this parameter as a column in a dataset.
    pub fn create_column(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatetimeOptions`.
    pub fn datetime_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatetimeOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterExpression>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatasetParameter> for ::forma_core::Value<DatasetParameter> {
    fn from(v: DatasetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_PARAMETER_TYPE.properties))
    }
}

/// The `DatetimeOptions` property type of `AWS::DataBrew::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatetimeOptions {
    props: ::forma_core::schema::Props,
}
impl DatetimeOptions {
    /// A new value with its required properties: `Format`.
    pub fn new(format: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, format.into().into_expr());
        Self { props }
    }
    /// Locale code for a date parameter
    ///
    /// Allowed: length 2 to 100.
    pub fn locale_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Timezone offset
    ///
    /// Allowed: length 1 to 6.
    pub fn timezone_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatetimeOptions> for ::forma_core::Value<DatetimeOptions> {
    fn from(v: DatetimeOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATETIME_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::DataBrew::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataBrew::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "JSON", "PARQUET", "EXCEL", "ORC"]),
        },
        ::forma_core::schema::Property {
            name: "FormatOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORMAT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Input",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_TYPE),
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
            name: "PathOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATH_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3", "DATA-CATALOG", "DATABASE"]),
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
    ],
    rules: &[],
    attributes: &[],
};

static FORMAT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.FormatOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Csv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CSV_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Excel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXCEL_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Json",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.Input",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataCatalogInputDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_CATALOG_INPUT_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseInputDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_INPUT_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3InputDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static PATH_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.PathOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "FilesLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILES_LIMIT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LastModifiedDateCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PATH_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.Tag",
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

static CSV_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.CsvOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1),
            }),
        },
        ::forma_core::schema::Property {
            name: "HeaderRow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static EXCEL_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.ExcelOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderRow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SheetIndexes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(200.0),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SheetNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(31),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["SheetNames"], &["SheetIndexes"]])],
};

static JSON_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.JsonOptions",
    properties: &[::forma_core::schema::Property {
        name: "MultiLine",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static DATA_CATALOG_INPUT_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.DataCatalogInputDefinition",
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
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
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

static DATABASE_INPUT_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.DatabaseInputDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseTableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
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
        ::forma_core::schema::Property {
            name: "QueryString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10000),
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

static METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.Metadata",
    properties: &[::forma_core::schema::Property {
        name: "SourceArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.S3Location",
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

static FILES_LIMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.FilesLimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxFiles",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Order",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ASCENDING", "DESCENDING"]),
        },
        ::forma_core::schema::Property {
            name: "OrderedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LAST_MODIFIED_DATE"]),
        },
    ],
    rules: &[],
};

static FILTER_EXPRESSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.FilterExpression",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[><0-9A-Za-z_.,:)(!= ]+$"),
                min_length: Some(4),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValuesMap",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PATH_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.PathParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetParameter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PathParameterName",
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

static FILTER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.FilterValue",
    properties: &[
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
        ::forma_core::schema::Property {
            name: "ValueReference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^:[A-Za-z0-9_]+$"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static DATASET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.DatasetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreateColumn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DatetimeOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATETIME_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["String", "Number", "Datetime"]),
        },
    ],
    rules: &[],
};

static DATETIME_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Dataset.DatetimeOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocaleCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_\\.#@\\-]+$"),
                min_length: Some(2),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimezoneOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(Z|[-+](\\d|\\d{2}|\\d{2}:?\\d{2}))$"),
                min_length: Some(1),
                max_length: Some(6),
            }),
        },
    ],
    rules: &[],
};
