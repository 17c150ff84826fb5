// @generated from AWS::DynamoDB::GlobalTable (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DynamoDB::GlobalTable` and its property types.

/// Version: None.
///
/// CloudFormation type `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalTable {
    props: ::forma_core::schema::Props,
}
impl GlobalTable {
    /// A new resource with its required properties: `Replicas`.
    #[track_caller]
    pub fn new(
        replicas: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicaSpecification>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(10, replicas.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AttributeDefinitions`.
    #[track_caller]
    pub fn attribute_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributeDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BillingMode`.
    #[track_caller]
    pub fn billing_mode(mut self, value: impl ::forma_core::schema::EnumArg<BillingMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GlobalSecondaryIndexes`.
    #[track_caller]
    pub fn global_secondary_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GlobalSecondaryIndex>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GlobalTableSourceArn`.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn global_table_source_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GlobalTableWitnesses`.
    #[track_caller]
    pub fn global_table_witnesses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GlobalTableWitness>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KeySchema`.
    #[track_caller]
    pub fn key_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeySchema>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LocalSecondaryIndexes`.
    #[track_caller]
    pub fn local_secondary_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalSecondaryIndex>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MultiRegionConsistency`.
    #[track_caller]
    pub fn multi_region_consistency(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MultiRegionConsistency>,
    ) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReadOnDemandThroughputSettings`.
    #[track_caller]
    pub fn read_on_demand_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadOnDemandThroughputSettings>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReadProvisionedThroughputSettings`.
    #[track_caller]
    pub fn read_provisioned_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GlobalReadProvisionedThroughputSettings>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SSESpecification`.
    #[track_caller]
    pub fn sse_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SseSpecification>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StreamSpecification`.
    #[track_caller]
    pub fn stream_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamSpecification>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TableName`.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TableType`.
    #[track_caller]
    pub fn table_type(mut self, value: impl ::forma_core::schema::EnumArg<TableType>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TimeToLiveSpecification`.
    #[track_caller]
    pub fn time_to_live_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimeToLiveSpecification>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VectorIndexes`.
    #[track_caller]
    pub fn vector_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VectorIndex>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WarmThroughput`.
    #[track_caller]
    pub fn warm_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<WarmThroughput>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WriteOnDemandThroughputSettings`.
    #[track_caller]
    pub fn write_on_demand_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WriteOnDemandThroughputSettings>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WriteProvisionedThroughputSettings`.
    #[track_caller]
    pub fn write_provisioned_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WriteProvisionedThroughputSettings>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GlobalTable {
    type Attributes = GlobalTableAttributes;
    fn type_name(&self) -> &str {
        "AWS::DynamoDB::GlobalTable"
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
/// The attributes of a `AWS::DynamoDB::GlobalTable` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GlobalTableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GlobalTableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GlobalTableAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `StreamArn`.
    pub fn stream_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StreamArn")
    }
    /// `Fn::GetAtt` `TableId`.
    pub fn table_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TableId")
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

/// The values CloudFormation documents: `EVENTUAL`, `STRONG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiRegionConsistency {
    /// `EVENTUAL`
    Eventual,
    /// `STRONG`
    Strong,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MultiRegionConsistency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eventual => "EVENTUAL",
            Self::Strong => "STRONG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EVENTUAL", "STRONG"]
    }
}
impl ::std::convert::From<MultiRegionConsistency> for ::forma_core::Value<MultiRegionConsistency> {
    fn from(v: MultiRegionConsistency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MultiRegionConsistency {}

/// The values CloudFormation documents: `GlobalTableReplica`, `Regional`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableType {
    /// `GlobalTableReplica`
    GlobalTableReplica,
    /// `Regional`
    Regional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GlobalTableReplica => "GlobalTableReplica",
            Self::Regional => "Regional",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GlobalTableReplica", "Regional"]
    }
}
impl ::std::convert::From<TableType> for ::forma_core::Value<TableType> {
    fn from(v: TableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TableType {}

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

/// The `AttributeDefinition` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `GlobalSecondaryIndex` property type of `AWS::DynamoDB::GlobalTable`.
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
        props.set(0, index_name.into().into_expr());
        props.set(1, key_schema.into().into_expr());
        props.set(2, projection.into().into_expr());
        Self { props }
    }
    /// `ReadOnDemandThroughputSettings`.
    pub fn read_on_demand_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadOnDemandThroughputSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ReadProvisionedThroughputSettings`.
    pub fn read_provisioned_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GlobalReadProvisionedThroughputSettings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `WarmThroughput`.
    pub fn warm_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<WarmThroughput>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `WriteOnDemandThroughputSettings`.
    pub fn write_on_demand_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WriteOnDemandThroughputSettings>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `WriteProvisionedThroughputSettings`.
    pub fn write_provisioned_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WriteProvisionedThroughputSettings>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GlobalSecondaryIndex> for ::forma_core::Value<GlobalSecondaryIndex> {
    fn from(v: GlobalSecondaryIndex) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_SECONDARY_INDEX_TYPE.properties))
    }
}

/// The `GlobalTableWitness` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalTableWitness {
    props: ::forma_core::schema::Props,
}
impl GlobalTableWitness {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Region`.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GlobalTableWitness {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GlobalTableWitness> for ::forma_core::Value<GlobalTableWitness> {
    fn from(v: GlobalTableWitness) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_TABLE_WITNESS_TYPE.properties))
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

/// The `KeySchema` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `LocalSecondaryIndex` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `ReadOnDemandThroughputSettings` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOnDemandThroughputSettings {
    props: ::forma_core::schema::Props,
}
impl ReadOnDemandThroughputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxReadRequestUnits`.
    ///
    /// Allowed: at least 1.
    pub fn max_read_request_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReadOnDemandThroughputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReadOnDemandThroughputSettings> for ::forma_core::Value<ReadOnDemandThroughputSettings> {
    fn from(v: ReadOnDemandThroughputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(READ_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE.properties))
    }
}

/// The `GlobalReadProvisionedThroughputSettings` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalReadProvisionedThroughputSettings {
    props: ::forma_core::schema::Props,
}
impl GlobalReadProvisionedThroughputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReadCapacityUnits`.
    ///
    /// Allowed: at least 1.
    pub fn read_capacity_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GlobalReadProvisionedThroughputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GlobalReadProvisionedThroughputSettings>
    for ::forma_core::Value<GlobalReadProvisionedThroughputSettings>
{
    fn from(v: GlobalReadProvisionedThroughputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GlobalTableSettingsReplicationMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GlobalTableSettingsReplicationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<GlobalTableSettingsReplicationMode>
    for ::forma_core::Value<GlobalTableSettingsReplicationMode>
{
    fn from(v: GlobalTableSettingsReplicationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GlobalTableSettingsReplicationMode {}

/// The `ReplicaSpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaSpecification {
    props: ::forma_core::schema::Props,
}
impl ReplicaSpecification {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(9, region.into().into_expr());
        Self { props }
    }
    /// `ContributorInsightsSpecification`.
    pub fn contributor_insights_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContributorInsightsSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeletionProtectionEnabled`.
    pub fn deletion_protection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DisassociationProtectionEnabled`.
    pub fn disassociation_protection_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `GlobalSecondaryIndexes`.
    pub fn global_secondary_indexes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicaGlobalSecondaryIndexSpecification>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GlobalTableSettingsReplicationMode`.
    pub fn global_table_settings_replication_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<GlobalTableSettingsReplicationMode>,
    ) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `KinesisStreamSpecification`.
    pub fn kinesis_stream_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamSpecification>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PointInTimeRecoverySpecification`.
    pub fn point_in_time_recovery_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PointInTimeRecoverySpecification>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ReadOnDemandThroughputSettings`.
    pub fn read_on_demand_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadOnDemandThroughputSettings>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ReadProvisionedThroughputSettings`.
    pub fn read_provisioned_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadProvisionedThroughputSettings>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ReplicaStreamSpecification`.
    pub fn replica_stream_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicaStreamSpecification>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ResourcePolicy`.
    pub fn resource_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourcePolicy>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `SSESpecification`.
    pub fn sse_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicaSseSpecification>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `TableClass`.
    pub fn table_class(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReplicaSpecification> for ::forma_core::Value<ReplicaSpecification> {
    fn from(v: ReplicaSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_SPECIFICATION_TYPE.properties))
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

/// The `SSESpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct SseSpecification {
    props: ::forma_core::schema::Props,
}
impl SseSpecification {
    /// A new value with its required properties: `SSEEnabled`.
    pub fn new(sse_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sse_enabled.into().into_expr());
        Self { props }
    }
    /// `SSEType`.
    pub fn sse_type(mut self, value: impl ::forma_core::schema::EnumArg<SseType>) -> Self {
        self.props.set(1, value.into_enum_expr());
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

/// The `StreamSpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamSpecification {
    props: ::forma_core::schema::Props,
}
impl StreamSpecification {
    /// A new value with its required properties: `StreamViewType`.
    pub fn new(stream_view_type: impl ::forma_core::schema::EnumArg<StreamViewType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, stream_view_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<StreamSpecification> for ::forma_core::Value<StreamSpecification> {
    fn from(v: StreamSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_SPECIFICATION_TYPE.properties))
    }
}

/// The `TimeToLiveSpecification` property type of `AWS::DynamoDB::GlobalTable`.
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
    /// `AttributeName`.
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

/// The `VectorIndex` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `WarmThroughput` property type of `AWS::DynamoDB::GlobalTable`.
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
    /// `ReadUnitsPerSecond`.
    ///
    /// Allowed: at least 1.
    pub fn read_units_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `WriteUnitsPerSecond`.
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

/// The `WriteOnDemandThroughputSettings` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteOnDemandThroughputSettings {
    props: ::forma_core::schema::Props,
}
impl WriteOnDemandThroughputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxWriteRequestUnits`.
    ///
    /// Allowed: at least 1.
    pub fn max_write_request_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WriteOnDemandThroughputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WriteOnDemandThroughputSettings> for ::forma_core::Value<WriteOnDemandThroughputSettings> {
    fn from(v: WriteOnDemandThroughputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WRITE_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE.properties))
    }
}

/// The `WriteProvisionedThroughputSettings` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteProvisionedThroughputSettings {
    props: ::forma_core::schema::Props,
}
impl WriteProvisionedThroughputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `WriteCapacityAutoScalingSettings`.
    pub fn write_capacity_auto_scaling_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityAutoScalingSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WriteProvisionedThroughputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WriteProvisionedThroughputSettings>
    for ::forma_core::Value<WriteProvisionedThroughputSettings>
{
    fn from(v: WriteProvisionedThroughputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WRITE_PROVISIONED_THROUGHPUT_SETTINGS_TYPE.properties))
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

/// The `Projection` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    props: ::forma_core::schema::Props,
}
impl Projection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NonKeyAttributes`.
    pub fn non_key_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ProjectionType`.
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

/// The `ContributorInsightsSpecification` property type of `AWS::DynamoDB::GlobalTable`.
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
    /// `Mode`.
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

/// The `ReplicaGlobalSecondaryIndexSpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSpecification {
    props: ::forma_core::schema::Props,
}
impl ReplicaGlobalSecondaryIndexSpecification {
    /// A new value with its required properties: `IndexName`.
    pub fn new(index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, index_name.into().into_expr());
        Self { props }
    }
    /// `ContributorInsightsSpecification`.
    pub fn contributor_insights_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContributorInsightsSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReadOnDemandThroughputSettings`.
    pub fn read_on_demand_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadOnDemandThroughputSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ReadProvisionedThroughputSettings`.
    pub fn read_provisioned_throughput_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadProvisionedThroughputSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReplicaGlobalSecondaryIndexSpecification>
    for ::forma_core::Value<ReplicaGlobalSecondaryIndexSpecification>
{
    fn from(v: ReplicaGlobalSecondaryIndexSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_GLOBAL_SECONDARY_INDEX_SPECIFICATION_TYPE.properties))
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

/// The `KinesisStreamSpecification` property type of `AWS::DynamoDB::GlobalTable`.
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
    /// `ApproximateCreationDateTimePrecision`.
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

/// The `PointInTimeRecoverySpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct PointInTimeRecoverySpecification {
    props: ::forma_core::schema::Props,
}
impl PointInTimeRecoverySpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PointInTimeRecoveryEnabled`.
    pub fn point_in_time_recovery_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RecoveryPeriodInDays`.
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

/// The `ReadProvisionedThroughputSettings` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadProvisionedThroughputSettings {
    props: ::forma_core::schema::Props,
}
impl ReadProvisionedThroughputSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReadCapacityAutoScalingSettings`.
    pub fn read_capacity_auto_scaling_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityAutoScalingSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReadCapacityUnits`.
    ///
    /// Allowed: at least 1.
    pub fn read_capacity_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReadProvisionedThroughputSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReadProvisionedThroughputSettings>
    for ::forma_core::Value<ReadProvisionedThroughputSettings>
{
    fn from(v: ReadProvisionedThroughputSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE.properties))
    }
}

/// The `ReplicaStreamSpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaStreamSpecification {
    props: ::forma_core::schema::Props,
}
impl ReplicaStreamSpecification {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of `ResourcePolicy` or `Tags`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResourcePolicy`.
    pub fn resource_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourcePolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicaStreamSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicaStreamSpecification> for ::forma_core::Value<ReplicaStreamSpecification> {
    fn from(v: ReplicaStreamSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_STREAM_SPECIFICATION_TYPE.properties))
    }
}

/// The `ResourcePolicy` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `ReplicaSSESpecification` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaSseSpecification {
    props: ::forma_core::schema::Props,
}
impl ReplicaSseSpecification {
    /// A new value with its required properties: `KMSMasterKeyId`.
    pub fn new(kms_master_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_master_key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicaSseSpecification> for ::forma_core::Value<ReplicaSseSpecification> {
    fn from(v: ReplicaSseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_SSE_SPECIFICATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `SearchSchemaElement` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `VectorAttribute` property type of `AWS::DynamoDB::GlobalTable`.
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

/// The `CapacityAutoScalingSettings` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityAutoScalingSettings {
    props: ::forma_core::schema::Props,
}
impl CapacityAutoScalingSettings {
    /// A new value with its required properties: `MaxCapacity`, `MinCapacity`, `TargetTrackingScalingPolicyConfiguration`.
    pub fn new(
        max_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        target_tracking_scaling_policy_configuration: impl ::std::convert::Into<
            ::forma_core::Value<TargetTrackingScalingPolicyConfiguration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_capacity.into().into_expr());
        props.set(1, min_capacity.into().into_expr());
        props.set(3, target_tracking_scaling_policy_configuration.into().into_expr());
        Self { props }
    }
    /// `SeedCapacity`.
    ///
    /// Allowed: at least 1.
    pub fn seed_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CapacityAutoScalingSettings> for ::forma_core::Value<CapacityAutoScalingSettings> {
    fn from(v: CapacityAutoScalingSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_AUTO_SCALING_SETTINGS_TYPE.properties))
    }
}

/// The `TargetTrackingScalingPolicyConfiguration` property type of `AWS::DynamoDB::GlobalTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingScalingPolicyConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, target_value.into().into_expr());
        Self { props }
    }
    /// `DisableScaleIn`.
    pub fn disable_scale_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ScaleInCooldown`.
    ///
    /// Allowed: at least 0.
    pub fn scale_in_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ScaleOutCooldown`.
    ///
    /// Allowed: at least 0.
    pub fn scale_out_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetTrackingScalingPolicyConfiguration>
    for ::forma_core::Value<TargetTrackingScalingPolicyConfiguration>
{
    fn from(v: TargetTrackingScalingPolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::DynamoDB::GlobalTable`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DynamoDB::GlobalTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTRIBUTE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BillingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PAY_PER_REQUEST", "PROVISIONED"]),
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
            name: "GlobalTableSourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlobalTableWitnesses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GLOBAL_TABLE_WITNESS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "KeySchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_SCHEMA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
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
            name: "MultiRegionConsistency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EVENTUAL", "STRONG"]),
        },
        ::forma_core::schema::Property {
            name: "ReadOnDemandThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&READ_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadProvisionedThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GLOBAL_READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Replicas",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICA_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
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
            name: "TableType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GlobalTableReplica", "Regional"]),
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
        ::forma_core::schema::Property {
            name: "WriteOnDemandThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WRITE_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WriteProvisionedThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WRITE_PROVISIONED_THROUGHPUT_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "StreamArn", "TableId"],
};

static ATTRIBUTE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.AttributeDefinition",
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

static GLOBAL_SECONDARY_INDEX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.GlobalSecondaryIndex",
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
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Projection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadOnDemandThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&READ_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadProvisionedThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GLOBAL_READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WarmThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WARM_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WriteOnDemandThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WRITE_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WriteProvisionedThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WRITE_PROVISIONED_THROUGHPUT_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static GLOBAL_TABLE_WITNESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.GlobalTableWitness",
    properties: &[::forma_core::schema::Property {
        name: "Region",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static KEY_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.KeySchema",
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

static LOCAL_SECONDARY_INDEX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.LocalSecondaryIndex",
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

static READ_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.ReadOnDemandThroughputSettings",
        properties: &[::forma_core::schema::Property {
            name: "MaxReadRequestUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        }],
        rules: &[],
    };

static GLOBAL_READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.GlobalReadProvisionedThroughputSettings",
        properties: &[::forma_core::schema::Property {
            name: "ReadCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        }],
        rules: &[],
    };

static REPLICA_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.ReplicaSpecification",
    properties: &[
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
            name: "DisassociationProtectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GlobalSecondaryIndexes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICA_GLOBAL_SECONDARY_INDEX_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GlobalTableSettingsReplicationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAM_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PointInTimeRecoverySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadOnDemandThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&READ_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadProvisionedThroughputSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicaStreamSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICA_STREAM_SPECIFICATION_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&REPLICA_SSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static SSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.SSESpecification",
    properties: &[
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
    rules: &[],
};

static STREAM_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.StreamSpecification",
    properties: &[::forma_core::schema::Property {
        name: "StreamViewType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE"]),
    }],
    rules: &[],
};

static TIME_TO_LIVE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.TimeToLiveSpecification",
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
    name: "AWS::DynamoDB::GlobalTable.VectorIndex",
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
    name: "AWS::DynamoDB::GlobalTable.WarmThroughput",
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

static WRITE_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.WriteOnDemandThroughputSettings",
        properties: &[::forma_core::schema::Property {
            name: "MaxWriteRequestUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        }],
        rules: &[],
    };

static WRITE_PROVISIONED_THROUGHPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.WriteProvisionedThroughputSettings",
        properties: &[::forma_core::schema::Property {
            name: "WriteCapacityAutoScalingSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_AUTO_SCALING_SETTINGS_TYPE),
        }],
        rules: &[],
    };

static PROJECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.Projection",
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
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
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

static CONTRIBUTOR_INSIGHTS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.ContributorInsightsSpecification",
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

static REPLICA_GLOBAL_SECONDARY_INDEX_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.ReplicaGlobalSecondaryIndexSpecification",
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
                    pattern: None,
                    min_length: Some(3),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "ReadOnDemandThroughputSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&READ_ON_DEMAND_THROUGHPUT_SETTINGS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ReadProvisionedThroughputSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE),
            },
        ],
        rules: &[],
    };

static KINESIS_STREAM_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.KinesisStreamSpecification",
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

static POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.PointInTimeRecoverySpecification",
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

static READ_PROVISIONED_THROUGHPUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.ReadProvisionedThroughputSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "ReadCapacityAutoScalingSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CAPACITY_AUTO_SCALING_SETTINGS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ReadCapacityUnits",
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

static REPLICA_STREAM_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.ReplicaStreamSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourcePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_POLICY_TYPE),
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
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["ResourcePolicy"], &["Tags"]])],
};

static RESOURCE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.ResourcePolicy",
    properties: &[::forma_core::schema::Property {
        name: "PolicyDocument",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static REPLICA_SSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.ReplicaSSESpecification",
    properties: &[::forma_core::schema::Property {
        name: "KMSMasterKeyId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.Tag",
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

static SEARCH_SCHEMA_ELEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.SearchSchemaElement",
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
    name: "AWS::DynamoDB::GlobalTable.VectorAttribute",
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

static CAPACITY_AUTO_SCALING_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DynamoDB::GlobalTable.CapacityAutoScalingSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SeedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetTrackingScalingPolicyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DynamoDB::GlobalTable.TargetTrackingScalingPolicyConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DisableScaleIn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "ScaleInCooldown",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ScaleOutCooldown",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "TargetValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };
