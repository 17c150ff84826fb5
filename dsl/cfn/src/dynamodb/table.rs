// @generated from AWS::DynamoDB::Table (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DynamoDB::Table` and its property types.

/// The `AWS::DynamoDB::Table` resource creates a DDB table.
///
/// CloudFormation type `AWS::DynamoDB::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    props: ::forma_core::schema::Props,
}
impl Table {
    /// A new resource with its required properties: `KeySchema`.
    #[track_caller]
    pub fn new(key_schema: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeySchema>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, key_schema.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of attributes that describe the key schema for the table and indexes.
    #[track_caller]
    pub fn attribute_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributeDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specify how you are charged for read and write throughput and how you manage capacity.
    #[track_caller]
    pub fn billing_mode(mut self, value: impl ::forma_core::schema::EnumArg<BillingMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings used to specify whether to enable CloudWatch Contributor Insights for the table and define which events to monitor.
    #[track_caller]
    pub fn contributor_insights_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContributorInsightsSpecification>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines if a table is protected from deletion.
    #[track_caller]
    pub fn deletion_protection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Global secondary indexes to be created on the table.
    #[track_caller]
    pub fn global_secondary_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GlobalSecondaryIndex>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the properties of data being imported from the S3 bucket source to the" table.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn import_source_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImportSourceSpecification>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Kinesis Data Streams configuration for the specified table.
    #[track_caller]
    pub fn kinesis_stream_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamSpecification>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Local secondary indexes to be created on the table.
    #[track_caller]
    pub fn local_secondary_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalSecondaryIndex>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets the maximum number of read and write units for the specified on-demand table.
    #[track_caller]
    pub fn on_demand_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandThroughput>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings used to enable point in time recovery.
    #[track_caller]
    pub fn point_in_time_recovery_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PointInTimeRecoverySpecification>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Throughput for the specified table, which consists of values for `ReadCapacityUnits` and `WriteCapacityUnits`.
    #[track_caller]
    pub fn provisioned_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedThroughput>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An AWS resource-based policy document in JSON format that will be attached to the table.
    #[track_caller]
    pub fn resource_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourcePolicy>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the settings to enable server-side encryption.
    #[track_caller]
    pub fn sse_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SseSpecification>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings for the DDB table stream, which captures changes to items stored in the table.
    #[track_caller]
    pub fn stream_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamSpecification>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The table class of the new table.
    #[track_caller]
    pub fn table_class(mut self, value: impl ::forma_core::schema::EnumArg<TableClass>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the table.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the Time to Live (TTL) settings for the table.
    #[track_caller]
    pub fn time_to_live_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimeToLiveSpecification>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VectorIndexes`.
    #[track_caller]
    pub fn vector_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VectorIndex>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the warm throughput (in read units per second and write units per second) for creating a table.
    #[track_caller]
    pub fn warm_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<WarmThroughput>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Table {
    type Attributes = TableAttributes;
    fn type_name(&self) -> &str {
        "AWS::DynamoDB::Table"
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
/// The attributes of a `AWS::DynamoDB::Table` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TableAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `StreamArn`.
    pub fn stream_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StreamArn")
    }
}

/// The values CloudFormation documents: `PAY_PER_REQUEST`, `PROVISIONED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BillingMode {
    /// `PAY_PER_REQUEST`
    PayPerRequest,
    /// `PROVISIONED`
    Provisioned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BillingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PayPerRequest => "PAY_PER_REQUEST",
            Self::Provisioned => "PROVISIONED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PAY_PER_REQUEST", "PROVISIONED"]
    }
}
impl ::std::convert::From<BillingMode> for ::forma_core::Value<BillingMode> {
    fn from(v: BillingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BillingMode {}

/// The values CloudFormation documents: `STANDARD`, `STANDARD_INFREQUENT_ACCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableClass {
    /// `STANDARD`
    Standard,
    /// `STANDARD_INFREQUENT_ACCESS`
    StandardInfrequentAccess,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TableClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::StandardInfrequentAccess => "STANDARD_INFREQUENT_ACCESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "STANDARD_INFREQUENT_ACCESS"]
    }
}
impl ::std::convert::From<TableClass> for ::forma_core::Value<TableClass> {
    fn from(v: TableClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TableClass {}

/// The values CloudFormation documents: `B`, `N`, `S`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeType {
    /// `B`
    B,
    /// `N`
    N,
    /// `S`
    S,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::B => "B",
            Self::N => "N",
            Self::S => "S",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["B", "N", "S"]
    }
}
impl ::std::convert::From<AttributeType> for ::forma_core::Value<AttributeType> {
    fn from(v: AttributeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeType {}

/// Represents an attribute for describing the schema for the table and indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeDefinition {
    props: ::forma_core::schema::Props,
}
impl AttributeDefinition {
    /// A new value with its required properties: `AttributeName`, `AttributeType`.
    pub fn new(
        attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        attribute_type: impl ::forma_core::schema::EnumArg<AttributeType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        props.set(1, attribute_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AttributeDefinition> for ::forma_core::Value<AttributeDefinition> {
    fn from(v: AttributeDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ACCESSED_AND_THROTTLED_KEYS`, `THROTTLED_KEYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `ACCESSED_AND_THROTTLED_KEYS`
    AccessedAndThrottledKeys,
    /// `THROTTLED_KEYS`
    ThrottledKeys,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessedAndThrottledKeys => "ACCESSED_AND_THROTTLED_KEYS",
            Self::ThrottledKeys => "THROTTLED_KEYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// Configures contributor insights settings for a table or one of its indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct ContributorInsightsSpecification {
    props: ::forma_core::schema::Props,
}
impl ContributorInsightsSpecification {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// Specifies the CloudWatch Contributor Insights mode for a table.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ContributorInsightsSpecification> for ::forma_core::Value<ContributorInsightsSpecification> {
    fn from(v: ContributorInsightsSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTRIBUTOR_INSIGHTS_SPECIFICATION_TYPE.properties))
    }
}

/// Represents the properties of a global secondary index.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalSecondaryIndex {
    props: ::forma_core::schema::Props,
}
impl GlobalSecondaryIndex {
    /// A new value with its required properties: `IndexName`, `KeySchema`, `Projection`.
    pub fn new(
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key_schema: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeySchema>>>,
        projection: impl ::std::convert::Into<::forma_core::Value<Projection>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, index_name.into().into_expr());
        props.set(2, key_schema.into().into_expr());
        props.set(4, projection.into().into_expr());
        Self { props }
    }
    /// The settings used to specify whether to enable CloudWatch Contributor Insights for the global table and define which events to monitor.
    pub fn contributor_insights_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContributorInsightsSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of read and write units for the specified global secondary index.
    pub fn on_demand_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandThroughput>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub fn provisioned_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedThroughput>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index.
    pub fn warm_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<WarmThroughput>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GlobalSecondaryIndex> for ::forma_core::Value<GlobalSecondaryIndex> {
    fn from(v: GlobalSecondaryIndex) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_SECONDARY_INDEX_TYPE.properties))
    }
}

/// Specifies the properties of data being imported from the S3 bucket source to the table.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportSourceSpecification {
    props: ::forma_core::schema::Props,
}
impl ImportSourceSpecification {
    /// A new value with its required properties: `InputFormat`, `S3BucketSource`.
    pub fn new(
        input_format: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket_source: impl ::std::convert::Into<::forma_core::Value<S3BucketSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, input_format.into().into_expr());
        props.set(3, s3_bucket_source.into().into_expr());
        Self { props }
    }
    /// Type of compression to be used on the input coming from the imported table.
    pub fn input_compression_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Additional properties that specify how the input is formatted,
    pub fn input_format_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputFormatOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImportSourceSpecification> for ::forma_core::Value<ImportSourceSpecification> {
    fn from(v: ImportSourceSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMPORT_SOURCE_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HASH`, `RANGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `HASH`
    Hash,
    /// `RANGE`
    Range,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hash => "HASH",
            Self::Range => "RANGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HASH", "RANGE"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// The `KeySchema` property type of `AWS::DynamoDB::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeySchema {
    props: ::forma_core::schema::Props,
}
impl KeySchema {
    /// A new value with its required properties: `AttributeName`, `KeyType`.
    pub fn new(
        attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key_type: impl ::forma_core::schema::EnumArg<KeyType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        props.set(1, key_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<KeySchema> for ::forma_core::Value<KeySchema> {
    fn from(v: KeySchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_SCHEMA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MICROSECOND`, `MILLISECOND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApproximateCreationDateTimePrecision {
    /// `MICROSECOND`
    Microsecond,
    /// `MILLISECOND`
    Millisecond,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApproximateCreationDateTimePrecision {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Microsecond => "MICROSECOND",
            Self::Millisecond => "MILLISECOND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MICROSECOND", "MILLISECOND"]
    }
}
impl ::std::convert::From<ApproximateCreationDateTimePrecision>
    for ::forma_core::Value<ApproximateCreationDateTimePrecision>
{
    fn from(v: ApproximateCreationDateTimePrecision) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApproximateCreationDateTimePrecision {}

/// The Kinesis Data Streams configuration for the specified table.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamSpecification {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamSpecification {
    /// A new value with its required properties: `StreamArn`.
    pub fn new(stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, stream_arn.into().into_expr());
        Self { props }
    }
    /// The precision for the time and date that the stream was created.
    pub fn approximate_creation_date_time_precision(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ApproximateCreationDateTimePrecision>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<KinesisStreamSpecification> for ::forma_core::Value<KinesisStreamSpecification> {
    fn from(v: KinesisStreamSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAM_SPECIFICATION_TYPE.properties))
    }
}

/// Represents the properties of a local secondary index.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalSecondaryIndex {
    props: ::forma_core::schema::Props,
}
impl LocalSecondaryIndex {
    /// A new value with its required properties: `IndexName`, `KeySchema`, `Projection`.
    pub fn new(
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key_schema: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeySchema>>>,
        projection: impl ::std::convert::Into<::forma_core::Value<Projection>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, index_name.into().into_expr());
        props.set(1, key_schema.into().into_expr());
        props.set(2, projection.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LocalSecondaryIndex> for ::forma_core::Value<LocalSecondaryIndex> {
    fn from(v: LocalSecondaryIndex) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCAL_SECONDARY_INDEX_TYPE.properties))
    }
}

/// Sets the maximum number of read and write units for the specified on-demand table.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandThroughput {
    props: ::forma_core::schema::Props,
}
impl OnDemandThroughput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum number of read request units for the specified table.
    ///
    /// Allowed: at least 1.
    pub fn max_read_request_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum number of write request units for the specified table.
    ///
    /// Allowed: at least 1.
    pub fn max_write_request_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnDemandThroughput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnDemandThroughput> for ::forma_core::Value<OnDemandThroughput> {
    fn from(v: OnDemandThroughput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_THROUGHPUT_TYPE.properties))
    }
}

/// The settings used to enable point in time recovery.
#[derive(Debug, Clone, PartialEq)]
pub struct PointInTimeRecoverySpecification {
    props: ::forma_core::schema::Props,
}
impl PointInTimeRecoverySpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
    pub fn point_in_time_recovery_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of preceding days for which continuous backups are taken and maintained.
    ///
    /// Allowed: 1 to 35.
    pub fn recovery_period_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PointInTimeRecoverySpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PointInTimeRecoverySpecification> for ::forma_core::Value<PointInTimeRecoverySpecification> {
    fn from(v: PointInTimeRecoverySpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE.properties))
    }
}

/// Throughput for the specified table, which consists of values for `ReadCapacityUnits` and `WriteCapacityUnits`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedThroughput {
    props: ::forma_core::schema::Props,
}
impl ProvisionedThroughput {
    /// A new value with its required properties: `ReadCapacityUnits`, `WriteCapacityUnits`.
    pub fn new(
        read_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        write_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, read_capacity_units.into().into_expr());
        props.set(1, write_capacity_units.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProvisionedThroughput> for ::forma_core::Value<ProvisionedThroughput> {
    fn from(v: ProvisionedThroughput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONED_THROUGHPUT_TYPE.properties))
    }
}

/// Creates or updates a resource-based policy document that contains the permissions for DDB resources, such as a table, its indexes, and stream.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new value with its required properties: `PolicyDocument`.
    pub fn new(policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy_document.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePolicy> for ::forma_core::Value<ResourcePolicy> {
    fn from(v: ResourcePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseType {
    /// `KMS`
    Kms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SseType {
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
impl ::std::convert::From<SseType> for ::forma_core::Value<SseType> {
    fn from(v: SseType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SseType {}

/// Represents the settings used to enable server-side encryption.
#[derive(Debug, Clone, PartialEq)]
pub struct SseSpecification {
    props: ::forma_core::schema::Props,
}
impl SseSpecification {
    /// A new value with its required properties: `SSEEnabled`.
    pub fn new(sse_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, sse_enabled.into().into_expr());
        Self { props }
    }
    /// The KMS key that should be used for the KMS encryption.
    pub fn kms_master_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Server-side encryption type.
    pub fn sse_type(mut self, value: impl ::forma_core::schema::EnumArg<SseType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SseSpecification> for ::forma_core::Value<SseSpecification> {
    fn from(v: SseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSE_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KEYS_ONLY`, `NEW_AND_OLD_IMAGES`, `NEW_IMAGE`, `OLD_IMAGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamViewType {
    /// `KEYS_ONLY`
    KeysOnly,
    /// `NEW_AND_OLD_IMAGES`
    NewAndOldImages,
    /// `NEW_IMAGE`
    NewImage,
    /// `OLD_IMAGE`
    OldImage,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamViewType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeysOnly => "KEYS_ONLY",
            Self::NewAndOldImages => "NEW_AND_OLD_IMAGES",
            Self::NewImage => "NEW_IMAGE",
            Self::OldImage => "OLD_IMAGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE"]
    }
}
impl ::std::convert::From<StreamViewType> for ::forma_core::Value<StreamViewType> {
    fn from(v: StreamViewType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamViewType {}

/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamSpecification {
    props: ::forma_core::schema::Props,
}
impl StreamSpecification {
    /// A new value with its required properties: `StreamViewType`.
    pub fn new(stream_view_type: impl ::forma_core::schema::EnumArg<StreamViewType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, stream_view_type.into_enum_expr());
        Self { props }
    }
    /// Creates or updates a resource-based policy document that contains the permissions for DDB resources, such as a table's streams.
    pub fn resource_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourcePolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the tags to apply to the DDB stream.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StreamSpecification> for ::forma_core::Value<StreamSpecification> {
    fn from(v: StreamSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_SPECIFICATION_TYPE.properties))
    }
}

/// Describes a tag.
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

/// Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeToLiveSpecification {
    props: ::forma_core::schema::Props,
}
impl TimeToLiveSpecification {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The name of the TTL attribute used to store the expiration time for items in the table.
    pub fn attribute_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TimeToLiveSpecification> for ::forma_core::Value<TimeToLiveSpecification> {
    fn from(v: TimeToLiveSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_TO_LIVE_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COSINE`, `DOT_PRODUCT`, `EUCLIDEAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DistanceFunction {
    /// `COSINE`
    Cosine,
    /// `DOT_PRODUCT`
    DotProduct,
    /// `EUCLIDEAN`
    Euclidean,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DistanceFunction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cosine => "COSINE",
            Self::DotProduct => "DOT_PRODUCT",
            Self::Euclidean => "EUCLIDEAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COSINE", "DOT_PRODUCT", "EUCLIDEAN"]
    }
}
impl ::std::convert::From<DistanceFunction> for ::forma_core::Value<DistanceFunction> {
    fn from(v: DistanceFunction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DistanceFunction {}

/// The `VectorIndex` property type of `AWS::DynamoDB::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorIndex {
    props: ::forma_core::schema::Props,
}
impl VectorIndex {
    /// A new value with its required properties: `Dimensions`, `DistanceFunction`, `IndexName`, `Projection`, `VectorAttribute`.
    pub fn new(
        dimensions: impl ::std::convert::Into<::forma_core::Value<i64>>,
        distance_function: impl ::forma_core::schema::EnumArg<DistanceFunction>,
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        projection: impl ::std::convert::Into<::forma_core::Value<Projection>>,
        vector_attribute: impl ::std::convert::Into<::forma_core::Value<VectorAttribute>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimensions.into().into_expr());
        props.set(1, distance_function.into_enum_expr());
        props.set(2, index_name.into().into_expr());
        props.set(3, projection.into().into_expr());
        props.set(5, vector_attribute.into().into_expr());
        Self { props }
    }
    /// `SearchSchema`.
    pub fn search_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SearchSchemaElement>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VectorIndex> for ::forma_core::Value<VectorIndex> {
    fn from(v: VectorIndex) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VECTOR_INDEX_TYPE.properties))
    }
}

/// Provides visibility into the number of read and write operations your table or secondary index can instantaneously support.
#[derive(Debug, Clone, PartialEq)]
pub struct WarmThroughput {
    props: ::forma_core::schema::Props,
}
impl WarmThroughput {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of `ReadUnitsPerSecond` or `WriteUnitsPerSecond`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents the number of read operations your base table can instantaneously support.
    ///
    /// Allowed: at least 1.
    pub fn read_units_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents the number of write operations your base table can instantaneously support.
    ///
    /// Allowed: at least 1.
    pub fn write_units_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WarmThroughput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WarmThroughput> for ::forma_core::Value<WarmThroughput> {
    fn from(v: WarmThroughput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WARM_THROUGHPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `INCLUDE`, `KEYS_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProjectionType {
    /// `ALL`
    All,
    /// `INCLUDE`
    Include,
    /// `KEYS_ONLY`
    KeysOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProjectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Include => "INCLUDE",
            Self::KeysOnly => "KEYS_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "INCLUDE", "KEYS_ONLY"]
    }
}
impl ::std::convert::From<ProjectionType> for ::forma_core::Value<ProjectionType> {
    fn from(v: ProjectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProjectionType {}

/// Represents attributes that are copied (projected) from the table into an index.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    props: ::forma_core::schema::Props,
}
impl Projection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents the non-key attribute names which will be projected into the index.
    pub fn non_key_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The set of attributes that are projected into the index: + `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    pub fn projection_type(mut self, value: impl ::forma_core::schema::EnumArg<ProjectionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Projection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Projection> for ::forma_core::Value<Projection> {
    fn from(v: Projection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECTION_TYPE.properties))
    }
}

/// The format options for the data that was imported into the target table.
#[derive(Debug, Clone, PartialEq)]
pub struct InputFormatOptions {
    props: ::forma_core::schema::Props,
}
impl InputFormatOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The options for imported source files in CSV format.
    pub fn csv(mut self, value: impl ::std::convert::Into<::forma_core::Value<Csv>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputFormatOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputFormatOptions> for ::forma_core::Value<InputFormatOptions> {
    fn from(v: InputFormatOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_FORMAT_OPTIONS_TYPE.properties))
    }
}

/// The S3 bucket that is being imported from.
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketSource {
    props: ::forma_core::schema::Props,
}
impl S3BucketSource {
    /// A new value with its required properties: `S3Bucket`.
    pub fn new(s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        Self { props }
    }
    /// The account number of the S3 bucket that is being imported from.
    pub fn s3_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The key prefix shared by all S3 Objects that are being imported.
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3BucketSource> for ::forma_core::Value<S3BucketSource> {
    fn from(v: S3BucketSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_BUCKET_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HASH`, `INLINE_FILTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SearchSchemaElementType {
    /// `HASH`
    Hash,
    /// `INLINE_FILTER`
    InlineFilter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SearchSchemaElementType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hash => "HASH",
            Self::InlineFilter => "INLINE_FILTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HASH", "INLINE_FILTER"]
    }
}
impl ::std::convert::From<SearchSchemaElementType> for ::forma_core::Value<SearchSchemaElementType> {
    fn from(v: SearchSchemaElementType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SearchSchemaElementType {}

/// The `SearchSchemaElement` property type of `AWS::DynamoDB::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchSchemaElement {
    props: ::forma_core::schema::Props,
}
impl SearchSchemaElement {
    /// A new value with its required properties: `AttributeName`, `SearchSchemaElementType`.
    pub fn new(
        attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        search_schema_element_type: impl ::forma_core::schema::EnumArg<SearchSchemaElementType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        props.set(1, search_schema_element_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SearchSchemaElement> for ::forma_core::Value<SearchSchemaElement> {
    fn from(v: SearchSchemaElement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEARCH_SCHEMA_ELEMENT_TYPE.properties))
    }
}

/// The `VectorAttribute` property type of `AWS::DynamoDB::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorAttribute {
    props: ::forma_core::schema::Props,
}
impl VectorAttribute {
    /// A new value with its required properties: `AttributeName`.
    pub fn new(attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VectorAttribute> for ::forma_core::Value<VectorAttribute> {
    fn from(v: VectorAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VECTOR_ATTRIBUTE_TYPE.properties))
    }
}

/// The options for imported source files in CSV format.
#[derive(Debug, Clone, PartialEq)]
pub struct Csv {
    props: ::forma_core::schema::Props,
}
impl Csv {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The delimiter used for separating items in the CSV file being imported.
    pub fn delimiter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of the headers used to specify a common header for all source CSV files being imported.
    pub fn header_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Csv {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Csv> for ::forma_core::Value<Csv> {
    fn from(v: Csv) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_TYPE.properties))
    }
}

/// The schema of `AWS::DynamoDB::Table`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DynamoDB::Table",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTRIBUTE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BillingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PAY_PER_REQUEST", "PROVISIONED"]),
        },
        ::forma_core::schema::Property {
            name: "ContributorInsightsSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTRIBUTOR_INSIGHTS_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GlobalSecondaryIndexes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GLOBAL_SECONDARY_INDEX_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImportSourceSpecification",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&IMPORT_SOURCE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeySchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_SCHEMA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAM_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocalSecondaryIndexes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOCAL_SECONDARY_INDEX_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnDemandThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PointInTimeRecoverySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONED_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourcePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SSESpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "STANDARD_INFREQUENT_ACCESS"]),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
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
            name: "TimeToLiveSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_TO_LIVE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VectorIndexes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VECTOR_INDEX_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WarmThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WARM_THROUGHPUT_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "StreamArn"],
};

static ATTRIBUTE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.AttributeDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["B", "N", "S"]),
        },
    ],
    rules: &[],
};

static CONTRIBUTOR_INSIGHTS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::Table.ContributorInsightsSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Mode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"]),
            },
        ],
        rules: &[],
    };

static GLOBAL_SECONDARY_INDEX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.GlobalSecondaryIndex",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContributorInsightsSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTRIBUTOR_INSIGHTS_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IndexName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeySchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_SCHEMA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnDemandThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Projection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONED_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WarmThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WARM_THROUGHPUT_TYPE),
        },
    ],
    rules: &[],
};

static IMPORT_SOURCE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.ImportSourceSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputCompressionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputFormatOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_FORMAT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3BucketSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_BUCKET_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static KEY_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.KeySchema",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HASH", "RANGE"]),
        },
    ],
    rules: &[],
};

static KINESIS_STREAM_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.KinesisStreamSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApproximateCreationDateTimePrecision",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MICROSECOND", "MILLISECOND"]),
        },
        ::forma_core::schema::Property {
            name: "StreamArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOCAL_SECONDARY_INDEX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.LocalSecondaryIndex",
    properties: &[
        ::forma_core::schema::Property {
            name: "IndexName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeySchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_SCHEMA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Projection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECTION_TYPE),
        },
    ],
    rules: &[],
};

static ON_DEMAND_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.OnDemandThroughput",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxReadRequestUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxWriteRequestUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::Table.PointInTimeRecoverySpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "PointInTimeRecoveryEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RecoveryPeriodInDays",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(35.0),
                }),
            },
        ],
        rules: &[::forma_core::schema::Combination::Requires("RecoveryPeriodInDays", &["PointInTimeRecoveryEnabled"])],
    };

static PROVISIONED_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.ProvisionedThroughput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReadCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WriteCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static RESOURCE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.ResourcePolicy",
    properties: &[::forma_core::schema::Property {
        name: "PolicyDocument",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static SSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.SSESpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "KMSMasterKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SSEEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SSEType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KMS"]),
        },
    ],
    rules: &[::forma_core::schema::Combination::Requires("KMSMasterKeyId", &["SSEType"])],
};

static STREAM_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.StreamSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourcePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamViewType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE"]),
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
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.Tag",
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

static TIME_TO_LIVE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.TimeToLiveSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
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

static VECTOR_INDEX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.VectorIndex",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(4096.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DistanceFunction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COSINE", "DOT_PRODUCT", "EUCLIDEAN"]),
        },
        ::forma_core::schema::Property {
            name: "IndexName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Projection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SearchSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SEARCH_SCHEMA_ELEMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VectorAttribute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_ATTRIBUTE_TYPE),
        },
    ],
    rules: &[],
};

static WARM_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.WarmThroughput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReadUnitsPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WriteUnitsPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["ReadUnitsPerSecond"], &["WriteUnitsPerSecond"]])],
};

static PROJECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.Projection",
    properties: &[
        ::forma_core::schema::Property {
            name: "NonKeyAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProjectionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "INCLUDE", "KEYS_ONLY"]),
        },
    ],
    rules: &[],
};

static INPUT_FORMAT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.InputFormatOptions",
    properties: &[::forma_core::schema::Property {
        name: "Csv",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CSV_TYPE),
    }],
    rules: &[],
};

static S3_BUCKET_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.S3BucketSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SEARCH_SCHEMA_ELEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.SearchSchemaElement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(65535),
            }),
        },
        ::forma_core::schema::Property {
            name: "SearchSchemaElementType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HASH", "INLINE_FILTER"]),
        },
    ],
    rules: &[],
};

static VECTOR_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.VectorAttribute",
    properties: &[::forma_core::schema::Property {
        name: "AttributeName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static CSV_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::Table.Csv",
    properties: &[
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HeaderList",
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
