// @generated from AWS::SageMaker::FeatureGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::FeatureGroup` and its property types.

/// Resource Type definition for AWS::SageMaker::FeatureGroup
///
/// CloudFormation type `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureGroup {
    props: ::forma_core::schema::Props,
}
impl FeatureGroup {
    /// A new resource with its required properties: `EventTimeFeatureName`, `FeatureDefinitions`, `FeatureGroupName`, `RecordIdentifierFeatureName`.
    #[track_caller]
    pub fn new(
        event_time_feature_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        feature_definitions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FeatureDefinition>>>,
        feature_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        record_identifier_feature_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, event_time_feature_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, feature_definitions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, feature_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, record_identifier_feature_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description about the FeatureGroup.
    ///
    /// Allowed: length 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OfflineStoreConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn offline_store_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OfflineStoreConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OnlineStoreConfig`.
    #[track_caller]
    pub fn online_store_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnlineStoreConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Role Arn
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pair to apply to this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ThroughputConfig`.
    #[track_caller]
    pub fn throughput_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThroughputConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FeatureGroup {
    type Attributes = FeatureGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::FeatureGroup"
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
/// The attributes of a `AWS::SageMaker::FeatureGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FeatureGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FeatureGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FeatureGroupAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `FeatureGroupStatus`.
    pub fn feature_group_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FeatureGroupStatus")
    }
}

/// The values CloudFormation documents: `Integral`, `Fractional`, `String`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureType {
    /// `Integral`
    Integral,
    /// `Fractional`
    Fractional,
    /// `String`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FeatureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Integral => "Integral",
            Self::Fractional => "Fractional",
            Self::String => "String",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Integral", "Fractional", "String"]
    }
}
impl ::std::convert::From<FeatureType> for ::forma_core::Value<FeatureType> {
    fn from(v: FeatureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FeatureType {}

/// The `FeatureDefinition` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureDefinition {
    props: ::forma_core::schema::Props,
}
impl FeatureDefinition {
    /// A new value with its required properties: `FeatureName`, `FeatureType`.
    pub fn new(
        feature_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        feature_type: impl ::forma_core::schema::EnumArg<FeatureType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, feature_name.into().into_expr());
        props.set(1, feature_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<FeatureDefinition> for ::forma_core::Value<FeatureDefinition> {
    fn from(v: FeatureDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEATURE_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Iceberg`, `Glue`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableFormat {
    /// `Iceberg`
    Iceberg,
    /// `Glue`
    Glue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TableFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iceberg => "Iceberg",
            Self::Glue => "Glue",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Iceberg", "Glue"]
    }
}
impl ::std::convert::From<TableFormat> for ::forma_core::Value<TableFormat> {
    fn from(v: TableFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TableFormat {}

/// The `OfflineStoreConfig` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct OfflineStoreConfig {
    props: ::forma_core::schema::Props,
}
impl OfflineStoreConfig {
    /// A new value with its required properties: `S3StorageConfig`.
    pub fn new(s3_storage_config: impl ::std::convert::Into<::forma_core::Value<S3StorageConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, s3_storage_config.into().into_expr());
        Self { props }
    }
    /// `DataCatalogConfig`.
    pub fn data_catalog_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataCatalogConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DisableGlueTableCreation`.
    pub fn disable_glue_table_creation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Format for the offline store feature group.
    pub fn table_format(mut self, value: impl ::forma_core::schema::EnumArg<TableFormat>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<OfflineStoreConfig> for ::forma_core::Value<OfflineStoreConfig> {
    fn from(v: OfflineStoreConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OFFLINE_STORE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Standard`, `InMemory`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageType {
    /// `Standard`
    Standard,
    /// `InMemory`
    InMemory,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::InMemory => "InMemory",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "InMemory"]
    }
}
impl ::std::convert::From<StorageType> for ::forma_core::Value<StorageType> {
    fn from(v: StorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageType {}

/// The `OnlineStoreConfig` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnlineStoreConfig {
    props: ::forma_core::schema::Props,
}
impl OnlineStoreConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnableOnlineStore`.
    pub fn enable_online_store(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecurityConfig`.
    pub fn security_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnlineStoreSecurityConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StorageType`.
    pub fn storage_type(mut self, value: impl ::forma_core::schema::EnumArg<StorageType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// TTL configuration of the feature group
    pub fn ttl_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<TtlDuration>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnlineStoreConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnlineStoreConfig> for ::forma_core::Value<OnlineStoreConfig> {
    fn from(v: OnlineStoreConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONLINE_STORE_CONFIG_TYPE.properties))
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

/// The values CloudFormation documents: `OnDemand`, `Provisioned`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThroughputMode {
    /// `OnDemand`
    OnDemand,
    /// `Provisioned`
    Provisioned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThroughputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "OnDemand",
            Self::Provisioned => "Provisioned",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OnDemand", "Provisioned"]
    }
}
impl ::std::convert::From<ThroughputMode> for ::forma_core::Value<ThroughputMode> {
    fn from(v: ThroughputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThroughputMode {}

/// The `ThroughputConfig` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThroughputConfig {
    props: ::forma_core::schema::Props,
}
impl ThroughputConfig {
    /// A new value with its required properties: `ThroughputMode`.
    pub fn new(throughput_mode: impl ::forma_core::schema::EnumArg<ThroughputMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, throughput_mode.into_enum_expr());
        Self { props }
    }
    /// For provisioned feature groups with online store enabled, this indicates the read throughput you are billed for and can consume without throttling.
    ///
    /// Allowed: 0 to 10000000.
    pub fn provisioned_read_capacity_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// For provisioned feature groups, this indicates the write throughput you are billed for and can consume without throttling.
    ///
    /// Allowed: 0 to 10000000.
    pub fn provisioned_write_capacity_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ThroughputConfig> for ::forma_core::Value<ThroughputConfig> {
    fn from(v: ThroughputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THROUGHPUT_CONFIG_TYPE.properties))
    }
}

/// The `DataCatalogConfig` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCatalogConfig {
    props: ::forma_core::schema::Props,
}
impl DataCatalogConfig {
    /// A new value with its required properties: `Catalog`, `Database`, `TableName`.
    pub fn new(
        catalog: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog.into().into_expr());
        props.set(1, database.into().into_expr());
        props.set(2, table_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataCatalogConfig> for ::forma_core::Value<DataCatalogConfig> {
    fn from(v: DataCatalogConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CATALOG_CONFIG_TYPE.properties))
    }
}

/// The `S3StorageConfig` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3StorageConfig {
    props: ::forma_core::schema::Props,
}
impl S3StorageConfig {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_uri.into().into_expr());
        Self { props }
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3StorageConfig> for ::forma_core::Value<S3StorageConfig> {
    fn from(v: S3StorageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_STORAGE_CONFIG_TYPE.properties))
    }
}

/// The `OnlineStoreSecurityConfig` property type of `AWS::SageMaker::FeatureGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnlineStoreSecurityConfig {
    props: ::forma_core::schema::Props,
}
impl OnlineStoreSecurityConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnlineStoreSecurityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnlineStoreSecurityConfig> for ::forma_core::Value<OnlineStoreSecurityConfig> {
    fn from(v: OnlineStoreSecurityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONLINE_STORE_SECURITY_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Seconds`, `Minutes`, `Hours`, `Days`, `Weeks`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `Seconds`
    Seconds,
    /// `Minutes`
    Minutes,
    /// `Hours`
    Hours,
    /// `Days`
    Days,
    /// `Weeks`
    Weeks,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Seconds => "Seconds",
            Self::Minutes => "Minutes",
            Self::Hours => "Hours",
            Self::Days => "Days",
            Self::Weeks => "Weeks",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Seconds", "Minutes", "Hours", "Days", "Weeks"]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// TTL configuration of the feature group
#[derive(Debug, Clone, PartialEq)]
pub struct TtlDuration {
    props: ::forma_core::schema::Props,
}
impl TtlDuration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Unit of ttl configuration
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<Unit>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Value of ttl configuration
    ///
    /// Allowed: at least 1.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TtlDuration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TtlDuration> for ::forma_core::Value<TtlDuration> {
    fn from(v: TtlDuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TTL_DURATION_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::FeatureGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::FeatureGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventTimeFeatureName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FeatureDefinitions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FEATURE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FeatureGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "OfflineStoreConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&OFFLINE_STORE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnlineStoreConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONLINE_STORE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordIdentifierFeatureName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThroughputConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THROUGHPUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["CreationTime", "FeatureGroupStatus"],
};

static FEATURE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.FeatureDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "FeatureName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FeatureType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Integral", "Fractional", "String"]),
        },
    ],
    rules: &[],
};

static OFFLINE_STORE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.OfflineStoreConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataCatalogConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_CATALOG_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableGlueTableCreation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "S3StorageConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_STORAGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Iceberg", "Glue"]),
        },
    ],
    rules: &[],
};

static ONLINE_STORE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.OnlineStoreConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableOnlineStore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONLINE_STORE_SECURITY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Standard", "InMemory"]),
        },
        ::forma_core::schema::Property {
            name: "TtlDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TTL_DURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static THROUGHPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.ThroughputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProvisionedReadCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedWriteCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThroughputMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OnDemand", "Provisioned"]),
        },
    ],
    rules: &[],
};

static DATA_CATALOG_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.DataCatalogConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
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

static S3_STORAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.S3StorageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static ONLINE_STORE_SECURITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.OnlineStoreSecurityConfig",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9:/_-]*$"),
            min_length: Some(0),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TTL_DURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::FeatureGroup.TtlDuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Seconds", "Minutes", "Hours", "Days", "Weeks"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
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
