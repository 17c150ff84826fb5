// @generated from AWS::SCN::DataIntegrationFlow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SCN::DataIntegrationFlow` and its property types.

/// Represents an AWS Supply Chain data integration flow.
///
/// CloudFormation type `AWS::SCN::DataIntegrationFlow`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataIntegrationFlow {
    props: ::forma_core::schema::Props,
}
impl DataIntegrationFlow {
    /// A new resource with its required properties: `InstanceId`, `Name`, `Sources`, `Target`, `Transformation`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataIntegrationFlowSource>>>,
        target: impl ::std::convert::Into<::forma_core::Value<DataIntegrationFlowTarget>>,
        transformation: impl ::std::convert::Into<::forma_core::Value<DataIntegrationFlowTransformation>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, sources.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, target.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, transformation.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the DataIntegrationFlow.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataIntegrationFlow {
    type Attributes = DataIntegrationFlowAttributes;
    fn type_name(&self) -> &str {
        "AWS::SCN::DataIntegrationFlow"
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
/// The attributes of a `AWS::SCN::DataIntegrationFlow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataIntegrationFlowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataIntegrationFlowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataIntegrationFlowAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `S3`, `DATASET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `S3`
    S3,
    /// `DATASET`
    Dataset,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Dataset => "DATASET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3", "DATASET"]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

/// The DataIntegrationFlow source parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct DataIntegrationFlowSource {
    props: ::forma_core::schema::Props,
}
impl DataIntegrationFlowSource {
    /// A new value with its required properties: `SourceName`, `SourceType`.
    pub fn new(
        source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_type: impl ::forma_core::schema::EnumArg<SourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source_name.into().into_expr());
        props.set(3, source_type.into_enum_expr());
        Self { props }
    }
    /// The dataset source configuration parameters.
    pub fn dataset_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatasetSourceConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The S3 source configuration parameters.
    pub fn s3_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3SourceConfiguration>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataIntegrationFlowSource> for ::forma_core::Value<DataIntegrationFlowSource> {
    fn from(v: DataIntegrationFlowSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_INTEGRATION_FLOW_SOURCE_TYPE.properties))
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

/// The values CloudFormation documents: `DATASET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `DATASET`
    Dataset,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dataset => "DATASET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DATASET"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// The DataIntegrationFlow target parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct DataIntegrationFlowTarget {
    props: ::forma_core::schema::Props,
}
impl DataIntegrationFlowTarget {
    /// A new value with its required properties: `TargetType`.
    pub fn new(target_type: impl ::forma_core::schema::EnumArg<TargetType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, target_type.into_enum_expr());
        Self { props }
    }
    /// The dataset target configuration parameters.
    pub fn dataset_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatasetTargetConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataIntegrationFlowTarget> for ::forma_core::Value<DataIntegrationFlowTarget> {
    fn from(v: DataIntegrationFlowTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_INTEGRATION_FLOW_TARGET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SQL`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransformationType {
    /// `SQL`
    Sql,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransformationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sql => "SQL",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SQL", "NONE"]
    }
}
impl ::std::convert::From<TransformationType> for ::forma_core::Value<TransformationType> {
    fn from(v: TransformationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransformationType {}

/// The DataIntegrationFlow transformation parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct DataIntegrationFlowTransformation {
    props: ::forma_core::schema::Props,
}
impl DataIntegrationFlowTransformation {
    /// A new value with its required properties: `TransformationType`.
    pub fn new(transformation_type: impl ::forma_core::schema::EnumArg<TransformationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, transformation_type.into_enum_expr());
        Self { props }
    }
    /// The SQL transformation configuration parameters.
    pub fn sql_transformation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqlTransformationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataIntegrationFlowTransformation>
    for ::forma_core::Value<DataIntegrationFlowTransformation>
{
    fn from(v: DataIntegrationFlowTransformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_INTEGRATION_FLOW_TRANSFORMATION_TYPE.properties))
    }
}

/// The dataset source configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl DatasetSourceConfiguration {
    /// A new value with its required properties: `DatasetIdentifier`.
    pub fn new(dataset_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataset_identifier.into().into_expr());
        Self { props }
    }
    /// The dataset options.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatasetOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatasetSourceConfiguration> for ::forma_core::Value<DatasetSourceConfiguration> {
    fn from(v: DatasetSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The S3 source configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct S3SourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3SourceConfiguration {
    /// A new value with its required properties: `BucketName`, `Prefix`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(2, prefix.into().into_expr());
        Self { props }
    }
    /// The Amazon S3 options.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Options>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3SourceConfiguration> for ::forma_core::Value<S3SourceConfiguration> {
    fn from(v: S3SourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The dataset target configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetTargetConfiguration {
    props: ::forma_core::schema::Props,
}
impl DatasetTargetConfiguration {
    /// A new value with its required properties: `DatasetIdentifier`.
    pub fn new(dataset_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataset_identifier.into().into_expr());
        Self { props }
    }
    /// The dataset options.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatasetOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatasetTargetConfiguration> for ::forma_core::Value<DatasetTargetConfiguration> {
    fn from(v: DatasetTargetConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_TARGET_CONFIGURATION_TYPE.properties))
    }
}

/// The SQL transformation configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlTransformationConfiguration {
    props: ::forma_core::schema::Props,
}
impl SqlTransformationConfiguration {
    /// A new value with its required properties: `Query`.
    pub fn new(query: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, query.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SqlTransformationConfiguration> for ::forma_core::Value<SqlTransformationConfiguration> {
    fn from(v: SqlTransformationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_TRANSFORMATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INCREMENTAL`, `REPLACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoadType {
    /// `INCREMENTAL`
    Incremental,
    /// `REPLACE`
    Replace,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LoadType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Incremental => "INCREMENTAL",
            Self::Replace => "REPLACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INCREMENTAL", "REPLACE"]
    }
}
impl ::std::convert::From<LoadType> for ::forma_core::Value<LoadType> {
    fn from(v: LoadType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LoadType {}

/// The dataset options.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetOptions {
    props: ::forma_core::schema::Props,
}
impl DatasetOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The option to perform deduplication on data records sharing same primary key values.
    pub fn dedupe_records(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The deduplication strategy.
    pub fn dedupe_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<DedupeStrategy>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The load type.
    pub fn load_type(mut self, value: impl ::forma_core::schema::EnumArg<LoadType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DatasetOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetOptions> for ::forma_core::Value<DatasetOptions> {
    fn from(v: DatasetOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `PARQUET`, `JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileType {
    /// `CSV`
    Csv,
    /// `PARQUET`
    Parquet,
    /// `JSON`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Parquet => "PARQUET",
            Self::Json => "JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "PARQUET", "JSON"]
    }
}
impl ::std::convert::From<FileType> for ::forma_core::Value<FileType> {
    fn from(v: FileType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileType {}

/// The Amazon S3 options.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Options {
    props: ::forma_core::schema::Props,
}
impl S3Options {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The file type.
    pub fn file_type(mut self, value: impl ::forma_core::schema::EnumArg<FileType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for S3Options {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Options> for ::forma_core::Value<S3Options> {
    fn from(v: S3Options) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FIELD_PRIORITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `FIELD_PRIORITY`
    FieldPriority,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FieldPriority => "FIELD_PRIORITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIELD_PRIORITY"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The deduplication strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct DedupeStrategy {
    props: ::forma_core::schema::Props,
}
impl DedupeStrategy {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// The field priority deduplication strategy configuration.
    pub fn field_priority(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FieldPriorityDedupeStrategyConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DedupeStrategy> for ::forma_core::Value<DedupeStrategy> {
    fn from(v: DedupeStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEDUPE_STRATEGY_TYPE.properties))
    }
}

/// The field priority deduplication strategy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldPriorityDedupeStrategyConfiguration {
    props: ::forma_core::schema::Props,
}
impl FieldPriorityDedupeStrategyConfiguration {
    /// A new value with its required properties: `Fields`.
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FieldPriorityDedupeField>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FieldPriorityDedupeStrategyConfiguration>
    for ::forma_core::Value<FieldPriorityDedupeStrategyConfiguration>
{
    fn from(v: FieldPriorityDedupeStrategyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_PRIORITY_DEDUPE_STRATEGY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ASC`, `DESC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SortOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASC", "DESC"]
    }
}
impl ::std::convert::From<SortOrder> for ::forma_core::Value<SortOrder> {
    fn from(v: SortOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SortOrder {}

/// A deduplication field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldPriorityDedupeField {
    props: ::forma_core::schema::Props,
}
impl FieldPriorityDedupeField {
    /// A new value with its required properties: `Name`, `SortOrder`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sort_order: impl ::forma_core::schema::EnumArg<SortOrder>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, sort_order.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<FieldPriorityDedupeField> for ::forma_core::Value<FieldPriorityDedupeField> {
    fn from(v: FieldPriorityDedupeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_PRIORITY_DEDUPE_FIELD_TYPE.properties))
    }
}

/// The schema of `AWS::SCN::DataIntegrationFlow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SCN::DataIntegrationFlow",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_INTEGRATION_FLOW_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(40) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_INTEGRATION_FLOW_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Transformation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_INTEGRATION_FLOW_TRANSFORMATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime", "LastModifiedTime"],
};

static DATA_INTEGRATION_FLOW_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.DataIntegrationFlowSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3", "DATASET"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.Tag",
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

static DATA_INTEGRATION_FLOW_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.DataIntegrationFlowTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_TARGET_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DATASET"]),
        },
    ],
    rules: &[],
};

static DATA_INTEGRATION_FLOW_TRANSFORMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SCN::DataIntegrationFlow.DataIntegrationFlowTransformation",
        properties: &[
            ::forma_core::schema::Property {
                name: "SqlTransformation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SQL_TRANSFORMATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TransformationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SQL", "NONE"]),
            },
        ],
        rules: &[],
    };

static DATASET_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.DatasetSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_/A-Za-z0-9:]+$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static S3_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.S3SourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][a-z0-9.-]*[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[/A-Za-z0-9._-]+$"),
                min_length: Some(0),
                max_length: Some(700),
            }),
        },
    ],
    rules: &[],
};

static DATASET_TARGET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.DatasetTargetConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_/A-Za-z0-9:]+$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static SQL_TRANSFORMATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.SqlTransformationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Query",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(65535),
        }),
    }],
    rules: &[],
};

static DATASET_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.DatasetOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "DedupeRecords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DedupeStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEDUPE_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoadType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INCREMENTAL", "REPLACE"]),
        },
    ],
    rules: &[],
};

static S3_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.S3Options",
    properties: &[::forma_core::schema::Property {
        name: "FileType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CSV", "PARQUET", "JSON"]),
    }],
    rules: &[],
};

static DEDUPE_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.DedupeStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldPriority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_PRIORITY_DEDUPE_STRATEGY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FIELD_PRIORITY"]),
        },
    ],
    rules: &[],
};

static FIELD_PRIORITY_DEDUPE_STRATEGY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SCN::DataIntegrationFlow.FieldPriorityDedupeStrategyConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_PRIORITY_DEDUPE_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        }],
        rules: &[],
    };

static FIELD_PRIORITY_DEDUPE_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::DataIntegrationFlow.FieldPriorityDedupeField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SortOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ASC", "DESC"]),
        },
    ],
    rules: &[],
};
