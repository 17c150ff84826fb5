// @generated from AWS::Cassandra::Table (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cassandra::Table` and its property types.

/// Resource schema for AWS::Cassandra::Table
///
/// CloudFormation type `AWS::Cassandra::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    props: ::forma_core::schema::Props,
}
impl Table {
    /// A new resource with its required properties: `KeyspaceName`, `PartitionKeyColumns`.
    #[track_caller]
    pub fn new(
        keyspace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        partition_key_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Column>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, keyspace_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, partition_key_columns.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Represents the read and write settings used for AutoScaling.
    #[track_caller]
    pub fn auto_scaling_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingSpecification>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BillingMode`.
    #[track_caller]
    pub fn billing_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<BillingMode>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the CDC configuration for the table
    #[track_caller]
    pub fn cdc_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CdcSpecification>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether client side timestamps are enabled (true) or disabled (false) on the table.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_side_timestamps_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Clustering key columns of the table
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn clustering_key_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClusteringKeyColumn>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Default TTL (Time To Live) in seconds, where zero is disabled.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn default_time_to_live(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the settings used to enable server-side encryption
    #[track_caller]
    pub fn encryption_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionSpecification>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table
    #[track_caller]
    pub fn point_in_time_recovery_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Non-key columns of the table
    #[track_caller]
    pub fn regular_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Column>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReplicaSpecifications`.
    #[track_caller]
    pub fn replica_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicaSpecification>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name for Cassandra table
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Warm throughput configuration for the table
    #[track_caller]
    pub fn warm_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<WarmThroughput>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Table {
    type Attributes = TableAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cassandra::Table"
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
/// The attributes of a `AWS::Cassandra::Table` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TableAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Represents the read and write settings used for AutoScaling.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingSpecification {
    props: ::forma_core::schema::Props,
}
impl AutoScalingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents configuration for auto scaling.
    pub fn read_capacity_auto_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents configuration for auto scaling.
    pub fn write_capacity_auto_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingSetting>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoScalingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoScalingSpecification> for ::forma_core::Value<AutoScalingSpecification> {
    fn from(v: AutoScalingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROVISIONED`, `ON_DEMAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `PROVISIONED`
    Provisioned,
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Provisioned => "PROVISIONED",
            Self::OnDemand => "ON_DEMAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROVISIONED", "ON_DEMAND"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The `BillingMode` property type of `AWS::Cassandra::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct BillingMode {
    props: ::forma_core::schema::Props,
}
impl BillingMode {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
    /// Throughput for the specified table, which consists of values for ReadCapacityUnits and WriteCapacityUnits
    pub fn provisioned_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedThroughput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BillingMode> for ::forma_core::Value<BillingMode> {
    fn from(v: BillingMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BILLING_MODE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CdcStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CdcStatus {
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
impl ::std::convert::From<CdcStatus> for ::forma_core::Value<CdcStatus> {
    fn from(v: CdcStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CdcStatus {}

/// The values CloudFormation documents: `NEW_IMAGE`, `OLD_IMAGE`, `KEYS_ONLY`, `NEW_AND_OLD_IMAGES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CdcViewType {
    /// `NEW_IMAGE`
    NewImage,
    /// `OLD_IMAGE`
    OldImage,
    /// `KEYS_ONLY`
    KeysOnly,
    /// `NEW_AND_OLD_IMAGES`
    NewAndOldImages,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CdcViewType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewImage => "NEW_IMAGE",
            Self::OldImage => "OLD_IMAGE",
            Self::KeysOnly => "KEYS_ONLY",
            Self::NewAndOldImages => "NEW_AND_OLD_IMAGES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEW_IMAGE", "OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES"]
    }
}
impl ::std::convert::From<CdcViewType> for ::forma_core::Value<CdcViewType> {
    fn from(v: CdcViewType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CdcViewType {}

/// Represents the CDC configuration for the table
#[derive(Debug, Clone, PartialEq)]
pub struct CdcSpecification {
    props: ::forma_core::schema::Props,
}
impl CdcSpecification {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<CdcStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
    /// An array of key-value pairs to apply to the CDC stream resource
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies what data should be captured in the change data stream
    pub fn view_type(mut self, value: impl ::forma_core::schema::EnumArg<CdcViewType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<CdcSpecification> for ::forma_core::Value<CdcSpecification> {
    fn from(v: CdcSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CDC_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ASC`, `DESC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderBy {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OrderBy {
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
impl ::std::convert::From<OrderBy> for ::forma_core::Value<OrderBy> {
    fn from(v: OrderBy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OrderBy {}

/// The `ClusteringKeyColumn` property type of `AWS::Cassandra::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusteringKeyColumn {
    props: ::forma_core::schema::Props,
}
impl ClusteringKeyColumn {
    /// A new value with its required properties: `Column`.
    pub fn new(column: impl ::std::convert::Into<::forma_core::Value<Column>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column.into().into_expr());
        Self { props }
    }
    /// `OrderBy`.
    pub fn order_by(mut self, value: impl ::forma_core::schema::EnumArg<OrderBy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ClusteringKeyColumn> for ::forma_core::Value<ClusteringKeyColumn> {
    fn from(v: ClusteringKeyColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTERING_KEY_COLUMN_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_OWNED_KMS_KEY`, `CUSTOMER_MANAGED_KMS_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `AWS_OWNED_KMS_KEY`
    AwsOwnedKmsKey,
    /// `CUSTOMER_MANAGED_KMS_KEY`
    CustomerManagedKmsKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsOwnedKmsKey => "AWS_OWNED_KMS_KEY",
            Self::CustomerManagedKmsKey => "CUSTOMER_MANAGED_KMS_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KMS_KEY"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// Represents the settings used to enable server-side encryption
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionSpecification {
    props: ::forma_core::schema::Props,
}
impl EncryptionSpecification {
    /// A new value with its required properties: `EncryptionType`.
    pub fn new(encryption_type: impl ::forma_core::schema::EnumArg<EncryptionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_type.into_enum_expr());
        Self { props }
    }
    /// The AWS KMS customer master key (CMK) that should be used for the AWS KMS encryption.
    pub fn kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionSpecification> for ::forma_core::Value<EncryptionSpecification> {
    fn from(v: EncryptionSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_SPECIFICATION_TYPE.properties))
    }
}

/// The `Column` property type of `AWS::Cassandra::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    props: ::forma_core::schema::Props,
}
impl Column {
    /// A new value with its required properties: `ColumnName`, `ColumnType`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        column_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, column_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Column> for ::forma_core::Value<Column> {
    fn from(v: Column) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_TYPE.properties))
    }
}

/// Represents replica specifications.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaSpecification {
    props: ::forma_core::schema::Props,
}
impl ReplicaSpecification {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, region.into().into_expr());
        Self { props }
    }
    /// Represents configuration for auto scaling.
    pub fn read_capacity_auto_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReadCapacityUnits`.
    pub fn read_capacity_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReplicaSpecification> for ::forma_core::Value<ReplicaSpecification> {
    fn from(v: ReplicaSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_SPECIFICATION_TYPE.properties))
    }
}

/// A key-value pair to apply to the resource
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

/// Warm throughput configuration for the table
#[derive(Debug, Clone, PartialEq)]
pub struct WarmThroughput {
    props: ::forma_core::schema::Props,
}
impl WarmThroughput {
    /// A new value.
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

/// Represents configuration for auto scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingSetting {
    props: ::forma_core::schema::Props,
}
impl AutoScalingSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoScalingDisabled`.
    pub fn auto_scaling_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumUnits`.
    ///
    /// Allowed: at least 1.
    pub fn maximum_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MinimumUnits`.
    ///
    /// Allowed: at least 1.
    pub fn minimum_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Represents scaling policy.
    pub fn scaling_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScalingPolicy>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoScalingSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoScalingSetting> for ::forma_core::Value<AutoScalingSetting> {
    fn from(v: AutoScalingSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_SETTING_TYPE.properties))
    }
}

/// Throughput for the specified table, which consists of values for ReadCapacityUnits and WriteCapacityUnits
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

/// Represents scaling policy.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ScalingPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents configuration for target tracking scaling policy.
    pub fn target_tracking_scaling_policy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetTrackingScalingPolicyConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalingPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalingPolicy> for ::forma_core::Value<ScalingPolicy> {
    fn from(v: ScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_POLICY_TYPE.properties))
    }
}

/// Represents configuration for target tracking scaling policy.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingScalingPolicyConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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
    pub fn scale_in_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ScaleOutCooldown`.
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

/// The schema of `AWS::Cassandra::Table`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cassandra::Table",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BillingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BILLING_MODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CdcSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CDC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientSideTimestampsEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ClusteringKeyColumns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLUSTERING_KEY_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultTimeToLive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyspaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PartitionKeyColumns",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PointInTimeRecoveryEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RegularColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReplicaSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICA_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
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
    attributes: &[],
};

static AUTO_SCALING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.AutoScalingSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReadCapacityAutoScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WriteCapacityAutoScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_SETTING_TYPE),
        },
    ],
    rules: &[],
};

static BILLING_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.BillingMode",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROVISIONED", "ON_DEMAND"]),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONED_THROUGHPUT_TYPE),
        },
    ],
    rules: &[],
};

static CDC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.CdcSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ViewType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NEW_IMAGE", "OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES"]),
        },
    ],
    rules: &[],
};

static CLUSTERING_KEY_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.ClusteringKeyColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "Column",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrderBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ASC", "DESC"]),
        },
    ],
    rules: &[],
};

static ENCRYPTION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.EncryptionSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KMS_KEY"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.Column",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static REPLICA_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.ReplicaSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReadCapacityAutoScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(25),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.Tag",
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

static WARM_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.WarmThroughput",
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
    rules: &[],
};

static AUTO_SCALING_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.AutoScalingSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaximumUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static PROVISIONED_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.ProvisionedThroughput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReadCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WriteCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Table.ScalingPolicy",
    properties: &[::forma_core::schema::Property {
        name: "TargetTrackingScalingPolicyConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Cassandra::Table.TargetTrackingScalingPolicyConfiguration",
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
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ScaleOutCooldown",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "TargetValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };
