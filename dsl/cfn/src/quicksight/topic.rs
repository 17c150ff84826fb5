// @generated from AWS::QuickSight::Topic (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Topic` and its property types.

/// Definition of the AWS::QuickSight::Topic Resource Type.
///
/// CloudFormation type `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    props: ::forma_core::schema::Props,
}
impl Topic {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
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
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ConfigOptions`.
    #[track_caller]
    pub fn config_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<TopicConfigOptions>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Instructions that provide additional guidance and context for response generation.</p>
    #[track_caller]
    pub fn custom_instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomInstructions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSets`.
    #[track_caller]
    pub fn data_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DatasetMetadata>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FolderArns`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn folder_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TopicId`.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn topic_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserExperienceVersion`.
    #[track_caller]
    pub fn user_experience_version(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TopicUserExperienceVersion>,
    ) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Topic {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Topic {
    type Attributes = TopicAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Topic"
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
/// The attributes of a `AWS::QuickSight::Topic` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TopicAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `LEGACY`, `NEW_READER_EXPERIENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicUserExperienceVersion {
    /// `LEGACY`
    Legacy,
    /// `NEW_READER_EXPERIENCE`
    NewReaderExperience,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicUserExperienceVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Legacy => "LEGACY",
            Self::NewReaderExperience => "NEW_READER_EXPERIENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEGACY", "NEW_READER_EXPERIENCE"]
    }
}
impl ::std::convert::From<TopicUserExperienceVersion> for ::forma_core::Value<TopicUserExperienceVersion> {
    fn from(v: TopicUserExperienceVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicUserExperienceVersion {}

/// The `TopicConfigOptions` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicConfigOptions {
    props: ::forma_core::schema::Props,
}
impl TopicConfigOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `QBusinessInsightsEnabled`.
    pub fn q_business_insights_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicConfigOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicConfigOptions> for ::forma_core::Value<TopicConfigOptions> {
    fn from(v: TopicConfigOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CONFIG_OPTIONS_TYPE.properties))
    }
}

/// <p>Instructions that provide additional guidance and context for response generation.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct CustomInstructions {
    props: ::forma_core::schema::Props,
}
impl CustomInstructions {
    /// A new value with its required properties: `CustomInstructionsString`.
    pub fn new(
        custom_instructions_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_instructions_string.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomInstructions> for ::forma_core::Value<CustomInstructions> {
    fn from(v: CustomInstructions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_INSTRUCTIONS_TYPE.properties))
    }
}

/// The `DatasetMetadata` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetMetadata {
    props: ::forma_core::schema::Props,
}
impl DatasetMetadata {
    /// A new value with its required properties: `DatasetArn`.
    pub fn new(dataset_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, dataset_arn.into().into_expr());
        Self { props }
    }
    /// `CalculatedFields`.
    pub fn calculated_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicCalculatedField>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Columns`.
    pub fn columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicColumn>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DataAggregation`.
    pub fn data_aggregation(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataAggregation>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DatasetDescription`.
    ///
    /// Allowed: length 0 to 256.
    pub fn dataset_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DatasetName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn dataset_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Filters`.
    pub fn filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicFilter>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `NamedEntities`.
    pub fn named_entities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicNamedEntity>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatasetMetadata> for ::forma_core::Value<DatasetMetadata> {
    fn from(v: DatasetMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_METADATA_TYPE.properties))
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

/// The values CloudFormation documents: `SUM`, `MAX`, `MIN`, `COUNT`, `DISTINCT_COUNT`, `AVERAGE`, `MEDIAN`, `STDEV`, `STDEVP`, `VAR`, `VARP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultAggregation {
    /// `SUM`
    Sum,
    /// `MAX`
    Max,
    /// `MIN`
    Min,
    /// `COUNT`
    Count,
    /// `DISTINCT_COUNT`
    DistinctCount,
    /// `AVERAGE`
    Average,
    /// `MEDIAN`
    Median,
    /// `STDEV`
    Stdev,
    /// `STDEVP`
    Stdevp,
    /// `VAR`
    Var,
    /// `VARP`
    Varp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultAggregation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sum => "SUM",
            Self::Max => "MAX",
            Self::Min => "MIN",
            Self::Count => "COUNT",
            Self::DistinctCount => "DISTINCT_COUNT",
            Self::Average => "AVERAGE",
            Self::Median => "MEDIAN",
            Self::Stdev => "STDEV",
            Self::Stdevp => "STDEVP",
            Self::Var => "VAR",
            Self::Varp => "VARP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUM", "MAX", "MIN", "COUNT", "DISTINCT_COUNT", "AVERAGE", "MEDIAN", "STDEV", "STDEVP", "VAR", "VARP"]
    }
}
impl ::std::convert::From<DefaultAggregation> for ::forma_core::Value<DefaultAggregation> {
    fn from(v: DefaultAggregation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultAggregation {}

/// The values CloudFormation documents: `COUNT`, `DISTINCT_COUNT`, `MIN`, `MAX`, `MEDIAN`, `SUM`, `AVERAGE`, `STDEV`, `STDEVP`, `VAR`, `VARP`, `PERCENTILE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorSpecifiedAggregation {
    /// `COUNT`
    Count,
    /// `DISTINCT_COUNT`
    DistinctCount,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
    /// `MEDIAN`
    Median,
    /// `SUM`
    Sum,
    /// `AVERAGE`
    Average,
    /// `STDEV`
    Stdev,
    /// `STDEVP`
    Stdevp,
    /// `VAR`
    Var,
    /// `VARP`
    Varp,
    /// `PERCENTILE`
    Percentile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthorSpecifiedAggregation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::DistinctCount => "DISTINCT_COUNT",
            Self::Min => "MIN",
            Self::Max => "MAX",
            Self::Median => "MEDIAN",
            Self::Sum => "SUM",
            Self::Average => "AVERAGE",
            Self::Stdev => "STDEV",
            Self::Stdevp => "STDEVP",
            Self::Var => "VAR",
            Self::Varp => "VARP",
            Self::Percentile => "PERCENTILE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "COUNT",
            "DISTINCT_COUNT",
            "MIN",
            "MAX",
            "MEDIAN",
            "SUM",
            "AVERAGE",
            "STDEV",
            "STDEVP",
            "VAR",
            "VARP",
            "PERCENTILE",
        ]
    }
}
impl ::std::convert::From<AuthorSpecifiedAggregation> for ::forma_core::Value<AuthorSpecifiedAggregation> {
    fn from(v: AuthorSpecifiedAggregation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthorSpecifiedAggregation {}

/// The values CloudFormation documents: `DIMENSION`, `MEASURE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnDataRole {
    /// `DIMENSION`
    Dimension,
    /// `MEASURE`
    Measure,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColumnDataRole {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dimension => "DIMENSION",
            Self::Measure => "MEASURE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIMENSION", "MEASURE"]
    }
}
impl ::std::convert::From<ColumnDataRole> for ::forma_core::Value<ColumnDataRole> {
    fn from(v: ColumnDataRole) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColumnDataRole {}

/// The values CloudFormation documents: `SECOND`, `MINUTE`, `HOUR`, `DAY`, `WEEK`, `MONTH`, `QUARTER`, `YEAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicTimeGranularity {
    /// `SECOND`
    Second,
    /// `MINUTE`
    Minute,
    /// `HOUR`
    Hour,
    /// `DAY`
    Day,
    /// `WEEK`
    Week,
    /// `MONTH`
    Month,
    /// `QUARTER`
    Quarter,
    /// `YEAR`
    Year,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicTimeGranularity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Second => "SECOND",
            Self::Minute => "MINUTE",
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Month => "MONTH",
            Self::Quarter => "QUARTER",
            Self::Year => "YEAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR"]
    }
}
impl ::std::convert::From<TopicTimeGranularity> for ::forma_core::Value<TopicTimeGranularity> {
    fn from(v: TopicTimeGranularity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicTimeGranularity {}

/// The `TopicCalculatedField` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicCalculatedField {
    props: ::forma_core::schema::Props,
}
impl TopicCalculatedField {
    /// A new value with its required properties: `CalculatedFieldName`, `Expression`.
    pub fn new(
        calculated_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, calculated_field_name.into().into_expr());
        props.set(10, expression.into().into_expr());
        Self { props }
    }
    /// `Aggregation`.
    pub fn aggregation(mut self, value: impl ::forma_core::schema::EnumArg<DefaultAggregation>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `AllowedAggregations`.
    pub fn allowed_aggregations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthorSpecifiedAggregation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CalculatedFieldDescription`.
    ///
    /// Allowed: length 0 to 500.
    pub fn calculated_field_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CalculatedFieldSynonyms`.
    pub fn calculated_field_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `CellValueSynonyms`.
    pub fn cell_value_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CellValueSynonym>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ColumnDataRole`.
    pub fn column_data_role(mut self, value: impl ::forma_core::schema::EnumArg<ColumnDataRole>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `ComparativeOrder`.
    pub fn comparative_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComparativeOrder>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `DefaultFormatting`.
    pub fn default_formatting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultFormatting>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `DisableIndexing`.
    pub fn disable_indexing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `IsIncludedInTopic`.
    pub fn is_included_in_topic(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `NeverAggregateInFilter`.
    pub fn never_aggregate_in_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `NonAdditive`.
    pub fn non_additive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `NotAllowedAggregations`.
    pub fn not_allowed_aggregations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthorSpecifiedAggregation>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SemanticType`.
    pub fn semantic_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<SemanticType>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TimeGranularity`.
    pub fn time_granularity(mut self, value: impl ::forma_core::schema::EnumArg<TopicTimeGranularity>) -> Self {
        self.props.set(16, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TopicCalculatedField> for ::forma_core::Value<TopicCalculatedField> {
    fn from(v: TopicCalculatedField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CALCULATED_FIELD_TYPE.properties))
    }
}

/// The `TopicColumn` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicColumn {
    props: ::forma_core::schema::Props,
}
impl TopicColumn {
    /// A new value with its required properties: `ColumnName`.
    pub fn new(column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, column_name.into().into_expr());
        Self { props }
    }
    /// `Aggregation`.
    pub fn aggregation(mut self, value: impl ::forma_core::schema::EnumArg<DefaultAggregation>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `AllowedAggregations`.
    pub fn allowed_aggregations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthorSpecifiedAggregation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CellValueSynonyms`.
    pub fn cell_value_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CellValueSynonym>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ColumnDataRole`.
    pub fn column_data_role(mut self, value: impl ::forma_core::schema::EnumArg<ColumnDataRole>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `ColumnDescription`.
    ///
    /// Allowed: length 0 to 500.
    pub fn column_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ColumnFriendlyName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn column_friendly_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ColumnSynonyms`.
    pub fn column_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ComparativeOrder`.
    pub fn comparative_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComparativeOrder>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `DefaultFormatting`.
    pub fn default_formatting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultFormatting>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `DisableIndexing`.
    pub fn disable_indexing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `IsIncludedInTopic`.
    pub fn is_included_in_topic(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `NeverAggregateInFilter`.
    pub fn never_aggregate_in_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `NonAdditive`.
    pub fn non_additive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `NotAllowedAggregations`.
    pub fn not_allowed_aggregations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthorSpecifiedAggregation>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SemanticType`.
    pub fn semantic_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<SemanticType>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TimeGranularity`.
    pub fn time_granularity(mut self, value: impl ::forma_core::schema::EnumArg<TopicTimeGranularity>) -> Self {
        self.props.set(16, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TopicColumn> for ::forma_core::Value<TopicColumn> {
    fn from(v: TopicColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_COLUMN_TYPE.properties))
    }
}

/// The `DataAggregation` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataAggregation {
    props: ::forma_core::schema::Props,
}
impl DataAggregation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DatasetRowDateGranularity`.
    pub fn dataset_row_date_granularity(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TopicTimeGranularity>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DefaultDateColumnName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn default_date_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataAggregation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataAggregation> for ::forma_core::Value<DataAggregation> {
    fn from(v: DataAggregation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_AGGREGATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENFORCED_VALUE_FILTER`, `CONDITIONAL_VALUE_FILTER`, `NAMED_VALUE_FILTER`, `DASHBOARD_DEFAULT_FILTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterClass {
    /// `ENFORCED_VALUE_FILTER`
    EnforcedValueFilter,
    /// `CONDITIONAL_VALUE_FILTER`
    ConditionalValueFilter,
    /// `NAMED_VALUE_FILTER`
    NamedValueFilter,
    /// `DASHBOARD_DEFAULT_FILTER`
    DashboardDefaultFilter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnforcedValueFilter => "ENFORCED_VALUE_FILTER",
            Self::ConditionalValueFilter => "CONDITIONAL_VALUE_FILTER",
            Self::NamedValueFilter => "NAMED_VALUE_FILTER",
            Self::DashboardDefaultFilter => "DASHBOARD_DEFAULT_FILTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENFORCED_VALUE_FILTER", "CONDITIONAL_VALUE_FILTER", "NAMED_VALUE_FILTER", "DASHBOARD_DEFAULT_FILTER"]
    }
}
impl ::std::convert::From<FilterClass> for ::forma_core::Value<FilterClass> {
    fn from(v: FilterClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterClass {}

/// The values CloudFormation documents: `CATEGORY_FILTER`, `NUMERIC_EQUALITY_FILTER`, `NUMERIC_RANGE_FILTER`, `DATE_RANGE_FILTER`, `RELATIVE_DATE_FILTER`, `NULL_FILTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NamedFilterType {
    /// `CATEGORY_FILTER`
    CategoryFilter,
    /// `NUMERIC_EQUALITY_FILTER`
    NumericEqualityFilter,
    /// `NUMERIC_RANGE_FILTER`
    NumericRangeFilter,
    /// `DATE_RANGE_FILTER`
    DateRangeFilter,
    /// `RELATIVE_DATE_FILTER`
    RelativeDateFilter,
    /// `NULL_FILTER`
    NullFilter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NamedFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CategoryFilter => "CATEGORY_FILTER",
            Self::NumericEqualityFilter => "NUMERIC_EQUALITY_FILTER",
            Self::NumericRangeFilter => "NUMERIC_RANGE_FILTER",
            Self::DateRangeFilter => "DATE_RANGE_FILTER",
            Self::RelativeDateFilter => "RELATIVE_DATE_FILTER",
            Self::NullFilter => "NULL_FILTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CATEGORY_FILTER",
            "NUMERIC_EQUALITY_FILTER",
            "NUMERIC_RANGE_FILTER",
            "DATE_RANGE_FILTER",
            "RELATIVE_DATE_FILTER",
            "NULL_FILTER",
        ]
    }
}
impl ::std::convert::From<NamedFilterType> for ::forma_core::Value<NamedFilterType> {
    fn from(v: NamedFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NamedFilterType {}

/// The `TopicFilter` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicFilter {
    props: ::forma_core::schema::Props,
}
impl TopicFilter {
    /// A new value with its required properties: `FilterName`, `OperandFieldName`.
    pub fn new(
        filter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operand_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, filter_name.into().into_expr());
        props.set(9, operand_field_name.into().into_expr());
        Self { props }
    }
    /// `CategoryFilter`.
    pub fn category_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicCategoryFilter>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DateRangeFilter`.
    pub fn date_range_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicDateRangeFilter>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FilterClass`.
    pub fn filter_class(mut self, value: impl ::forma_core::schema::EnumArg<FilterClass>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `FilterDescription`.
    ///
    /// Allowed: length 0 to 500.
    pub fn filter_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FilterSynonyms`.
    pub fn filter_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FilterType`.
    pub fn filter_type(mut self, value: impl ::forma_core::schema::EnumArg<NamedFilterType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `NumericEqualityFilter`.
    pub fn numeric_equality_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicNumericEqualityFilter>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `NumericRangeFilter`.
    pub fn numeric_range_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicNumericRangeFilter>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `RelativeDateFilter`.
    pub fn relative_date_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicRelativeDateFilter>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicFilter> for ::forma_core::Value<TopicFilter> {
    fn from(v: TopicFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_FILTER_TYPE.properties))
    }
}

/// The `TopicNamedEntity` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicNamedEntity {
    props: ::forma_core::schema::Props,
}
impl TopicNamedEntity {
    /// A new value with its required properties: `EntityName`.
    pub fn new(entity_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, entity_name.into().into_expr());
        Self { props }
    }
    /// `Definition`.
    pub fn definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NamedEntityDefinition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EntityDescription`.
    ///
    /// Allowed: length 0 to 500.
    pub fn entity_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EntitySynonyms`.
    pub fn entity_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SemanticEntityType`.
    pub fn semantic_entity_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticEntityType>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicNamedEntity> for ::forma_core::Value<TopicNamedEntity> {
    fn from(v: TopicNamedEntity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_NAMED_ENTITY_TYPE.properties))
    }
}

/// The `CellValueSynonym` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct CellValueSynonym {
    props: ::forma_core::schema::Props,
}
impl CellValueSynonym {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CellValue`.
    ///
    /// Allowed: length 0 to 256.
    pub fn cell_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Synonyms`.
    pub fn synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CellValueSynonym {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CellValueSynonym> for ::forma_core::Value<CellValueSynonym> {
    fn from(v: CellValueSynonym) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CELL_VALUE_SYNONYM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LEAST`, `MOST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UndefinedSpecifiedValueType {
    /// `LEAST`
    Least,
    /// `MOST`
    Most,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UndefinedSpecifiedValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Least => "LEAST",
            Self::Most => "MOST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEAST", "MOST"]
    }
}
impl ::std::convert::From<UndefinedSpecifiedValueType> for ::forma_core::Value<UndefinedSpecifiedValueType> {
    fn from(v: UndefinedSpecifiedValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UndefinedSpecifiedValueType {}

/// The values CloudFormation documents: `GREATER_IS_BETTER`, `LESSER_IS_BETTER`, `SPECIFIED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnOrderingType {
    /// `GREATER_IS_BETTER`
    GreaterIsBetter,
    /// `LESSER_IS_BETTER`
    LesserIsBetter,
    /// `SPECIFIED`
    Specified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColumnOrderingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterIsBetter => "GREATER_IS_BETTER",
            Self::LesserIsBetter => "LESSER_IS_BETTER",
            Self::Specified => "SPECIFIED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GREATER_IS_BETTER", "LESSER_IS_BETTER", "SPECIFIED"]
    }
}
impl ::std::convert::From<ColumnOrderingType> for ::forma_core::Value<ColumnOrderingType> {
    fn from(v: ColumnOrderingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColumnOrderingType {}

/// The `ComparativeOrder` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparativeOrder {
    props: ::forma_core::schema::Props,
}
impl ComparativeOrder {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SpecifedOrder`.
    pub fn specifed_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TreatUndefinedSpecifiedValues`.
    pub fn treat_undefined_specified_values(
        mut self,
        value: impl ::forma_core::schema::EnumArg<UndefinedSpecifiedValueType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `UseOrdering`.
    pub fn use_ordering(mut self, value: impl ::forma_core::schema::EnumArg<ColumnOrderingType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ComparativeOrder {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComparativeOrder> for ::forma_core::Value<ComparativeOrder> {
    fn from(v: ComparativeOrder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPARATIVE_ORDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTO`, `PERCENT`, `CURRENCY`, `NUMBER`, `DATE`, `STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisplayFormat {
    /// `AUTO`
    Auto,
    /// `PERCENT`
    Percent,
    /// `CURRENCY`
    Currency,
    /// `NUMBER`
    Number,
    /// `DATE`
    Date,
    /// `STRING`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DisplayFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "AUTO",
            Self::Percent => "PERCENT",
            Self::Currency => "CURRENCY",
            Self::Number => "NUMBER",
            Self::Date => "DATE",
            Self::String => "STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTO", "PERCENT", "CURRENCY", "NUMBER", "DATE", "STRING"]
    }
}
impl ::std::convert::From<DisplayFormat> for ::forma_core::Value<DisplayFormat> {
    fn from(v: DisplayFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DisplayFormat {}

/// The `DefaultFormatting` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultFormatting {
    props: ::forma_core::schema::Props,
}
impl DefaultFormatting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DisplayFormat`.
    pub fn display_format(mut self, value: impl ::forma_core::schema::EnumArg<DisplayFormat>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DisplayFormatOptions`.
    pub fn display_format_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DisplayFormatOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultFormatting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultFormatting> for ::forma_core::Value<DefaultFormatting> {
    fn from(v: DefaultFormatting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_FORMATTING_TYPE.properties))
    }
}

/// The `SemanticType` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticType {
    props: ::forma_core::schema::Props,
}
impl SemanticType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FalseyCellValue`.
    pub fn falsey_cell_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FalseyCellValueSynonyms`.
    pub fn falsey_cell_value_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubTypeName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn sub_type_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TruthyCellValue`.
    pub fn truthy_cell_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TruthyCellValueSynonyms`.
    pub fn truthy_cell_value_synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TypeName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TypeParameters`.
    pub fn type_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SemanticType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SemanticType> for ::forma_core::Value<SemanticType> {
    fn from(v: SemanticType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXACT`, `CONTAINS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CategoryFilterFunction {
    /// `EXACT`
    Exact,
    /// `CONTAINS`
    Contains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CategoryFilterFunction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exact => "EXACT",
            Self::Contains => "CONTAINS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXACT", "CONTAINS"]
    }
}
impl ::std::convert::From<CategoryFilterFunction> for ::forma_core::Value<CategoryFilterFunction> {
    fn from(v: CategoryFilterFunction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CategoryFilterFunction {}

/// The values CloudFormation documents: `CUSTOM_FILTER`, `CUSTOM_FILTER_LIST`, `FILTER_LIST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CategoryFilterType {
    /// `CUSTOM_FILTER`
    CustomFilter,
    /// `CUSTOM_FILTER_LIST`
    CustomFilterList,
    /// `FILTER_LIST`
    FilterList,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CategoryFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomFilter => "CUSTOM_FILTER",
            Self::CustomFilterList => "CUSTOM_FILTER_LIST",
            Self::FilterList => "FILTER_LIST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM_FILTER", "CUSTOM_FILTER_LIST", "FILTER_LIST"]
    }
}
impl ::std::convert::From<CategoryFilterType> for ::forma_core::Value<CategoryFilterType> {
    fn from(v: CategoryFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CategoryFilterType {}

/// The `TopicCategoryFilter` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicCategoryFilter {
    props: ::forma_core::schema::Props,
}
impl TopicCategoryFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CategoryFilterFunction`.
    pub fn category_filter_function(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CategoryFilterFunction>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CategoryFilterType`.
    pub fn category_filter_type(mut self, value: impl ::forma_core::schema::EnumArg<CategoryFilterType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `Constant`.
    pub fn constant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicCategoryFilterConstant>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Inverse`.
    pub fn inverse(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicCategoryFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicCategoryFilter> for ::forma_core::Value<TopicCategoryFilter> {
    fn from(v: TopicCategoryFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CATEGORY_FILTER_TYPE.properties))
    }
}

/// The `TopicDateRangeFilter` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicDateRangeFilter {
    props: ::forma_core::schema::Props,
}
impl TopicDateRangeFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Constant`.
    pub fn constant(mut self, value: impl ::std::convert::Into<::forma_core::Value<TopicRangeFilterConstant>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Inclusive`.
    pub fn inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicDateRangeFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicDateRangeFilter> for ::forma_core::Value<TopicDateRangeFilter> {
    fn from(v: TopicDateRangeFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_DATE_RANGE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NO_AGGREGATION`, `SUM`, `AVERAGE`, `COUNT`, `DISTINCT_COUNT`, `MAX`, `MEDIAN`, `MIN`, `STDEV`, `STDEVP`, `VAR`, `VARP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NamedFilterAggType {
    /// `NO_AGGREGATION`
    NoAggregation,
    /// `SUM`
    Sum,
    /// `AVERAGE`
    Average,
    /// `COUNT`
    Count,
    /// `DISTINCT_COUNT`
    DistinctCount,
    /// `MAX`
    Max,
    /// `MEDIAN`
    Median,
    /// `MIN`
    Min,
    /// `STDEV`
    Stdev,
    /// `STDEVP`
    Stdevp,
    /// `VAR`
    Var,
    /// `VARP`
    Varp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NamedFilterAggType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoAggregation => "NO_AGGREGATION",
            Self::Sum => "SUM",
            Self::Average => "AVERAGE",
            Self::Count => "COUNT",
            Self::DistinctCount => "DISTINCT_COUNT",
            Self::Max => "MAX",
            Self::Median => "MEDIAN",
            Self::Min => "MIN",
            Self::Stdev => "STDEV",
            Self::Stdevp => "STDEVP",
            Self::Var => "VAR",
            Self::Varp => "VARP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "NO_AGGREGATION",
            "SUM",
            "AVERAGE",
            "COUNT",
            "DISTINCT_COUNT",
            "MAX",
            "MEDIAN",
            "MIN",
            "STDEV",
            "STDEVP",
            "VAR",
            "VARP",
        ]
    }
}
impl ::std::convert::From<NamedFilterAggType> for ::forma_core::Value<NamedFilterAggType> {
    fn from(v: NamedFilterAggType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NamedFilterAggType {}

/// The `TopicNumericEqualityFilter` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicNumericEqualityFilter {
    props: ::forma_core::schema::Props,
}
impl TopicNumericEqualityFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Aggregation`.
    pub fn aggregation(mut self, value: impl ::forma_core::schema::EnumArg<NamedFilterAggType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Constant`.
    pub fn constant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicSingularFilterConstant>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicNumericEqualityFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicNumericEqualityFilter> for ::forma_core::Value<TopicNumericEqualityFilter> {
    fn from(v: TopicNumericEqualityFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_NUMERIC_EQUALITY_FILTER_TYPE.properties))
    }
}

/// The `TopicNumericRangeFilter` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicNumericRangeFilter {
    props: ::forma_core::schema::Props,
}
impl TopicNumericRangeFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Aggregation`.
    pub fn aggregation(mut self, value: impl ::forma_core::schema::EnumArg<NamedFilterAggType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Constant`.
    pub fn constant(mut self, value: impl ::std::convert::Into<::forma_core::Value<TopicRangeFilterConstant>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Inclusive`.
    pub fn inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicNumericRangeFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicNumericRangeFilter> for ::forma_core::Value<TopicNumericRangeFilter> {
    fn from(v: TopicNumericRangeFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_NUMERIC_RANGE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PREVIOUS`, `THIS`, `LAST`, `NEXT`, `NOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicRelativeDateFilterFunction {
    /// `PREVIOUS`
    Previous,
    /// `THIS`
    This,
    /// `LAST`
    Last,
    /// `NEXT`
    Next,
    /// `NOW`
    Now,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicRelativeDateFilterFunction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Previous => "PREVIOUS",
            Self::This => "THIS",
            Self::Last => "LAST",
            Self::Next => "NEXT",
            Self::Now => "NOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PREVIOUS", "THIS", "LAST", "NEXT", "NOW"]
    }
}
impl ::std::convert::From<TopicRelativeDateFilterFunction> for ::forma_core::Value<TopicRelativeDateFilterFunction> {
    fn from(v: TopicRelativeDateFilterFunction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicRelativeDateFilterFunction {}

/// The `TopicRelativeDateFilter` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRelativeDateFilter {
    props: ::forma_core::schema::Props,
}
impl TopicRelativeDateFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Constant`.
    pub fn constant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicSingularFilterConstant>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RelativeDateFilterFunction`.
    pub fn relative_date_filter_function(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TopicRelativeDateFilterFunction>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `TimeGranularity`.
    pub fn time_granularity(mut self, value: impl ::forma_core::schema::EnumArg<TopicTimeGranularity>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TopicRelativeDateFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicRelativeDateFilter> for ::forma_core::Value<TopicRelativeDateFilter> {
    fn from(v: TopicRelativeDateFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_RELATIVE_DATE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PRIMARY`, `ID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropertyRole {
    /// `PRIMARY`
    Primary,
    /// `ID`
    Id,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropertyRole {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::Id => "ID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIMARY", "ID"]
    }
}
impl ::std::convert::From<PropertyRole> for ::forma_core::Value<PropertyRole> {
    fn from(v: PropertyRole) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropertyRole {}

/// The values CloudFormation documents: `INHERIT`, `DIMENSION`, `MEASURE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropertyUsage {
    /// `INHERIT`
    Inherit,
    /// `DIMENSION`
    Dimension,
    /// `MEASURE`
    Measure,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropertyUsage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inherit => "INHERIT",
            Self::Dimension => "DIMENSION",
            Self::Measure => "MEASURE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INHERIT", "DIMENSION", "MEASURE"]
    }
}
impl ::std::convert::From<PropertyUsage> for ::forma_core::Value<PropertyUsage> {
    fn from(v: PropertyUsage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropertyUsage {}

/// The `NamedEntityDefinition` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedEntityDefinition {
    props: ::forma_core::schema::Props,
}
impl NamedEntityDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FieldName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn field_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Metric`.
    pub fn metric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NamedEntityDefinitionMetric>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PropertyName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn property_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PropertyRole`.
    pub fn property_role(mut self, value: impl ::forma_core::schema::EnumArg<PropertyRole>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `PropertyUsage`.
    pub fn property_usage(mut self, value: impl ::forma_core::schema::EnumArg<PropertyUsage>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NamedEntityDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NamedEntityDefinition> for ::forma_core::Value<NamedEntityDefinition> {
    fn from(v: NamedEntityDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMED_ENTITY_DEFINITION_TYPE.properties))
    }
}

/// The `SemanticEntityType` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticEntityType {
    props: ::forma_core::schema::Props,
}
impl SemanticEntityType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SubTypeName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn sub_type_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TypeName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TypeParameters`.
    pub fn type_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SemanticEntityType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SemanticEntityType> for ::forma_core::Value<SemanticEntityType> {
    fn from(v: SemanticEntityType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_ENTITY_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COMMA`, `DOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicNumericSeparatorSymbol {
    /// `COMMA`
    Comma,
    /// `DOT`
    Dot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicNumericSeparatorSymbol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Comma => "COMMA",
            Self::Dot => "DOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMMA", "DOT"]
    }
}
impl ::std::convert::From<TopicNumericSeparatorSymbol> for ::forma_core::Value<TopicNumericSeparatorSymbol> {
    fn from(v: TopicNumericSeparatorSymbol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicNumericSeparatorSymbol {}

/// The values CloudFormation documents: `NONE`, `AUTO`, `THOUSANDS`, `MILLIONS`, `BILLIONS`, `TRILLIONS`, `LAKHS`, `CRORES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberScale {
    /// `NONE`
    None,
    /// `AUTO`
    Auto,
    /// `THOUSANDS`
    Thousands,
    /// `MILLIONS`
    Millions,
    /// `BILLIONS`
    Billions,
    /// `TRILLIONS`
    Trillions,
    /// `LAKHS`
    Lakhs,
    /// `CRORES`
    Crores,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NumberScale {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Auto => "AUTO",
            Self::Thousands => "THOUSANDS",
            Self::Millions => "MILLIONS",
            Self::Billions => "BILLIONS",
            Self::Trillions => "TRILLIONS",
            Self::Lakhs => "LAKHS",
            Self::Crores => "CRORES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "AUTO", "THOUSANDS", "MILLIONS", "BILLIONS", "TRILLIONS", "LAKHS", "CRORES"]
    }
}
impl ::std::convert::From<NumberScale> for ::forma_core::Value<NumberScale> {
    fn from(v: NumberScale) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NumberScale {}

/// The `DisplayFormatOptions` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayFormatOptions {
    props: ::forma_core::schema::Props,
}
impl DisplayFormatOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlankCellFormat`.
    ///
    /// Allowed: length 0 to 256.
    pub fn blank_cell_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CurrencySymbol`.
    ///
    /// Allowed: length 0 to 256.
    pub fn currency_symbol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DateFormat`.
    ///
    /// Allowed: length 0 to 256.
    pub fn date_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DecimalSeparator`.
    pub fn decimal_separator(mut self, value: impl ::forma_core::schema::EnumArg<TopicNumericSeparatorSymbol>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `FractionDigits`.
    pub fn fraction_digits(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `GroupingSeparator`.
    ///
    /// Allowed: length 0 to 256.
    pub fn grouping_separator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `NegativeFormat`.
    pub fn negative_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<NegativeFormat>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 256.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Suffix`.
    ///
    /// Allowed: length 0 to 256.
    pub fn suffix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `UnitScaler`.
    pub fn unit_scaler(mut self, value: impl ::forma_core::schema::EnumArg<NumberScale>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// `UseBlankCellFormat`.
    pub fn use_blank_cell_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `UseGrouping`.
    pub fn use_grouping(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DisplayFormatOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DisplayFormatOptions> for ::forma_core::Value<DisplayFormatOptions> {
    fn from(v: DisplayFormatOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISPLAY_FORMAT_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SINGULAR`, `RANGE`, `COLLECTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConstantType {
    /// `SINGULAR`
    Singular,
    /// `RANGE`
    Range,
    /// `COLLECTIVE`
    Collective,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConstantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Singular => "SINGULAR",
            Self::Range => "RANGE",
            Self::Collective => "COLLECTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGULAR", "RANGE", "COLLECTIVE"]
    }
}
impl ::std::convert::From<ConstantType> for ::forma_core::Value<ConstantType> {
    fn from(v: ConstantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConstantType {}

/// The `TopicCategoryFilterConstant` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicCategoryFilterConstant {
    props: ::forma_core::schema::Props,
}
impl TopicCategoryFilterConstant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CollectiveConstant`.
    pub fn collective_constant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CollectiveConstant>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConstantType`.
    pub fn constant_type(mut self, value: impl ::forma_core::schema::EnumArg<ConstantType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `SingularConstant`.
    ///
    /// Allowed: length 0 to 256.
    pub fn singular_constant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicCategoryFilterConstant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicCategoryFilterConstant> for ::forma_core::Value<TopicCategoryFilterConstant> {
    fn from(v: TopicCategoryFilterConstant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CATEGORY_FILTER_CONSTANT_TYPE.properties))
    }
}

/// The `TopicRangeFilterConstant` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRangeFilterConstant {
    props: ::forma_core::schema::Props,
}
impl TopicRangeFilterConstant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConstantType`.
    pub fn constant_type(mut self, value: impl ::forma_core::schema::EnumArg<ConstantType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `RangeConstant`.
    pub fn range_constant(mut self, value: impl ::std::convert::Into<::forma_core::Value<RangeConstant>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicRangeFilterConstant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicRangeFilterConstant> for ::forma_core::Value<TopicRangeFilterConstant> {
    fn from(v: TopicRangeFilterConstant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_RANGE_FILTER_CONSTANT_TYPE.properties))
    }
}

/// The `TopicSingularFilterConstant` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicSingularFilterConstant {
    props: ::forma_core::schema::Props,
}
impl TopicSingularFilterConstant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConstantType`.
    pub fn constant_type(mut self, value: impl ::forma_core::schema::EnumArg<ConstantType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `SingularConstant`.
    ///
    /// Allowed: length 0 to 256.
    pub fn singular_constant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TopicSingularFilterConstant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TopicSingularFilterConstant> for ::forma_core::Value<TopicSingularFilterConstant> {
    fn from(v: TopicSingularFilterConstant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_SINGULAR_FILTER_CONSTANT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SUM`, `MIN`, `MAX`, `COUNT`, `AVERAGE`, `DISTINCT_COUNT`, `STDEV`, `STDEVP`, `VAR`, `VARP`, `PERCENTILE`, `MEDIAN`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NamedEntityAggType {
    /// `SUM`
    Sum,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
    /// `COUNT`
    Count,
    /// `AVERAGE`
    Average,
    /// `DISTINCT_COUNT`
    DistinctCount,
    /// `STDEV`
    Stdev,
    /// `STDEVP`
    Stdevp,
    /// `VAR`
    Var,
    /// `VARP`
    Varp,
    /// `PERCENTILE`
    Percentile,
    /// `MEDIAN`
    Median,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NamedEntityAggType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sum => "SUM",
            Self::Min => "MIN",
            Self::Max => "MAX",
            Self::Count => "COUNT",
            Self::Average => "AVERAGE",
            Self::DistinctCount => "DISTINCT_COUNT",
            Self::Stdev => "STDEV",
            Self::Stdevp => "STDEVP",
            Self::Var => "VAR",
            Self::Varp => "VARP",
            Self::Percentile => "PERCENTILE",
            Self::Median => "MEDIAN",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SUM",
            "MIN",
            "MAX",
            "COUNT",
            "AVERAGE",
            "DISTINCT_COUNT",
            "STDEV",
            "STDEVP",
            "VAR",
            "VARP",
            "PERCENTILE",
            "MEDIAN",
            "CUSTOM",
        ]
    }
}
impl ::std::convert::From<NamedEntityAggType> for ::forma_core::Value<NamedEntityAggType> {
    fn from(v: NamedEntityAggType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NamedEntityAggType {}

/// The `NamedEntityDefinitionMetric` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedEntityDefinitionMetric {
    props: ::forma_core::schema::Props,
}
impl NamedEntityDefinitionMetric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Aggregation`.
    pub fn aggregation(mut self, value: impl ::forma_core::schema::EnumArg<NamedEntityAggType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `AggregationFunctionParameters`.
    pub fn aggregation_function_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NamedEntityDefinitionMetric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NamedEntityDefinitionMetric> for ::forma_core::Value<NamedEntityDefinitionMetric> {
    fn from(v: NamedEntityDefinitionMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMED_ENTITY_DEFINITION_METRIC_TYPE.properties))
    }
}

/// The `NegativeFormat` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct NegativeFormat {
    props: ::forma_core::schema::Props,
}
impl NegativeFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 256.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Suffix`.
    ///
    /// Allowed: length 0 to 256.
    pub fn suffix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NegativeFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NegativeFormat> for ::forma_core::Value<NegativeFormat> {
    fn from(v: NegativeFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NEGATIVE_FORMAT_TYPE.properties))
    }
}

/// The `CollectiveConstant` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct CollectiveConstant {
    props: ::forma_core::schema::Props,
}
impl CollectiveConstant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ValueList`.
    pub fn value_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CollectiveConstant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CollectiveConstant> for ::forma_core::Value<CollectiveConstant> {
    fn from(v: CollectiveConstant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLLECTIVE_CONSTANT_TYPE.properties))
    }
}

/// The `RangeConstant` property type of `AWS::QuickSight::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeConstant {
    props: ::forma_core::schema::Props,
}
impl RangeConstant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Maximum`.
    ///
    /// Allowed: length 0 to 256.
    pub fn maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Minimum`.
    ///
    /// Allowed: length 0 to 256.
    pub fn minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RangeConstant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RangeConstant> for ::forma_core::Value<RangeConstant> {
    fn from(v: RangeConstant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGE_CONSTANT_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::Topic`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Topic",
    properties: &[
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
            name: "ConfigOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_CONFIG_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomInstructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_INSTRUCTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATASET_METADATA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FolderArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_.\\\\+]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserExperienceVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEGACY", "NEW_READER_EXPERIENCE"]),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static TOPIC_CONFIG_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicConfigOptions",
    properties: &[::forma_core::schema::Property {
        name: "QBusinessInsightsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CUSTOM_INSTRUCTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.CustomInstructions",
    properties: &[::forma_core::schema::Property {
        name: "CustomInstructionsString",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(10000),
        }),
    }],
    rules: &[],
};

static DATASET_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.DatasetMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "CalculatedFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_CALCULATED_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Columns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataAggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_AGGREGATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatasetDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NamedEntities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_NAMED_ENTITY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.Tag",
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

static TOPIC_CALCULATED_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicCalculatedField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SUM",
                "MAX",
                "MIN",
                "COUNT",
                "DISTINCT_COUNT",
                "AVERAGE",
                "MEDIAN",
                "STDEV",
                "STDEVP",
                "VAR",
                "VARP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "AllowedAggregations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "COUNT",
                    "DISTINCT_COUNT",
                    "MIN",
                    "MAX",
                    "MEDIAN",
                    "SUM",
                    "AVERAGE",
                    "STDEV",
                    "STDEVP",
                    "VAR",
                    "VARP",
                    "PERCENTILE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CalculatedFieldDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "CalculatedFieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "CalculatedFieldSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CellValueSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CELL_VALUE_SYNONYM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColumnDataRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DIMENSION", "MEASURE"]),
        },
        ::forma_core::schema::Property {
            name: "ComparativeOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPARATIVE_ORDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultFormatting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_FORMATTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableIndexing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsIncludedInTopic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NeverAggregateInFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NonAdditive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotAllowedAggregations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "COUNT",
                    "DISTINCT_COUNT",
                    "MIN",
                    "MAX",
                    "MEDIAN",
                    "SUM",
                    "AVERAGE",
                    "STDEV",
                    "STDEVP",
                    "VAR",
                    "VARP",
                    "PERCENTILE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SemanticType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeGranularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR",
            ]),
        },
    ],
    rules: &[],
};

static TOPIC_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SUM",
                "MAX",
                "MIN",
                "COUNT",
                "DISTINCT_COUNT",
                "AVERAGE",
                "MEDIAN",
                "STDEV",
                "STDEVP",
                "VAR",
                "VARP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "AllowedAggregations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "COUNT",
                    "DISTINCT_COUNT",
                    "MIN",
                    "MAX",
                    "MEDIAN",
                    "SUM",
                    "AVERAGE",
                    "STDEV",
                    "STDEVP",
                    "VAR",
                    "VARP",
                    "PERCENTILE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CellValueSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CELL_VALUE_SYNONYM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColumnDataRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DIMENSION", "MEASURE"]),
        },
        ::forma_core::schema::Property {
            name: "ColumnDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnFriendlyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComparativeOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPARATIVE_ORDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultFormatting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_FORMATTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableIndexing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsIncludedInTopic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NeverAggregateInFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NonAdditive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotAllowedAggregations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "COUNT",
                    "DISTINCT_COUNT",
                    "MIN",
                    "MAX",
                    "MEDIAN",
                    "SUM",
                    "AVERAGE",
                    "STDEV",
                    "STDEVP",
                    "VAR",
                    "VARP",
                    "PERCENTILE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SemanticType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeGranularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR",
            ]),
        },
    ],
    rules: &[],
};

static DATA_AGGREGATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.DataAggregation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetRowDateGranularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DefaultDateColumnName",
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

static TOPIC_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "CategoryFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_CATEGORY_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DateRangeFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_DATE_RANGE_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ENFORCED_VALUE_FILTER",
                "CONDITIONAL_VALUE_FILTER",
                "NAMED_VALUE_FILTER",
                "DASHBOARD_DEFAULT_FILTER",
            ]),
        },
        ::forma_core::schema::Property {
            name: "FilterDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FilterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CATEGORY_FILTER",
                "NUMERIC_EQUALITY_FILTER",
                "NUMERIC_RANGE_FILTER",
                "DATE_RANGE_FILTER",
                "RELATIVE_DATE_FILTER",
                "NULL_FILTER",
            ]),
        },
        ::forma_core::schema::Property {
            name: "NumericEqualityFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_NUMERIC_EQUALITY_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NumericRangeFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_NUMERIC_RANGE_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OperandFieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RelativeDateFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_RELATIVE_DATE_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static TOPIC_NAMED_ENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicNamedEntity",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NAMED_ENTITY_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EntityDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntityName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntitySynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SemanticEntityType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_ENTITY_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static CELL_VALUE_SYNONYM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.CellValueSynonym",
    properties: &[
        ::forma_core::schema::Property {
            name: "CellValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Synonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static COMPARATIVE_ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.ComparativeOrder",
    properties: &[
        ::forma_core::schema::Property {
            name: "SpecifedOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TreatUndefinedSpecifiedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEAST", "MOST"]),
        },
        ::forma_core::schema::Property {
            name: "UseOrdering",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GREATER_IS_BETTER", "LESSER_IS_BETTER", "SPECIFIED"]),
        },
    ],
    rules: &[],
};

static DEFAULT_FORMATTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.DefaultFormatting",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTO", "PERCENT", "CURRENCY", "NUMBER", "DATE", "STRING"]),
        },
        ::forma_core::schema::Property {
            name: "DisplayFormatOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISPLAY_FORMAT_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static SEMANTIC_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.SemanticType",
    properties: &[
        ::forma_core::schema::Property {
            name: "FalseyCellValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FalseyCellValueSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubTypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TruthyCellValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TruthyCellValueSynonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
};

static TOPIC_CATEGORY_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicCategoryFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "CategoryFilterFunction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EXACT", "CONTAINS"]),
        },
        ::forma_core::schema::Property {
            name: "CategoryFilterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM_FILTER", "CUSTOM_FILTER_LIST", "FILTER_LIST"]),
        },
        ::forma_core::schema::Property {
            name: "Constant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_CATEGORY_FILTER_CONSTANT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Inverse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TOPIC_DATE_RANGE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicDateRangeFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_RANGE_FILTER_CONSTANT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Inclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TOPIC_NUMERIC_EQUALITY_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicNumericEqualityFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NO_AGGREGATION",
                "SUM",
                "AVERAGE",
                "COUNT",
                "DISTINCT_COUNT",
                "MAX",
                "MEDIAN",
                "MIN",
                "STDEV",
                "STDEVP",
                "VAR",
                "VARP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Constant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_SINGULAR_FILTER_CONSTANT_TYPE),
        },
    ],
    rules: &[],
};

static TOPIC_NUMERIC_RANGE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicNumericRangeFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NO_AGGREGATION",
                "SUM",
                "AVERAGE",
                "COUNT",
                "DISTINCT_COUNT",
                "MAX",
                "MEDIAN",
                "MIN",
                "STDEV",
                "STDEVP",
                "VAR",
                "VARP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Constant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_RANGE_FILTER_CONSTANT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Inclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TOPIC_RELATIVE_DATE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicRelativeDateFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_SINGULAR_FILTER_CONSTANT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RelativeDateFilterFunction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PREVIOUS", "THIS", "LAST", "NEXT", "NOW"]),
        },
        ::forma_core::schema::Property {
            name: "TimeGranularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR",
            ]),
        },
    ],
    rules: &[],
};

static NAMED_ENTITY_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.NamedEntityDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Metric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NAMED_ENTITY_DEFINITION_METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PropertyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRIMARY", "ID"]),
        },
        ::forma_core::schema::Property {
            name: "PropertyUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INHERIT", "DIMENSION", "MEASURE"]),
        },
    ],
    rules: &[],
};

static SEMANTIC_ENTITY_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.SemanticEntityType",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubTypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
};

static DISPLAY_FORMAT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.DisplayFormatOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlankCellFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "CurrencySymbol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DateFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DecimalSeparator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMMA", "DOT"]),
        },
        ::forma_core::schema::Property {
            name: "FractionDigits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupingSeparator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "NegativeFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NEGATIVE_FORMAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Suffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnitScaler",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NONE",
                "AUTO",
                "THOUSANDS",
                "MILLIONS",
                "BILLIONS",
                "TRILLIONS",
                "LAKHS",
                "CRORES",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UseBlankCellFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseGrouping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TOPIC_CATEGORY_FILTER_CONSTANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicCategoryFilterConstant",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectiveConstant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLLECTIVE_CONSTANT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConstantType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGULAR", "RANGE", "COLLECTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "SingularConstant",
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

static TOPIC_RANGE_FILTER_CONSTANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicRangeFilterConstant",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConstantType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGULAR", "RANGE", "COLLECTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "RangeConstant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RANGE_CONSTANT_TYPE),
        },
    ],
    rules: &[],
};

static TOPIC_SINGULAR_FILTER_CONSTANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.TopicSingularFilterConstant",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConstantType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGULAR", "RANGE", "COLLECTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "SingularConstant",
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

static NAMED_ENTITY_DEFINITION_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.NamedEntityDefinitionMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SUM",
                "MIN",
                "MAX",
                "COUNT",
                "AVERAGE",
                "DISTINCT_COUNT",
                "STDEV",
                "STDEVP",
                "VAR",
                "VARP",
                "PERCENTILE",
                "MEDIAN",
                "CUSTOM",
            ]),
        },
        ::forma_core::schema::Property {
            name: "AggregationFunctionParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
};

static NEGATIVE_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.NegativeFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Suffix",
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

static COLLECTIVE_CONSTANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.CollectiveConstant",
    properties: &[::forma_core::schema::Property {
        name: "ValueList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static RANGE_CONSTANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Topic.RangeConstant",
    properties: &[
        ::forma_core::schema::Property {
            name: "Maximum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Minimum",
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
