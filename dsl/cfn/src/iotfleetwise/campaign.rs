// @generated from AWS::IoTFleetWise::Campaign (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTFleetWise::Campaign` and its property types.

/// Definition of AWS::IoTFleetWise::Campaign Resource Type
///
/// CloudFormation type `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    props: ::forma_core::schema::Props,
}
impl Campaign {
    /// A new resource with its required properties: `CollectionScheme`, `Name`, `SignalCatalogArn`, `TargetArn`.
    #[track_caller]
    pub fn new(
        collection_scheme: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signal_catalog_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, collection_scheme.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, signal_catalog_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(18, target_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Action`.
    #[track_caller]
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<UpdateCampaignAction>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Compression`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compression(mut self, value: impl ::forma_core::schema::EnumArg<Compression>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataDestinationConfigs`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_destination_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataExtraDimensions`.
    #[track_caller]
    pub fn data_extra_dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataPartitions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_partitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataPartition>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DiagnosticsMode`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn diagnostics_mode(mut self, value: impl ::forma_core::schema::EnumArg<DiagnosticsMode>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExpiryTime`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn expiry_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PostTriggerCollectionDuration`.
    ///
    /// Allowed: 0 to 4294967295.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn post_trigger_collection_duration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Priority`.
    ///
    /// Allowed: at least 0.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SignalsToCollect`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn signals_to_collect(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SignalInformation>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SignalsToFetch`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn signals_to_fetch(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SignalFetchInformation>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SpoolingMode`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn spooling_mode(mut self, value: impl ::forma_core::schema::EnumArg<SpoolingMode>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StartTime`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Campaign {
    type Attributes = CampaignAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTFleetWise::Campaign"
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
/// The attributes of a `AWS::IoTFleetWise::Campaign` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CampaignAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CampaignAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CampaignAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModificationTime`.
    pub fn last_modification_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModificationTime")
    }
}

/// The values CloudFormation documents: `APPROVE`, `SUSPEND`, `RESUME`, `UPDATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateCampaignAction {
    /// `APPROVE`
    Approve,
    /// `SUSPEND`
    Suspend,
    /// `RESUME`
    Resume,
    /// `UPDATE`
    Update,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateCampaignAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "APPROVE",
            Self::Suspend => "SUSPEND",
            Self::Resume => "RESUME",
            Self::Update => "UPDATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPROVE", "SUSPEND", "RESUME", "UPDATE"]
    }
}
impl ::std::convert::From<UpdateCampaignAction> for ::forma_core::Value<UpdateCampaignAction> {
    fn from(v: UpdateCampaignAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateCampaignAction {}

/// The values CloudFormation documents: `OFF`, `SNAPPY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Compression {
    /// `OFF`
    Off,
    /// `SNAPPY`
    Snappy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Compression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Snappy => "SNAPPY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "SNAPPY"]
    }
}
impl ::std::convert::From<Compression> for ::forma_core::Value<Compression> {
    fn from(v: Compression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Compression {}

/// The values CloudFormation documents: `OFF`, `SEND_ACTIVE_DTCS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosticsMode {
    /// `OFF`
    Off,
    /// `SEND_ACTIVE_DTCS`
    SendActiveDtcs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DiagnosticsMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::SendActiveDtcs => "SEND_ACTIVE_DTCS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "SEND_ACTIVE_DTCS"]
    }
}
impl ::std::convert::From<DiagnosticsMode> for ::forma_core::Value<DiagnosticsMode> {
    fn from(v: DiagnosticsMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DiagnosticsMode {}

/// The values CloudFormation documents: `OFF`, `TO_DISK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpoolingMode {
    /// `OFF`
    Off,
    /// `TO_DISK`
    ToDisk,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpoolingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::ToDisk => "TO_DISK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "TO_DISK"]
    }
}
impl ::std::convert::From<SpoolingMode> for ::forma_core::Value<SpoolingMode> {
    fn from(v: SpoolingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpoolingMode {}

/// The `DataPartition` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPartition {
    props: ::forma_core::schema::Props,
}
impl DataPartition {
    /// A new value with its required properties: `Id`, `StorageOptions`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        storage_options: impl ::std::convert::Into<::forma_core::Value<DataPartitionStorageOptions>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, storage_options.into().into_expr());
        Self { props }
    }
    /// `UploadOptions`.
    pub fn upload_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataPartitionUploadOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataPartition> for ::forma_core::Value<DataPartition> {
    fn from(v: DataPartition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PARTITION_TYPE.properties))
    }
}

/// The `SignalInformation` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignalInformation {
    props: ::forma_core::schema::Props,
}
impl SignalInformation {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// `DataPartitionId`.
    ///
    /// Allowed: length 1 to 128.
    pub fn data_partition_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxSampleCount`.
    ///
    /// Allowed: 1 to 4294967295.
    pub fn max_sample_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MinimumSamplingIntervalMs`.
    ///
    /// Allowed: 0 to 4294967295.
    pub fn minimum_sampling_interval_ms(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SignalInformation> for ::forma_core::Value<SignalInformation> {
    fn from(v: SignalInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIGNAL_INFORMATION_TYPE.properties))
    }
}

/// The `SignalFetchInformation` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignalFetchInformation {
    props: ::forma_core::schema::Props,
}
impl SignalFetchInformation {
    /// A new value with its required properties: `Actions`, `FullyQualifiedName`, `SignalFetchConfig`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        fully_qualified_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signal_fetch_config: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(2, fully_qualified_name.into().into_expr());
        props.set(3, signal_fetch_config.into().into_expr());
        Self { props }
    }
    /// `ConditionLanguageVersion`.
    ///
    /// Allowed: 1 to 1.
    pub fn condition_language_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SignalFetchInformation> for ::forma_core::Value<SignalFetchInformation> {
    fn from(v: SignalFetchInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIGNAL_FETCH_INFORMATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTFleetWise::Campaign`.
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

/// The `DataPartitionStorageOptions` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPartitionStorageOptions {
    props: ::forma_core::schema::Props,
}
impl DataPartitionStorageOptions {
    /// A new value with its required properties: `MaximumSize`, `MinimumTimeToLive`, `StorageLocation`.
    pub fn new(
        maximum_size: impl ::std::convert::Into<::forma_core::Value<StorageMaximumSize>>,
        minimum_time_to_live: impl ::std::convert::Into<::forma_core::Value<StorageMinimumTimeToLive>>,
        storage_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum_size.into().into_expr());
        props.set(1, minimum_time_to_live.into().into_expr());
        props.set(2, storage_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataPartitionStorageOptions> for ::forma_core::Value<DataPartitionStorageOptions> {
    fn from(v: DataPartitionStorageOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PARTITION_STORAGE_OPTIONS_TYPE.properties))
    }
}

/// The `DataPartitionUploadOptions` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPartitionUploadOptions {
    props: ::forma_core::schema::Props,
}
impl DataPartitionUploadOptions {
    /// A new value with its required properties: `Expression`.
    pub fn new(expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, expression.into().into_expr());
        Self { props }
    }
    /// `ConditionLanguageVersion`.
    ///
    /// Allowed: 1 to 1.
    pub fn condition_language_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataPartitionUploadOptions> for ::forma_core::Value<DataPartitionUploadOptions> {
    fn from(v: DataPartitionUploadOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PARTITION_UPLOAD_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MB`, `GB`, `TB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageMaximumSizeUnit {
    /// `MB`
    Mb,
    /// `GB`
    Gb,
    /// `TB`
    Tb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageMaximumSizeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mb => "MB",
            Self::Gb => "GB",
            Self::Tb => "TB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MB", "GB", "TB"]
    }
}
impl ::std::convert::From<StorageMaximumSizeUnit> for ::forma_core::Value<StorageMaximumSizeUnit> {
    fn from(v: StorageMaximumSizeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageMaximumSizeUnit {}

/// The `StorageMaximumSize` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageMaximumSize {
    props: ::forma_core::schema::Props,
}
impl StorageMaximumSize {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<StorageMaximumSizeUnit>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StorageMaximumSize> for ::forma_core::Value<StorageMaximumSize> {
    fn from(v: StorageMaximumSize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_MAXIMUM_SIZE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOURS`, `DAYS`, `WEEKS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageMinimumTimeToLiveUnit {
    /// `HOURS`
    Hours,
    /// `DAYS`
    Days,
    /// `WEEKS`
    Weeks,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageMinimumTimeToLiveUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hours => "HOURS",
            Self::Days => "DAYS",
            Self::Weeks => "WEEKS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOURS", "DAYS", "WEEKS"]
    }
}
impl ::std::convert::From<StorageMinimumTimeToLiveUnit> for ::forma_core::Value<StorageMinimumTimeToLiveUnit> {
    fn from(v: StorageMinimumTimeToLiveUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageMinimumTimeToLiveUnit {}

/// The `StorageMinimumTimeToLive` property type of `AWS::IoTFleetWise::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageMinimumTimeToLive {
    props: ::forma_core::schema::Props,
}
impl StorageMinimumTimeToLive {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<StorageMinimumTimeToLiveUnit>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StorageMinimumTimeToLive> for ::forma_core::Value<StorageMinimumTimeToLive> {
    fn from(v: StorageMinimumTimeToLive) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_MINIMUM_TIME_TO_LIVE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTFleetWise::Campaign`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTFleetWise::Campaign",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["APPROVE", "SUSPEND", "RESUME", "UPDATE"]),
        },
        ::forma_core::schema::Property {
            name: "CollectionScheme",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Compression",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "SNAPPY"]),
        },
        ::forma_core::schema::Property {
            name: "DataDestinationConfigs",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataExtraDimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_.]+$"),
                    min_length: Some(1),
                    max_length: Some(150),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataPartitions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_PARTITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DiagnosticsMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "SEND_ACTIVE_DTCS"]),
        },
        ::forma_core::schema::Property {
            name: "ExpiryTime",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z\\d\\-_:]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "PostTriggerCollectionDuration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(4294967295.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SignalCatalogArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SignalsToCollect",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SIGNAL_INFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SignalsToFetch",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SIGNAL_FETCH_INFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpoolingMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "TO_DISK"]),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "TargetArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status", "CreationTime", "LastModificationTime"],
};

static DATA_PARTITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.DataPartition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PARTITION_STORAGE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UploadOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PARTITION_UPLOAD_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static SIGNAL_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.SignalInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataPartitionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSampleCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(4294967295.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumSamplingIntervalMs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(4294967295.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w|*|-]+(\\.[\\w|*|-]+)*$"),
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
    ],
    rules: &[],
};

static SIGNAL_FETCH_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.SignalFetchInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConditionLanguageVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "FullyQualifiedName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.]+$"),
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "SignalFetchConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.Tag",
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

static DATA_PARTITION_STORAGE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.DataPartitionStorageOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_MAXIMUM_SIZE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MinimumTimeToLive",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_MINIMUM_TIME_TO_LIVE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageLocation",
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

static DATA_PARTITION_UPLOAD_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.DataPartitionUploadOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionLanguageVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
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

static STORAGE_MAXIMUM_SIZE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.StorageMaximumSize",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MB", "GB", "TB"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1073741824.0),
            }),
        },
    ],
    rules: &[],
};

static STORAGE_MINIMUM_TIME_TO_LIVE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Campaign.StorageMinimumTimeToLive",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURS", "DAYS", "WEEKS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        },
    ],
    rules: &[],
};
