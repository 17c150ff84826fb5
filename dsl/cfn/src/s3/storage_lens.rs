// @generated from AWS::S3::StorageLens (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::StorageLens` and its property types.

/// The AWS::S3::StorageLens resource is an Amazon S3 resource type that you can use to create Storage Lens configurations.
///
/// CloudFormation type `AWS::S3::StorageLens`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLens {
    props: ::forma_core::schema::Props,
}
impl StorageLens {
    /// A new resource with its required properties: `StorageLensConfiguration`.
    #[track_caller]
    pub fn new(
        storage_lens_configuration: impl ::std::convert::Into<::forma_core::Value<StorageLensConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, storage_lens_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A set of tags (key-value pairs) for this Amazon S3 Storage Lens configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StorageLens {
    type Attributes = StorageLensAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::StorageLens"
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
/// The attributes of a `AWS::S3::StorageLens` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StorageLensAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StorageLensAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StorageLensAttributes {
    /// `Fn::GetAtt` `StorageLensConfiguration.StorageLensArn`.
    pub fn storage_lens_configuration_storage_lens_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLensConfiguration.StorageLensArn")
    }
}

/// Specifies the details of Amazon S3 Storage Lens configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLensConfiguration {
    props: ::forma_core::schema::Props,
}
impl StorageLensConfiguration {
    /// A new value with its required properties: `AccountLevel`, `Id`, `IsEnabled`.
    pub fn new(
        account_level: impl ::std::convert::Into<::forma_core::Value<AccountLevel>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        is_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_level.into().into_expr());
        props.set(5, id.into().into_expr());
        props.set(7, is_enabled.into().into_expr());
        Self { props }
    }
    /// The AWS Organizations ARN to use in the Amazon S3 Storage Lens configuration.
    pub fn aws_org(mut self, value: impl ::std::convert::Into<::forma_core::Value<AwsOrg>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies how Amazon S3 Storage Lens metrics should be exported.
    pub fn data_export(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataExport>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// S3 buckets and Regions to include/exclude in the Amazon S3 Storage Lens configuration.
    pub fn exclude(mut self, value: impl ::std::convert::Into<::forma_core::Value<BucketsAndRegions>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Expanded Prefixes Data Export.
    pub fn expanded_prefixes_data_export(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageLensExpandedPrefixesDataExport>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// S3 buckets and Regions to include/exclude in the Amazon S3 Storage Lens configuration.
    pub fn include(mut self, value: impl ::std::convert::Into<::forma_core::Value<BucketsAndRegions>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The delimiter to divide S3 key into hierarchy of prefixes.
    pub fn prefix_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The ARN for the Amazon S3 Storage Lens configuration.
    pub fn storage_lens_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StorageLensConfiguration> for ::forma_core::Value<StorageLensConfiguration> {
    fn from(v: StorageLensConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LENS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3::StorageLens`.
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

/// Account-level metrics configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountLevel {
    props: ::forma_core::schema::Props,
}
impl AccountLevel {
    /// A new value with its required properties: `BucketLevel`.
    pub fn new(bucket_level: impl ::std::convert::Into<::forma_core::Value<BucketLevel>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, bucket_level.into().into_expr());
        Self { props }
    }
    /// Enables activity metrics.
    pub fn activity_metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<ActivityMetrics>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables advanced cost optimization metrics.
    pub fn advanced_cost_optimization_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedCostOptimizationMetrics>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Enables advanced data protection metrics.
    pub fn advanced_data_protection_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedDataProtectionMetrics>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Advanced Performance Metrics.
    pub fn advanced_performance_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedPerformanceMetrics>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Enables detailed status codes metrics.
    pub fn detailed_status_codes_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DetailedStatusCodesMetrics>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Specifies the details of Amazon S3 Storage Lens Group configuration.
    pub fn storage_lens_group_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageLensGroupLevel>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AccountLevel> for ::forma_core::Value<AccountLevel> {
    fn from(v: AccountLevel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_LEVEL_TYPE.properties))
    }
}

/// The AWS Organizations ARN to use in the Amazon S3 Storage Lens configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsOrg {
    props: ::forma_core::schema::Props,
}
impl AwsOrg {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsOrg> for ::forma_core::Value<AwsOrg> {
    fn from(v: AwsOrg) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_ORG_TYPE.properties))
    }
}

/// Specifies how Amazon S3 Storage Lens metrics should be exported.
#[derive(Debug, Clone, PartialEq)]
pub struct DataExport {
    props: ::forma_core::schema::Props,
}
impl DataExport {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CloudWatch metrics settings for the Amazon S3 Storage Lens metrics export.
    pub fn cloud_watch_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchMetrics>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3 bucket destination settings for the Amazon S3 Storage Lens metrics export.
    pub fn s3_bucket_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3BucketDestination>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// S3 Tables destination settings for the Amazon S3 Storage Lens metrics export.
    pub fn storage_lens_table_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageLensTableDestination>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataExport {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataExport> for ::forma_core::Value<DataExport> {
    fn from(v: DataExport) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_EXPORT_TYPE.properties))
    }
}

/// S3 buckets and Regions to include/exclude in the Amazon S3 Storage Lens configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketsAndRegions {
    props: ::forma_core::schema::Props,
}
impl BucketsAndRegions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Buckets`.
    pub fn buckets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Regions`.
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BucketsAndRegions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BucketsAndRegions> for ::forma_core::Value<BucketsAndRegions> {
    fn from(v: BucketsAndRegions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUCKETS_AND_REGIONS_TYPE.properties))
    }
}

/// Expanded Prefixes Data Export.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLensExpandedPrefixesDataExport {
    props: ::forma_core::schema::Props,
}
impl StorageLensExpandedPrefixesDataExport {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// S3 bucket destination settings for the Amazon S3 Storage Lens metrics export.
    pub fn s3_bucket_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3BucketDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3 Tables destination settings for the Amazon S3 Storage Lens metrics export.
    pub fn storage_lens_table_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageLensTableDestination>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageLensExpandedPrefixesDataExport {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageLensExpandedPrefixesDataExport>
    for ::forma_core::Value<StorageLensExpandedPrefixesDataExport>
{
    fn from(v: StorageLensExpandedPrefixesDataExport) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LENS_EXPANDED_PREFIXES_DATA_EXPORT_TYPE.properties))
    }
}

/// Enables activity metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityMetrics {
    props: ::forma_core::schema::Props,
}
impl ActivityMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether activity metrics are enabled or disabled.
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActivityMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActivityMetrics> for ::forma_core::Value<ActivityMetrics> {
    fn from(v: ActivityMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIVITY_METRICS_TYPE.properties))
    }
}

/// Enables advanced cost optimization metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedCostOptimizationMetrics {
    props: ::forma_core::schema::Props,
}
impl AdvancedCostOptimizationMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether advanced cost optimization metrics are enabled or disabled.
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedCostOptimizationMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedCostOptimizationMetrics> for ::forma_core::Value<AdvancedCostOptimizationMetrics> {
    fn from(v: AdvancedCostOptimizationMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_COST_OPTIMIZATION_METRICS_TYPE.properties))
    }
}

/// Enables advanced data protection metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedDataProtectionMetrics {
    props: ::forma_core::schema::Props,
}
impl AdvancedDataProtectionMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether advanced data protection metrics are enabled or disabled.
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedDataProtectionMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedDataProtectionMetrics> for ::forma_core::Value<AdvancedDataProtectionMetrics> {
    fn from(v: AdvancedDataProtectionMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_DATA_PROTECTION_METRICS_TYPE.properties))
    }
}

/// Advanced Performance Metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedPerformanceMetrics {
    props: ::forma_core::schema::Props,
}
impl AdvancedPerformanceMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether the Advanced Performance Metrics is enabled or disabled.
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedPerformanceMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedPerformanceMetrics> for ::forma_core::Value<AdvancedPerformanceMetrics> {
    fn from(v: AdvancedPerformanceMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_PERFORMANCE_METRICS_TYPE.properties))
    }
}

/// Bucket-level metrics configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketLevel {
    props: ::forma_core::schema::Props,
}
impl BucketLevel {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables activity metrics.
    pub fn activity_metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<ActivityMetrics>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables advanced cost optimization metrics.
    pub fn advanced_cost_optimization_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedCostOptimizationMetrics>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Enables advanced data protection metrics.
    pub fn advanced_data_protection_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedDataProtectionMetrics>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Advanced Performance Metrics.
    pub fn advanced_performance_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedPerformanceMetrics>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Enables detailed status codes metrics.
    pub fn detailed_status_codes_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DetailedStatusCodesMetrics>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Prefix-level metrics configurations.
    pub fn prefix_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<PrefixLevel>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BucketLevel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BucketLevel> for ::forma_core::Value<BucketLevel> {
    fn from(v: BucketLevel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUCKET_LEVEL_TYPE.properties))
    }
}

/// Enables detailed status codes metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailedStatusCodesMetrics {
    props: ::forma_core::schema::Props,
}
impl DetailedStatusCodesMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether detailed status codes metrics are enabled or disabled.
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DetailedStatusCodesMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DetailedStatusCodesMetrics> for ::forma_core::Value<DetailedStatusCodesMetrics> {
    fn from(v: DetailedStatusCodesMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DETAILED_STATUS_CODES_METRICS_TYPE.properties))
    }
}

/// Specifies the details of Amazon S3 Storage Lens Group configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLensGroupLevel {
    props: ::forma_core::schema::Props,
}
impl StorageLensGroupLevel {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Selection criteria for Storage Lens Group level metrics
    pub fn storage_lens_group_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageLensGroupSelectionCriteria>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageLensGroupLevel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageLensGroupLevel> for ::forma_core::Value<StorageLensGroupLevel> {
    fn from(v: StorageLensGroupLevel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LENS_GROUP_LEVEL_TYPE.properties))
    }
}

/// CloudWatch metrics settings for the Amazon S3 Storage Lens metrics export.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchMetrics {
    props: ::forma_core::schema::Props,
}
impl CloudWatchMetrics {
    /// A new value with its required properties: `IsEnabled`.
    pub fn new(is_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchMetrics> for ::forma_core::Value<CloudWatchMetrics> {
    fn from(v: CloudWatchMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_METRICS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `Parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// `Parquet`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Parquet => "Parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "Parquet"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `V_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputSchemaVersion {
    /// `V_1`
    V1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputSchemaVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "V_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V_1"]
    }
}
impl ::std::convert::From<OutputSchemaVersion> for ::forma_core::Value<OutputSchemaVersion> {
    fn from(v: OutputSchemaVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputSchemaVersion {}

/// S3 bucket destination settings for the Amazon S3 Storage Lens metrics export.
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketDestination {
    props: ::forma_core::schema::Props,
}
impl S3BucketDestination {
    /// A new value with its required properties: `AccountId`, `Arn`, `Format`, `OutputSchemaVersion`.
    pub fn new(
        account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        format: impl ::forma_core::schema::EnumArg<Format>,
        output_schema_version: impl ::forma_core::schema::EnumArg<OutputSchemaVersion>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_id.into().into_expr());
        props.set(1, arn.into().into_expr());
        props.set(3, format.into_enum_expr());
        props.set(4, output_schema_version.into_enum_expr());
        Self { props }
    }
    /// Configures the server-side encryption for Amazon S3 Storage Lens report files with either S3-managed keys (SSE-S3) or KMS-managed keys (SSE-KMS).
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The prefix to use for Amazon S3 Storage Lens export.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3BucketDestination> for ::forma_core::Value<S3BucketDestination> {
    fn from(v: S3BucketDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_BUCKET_DESTINATION_TYPE.properties))
    }
}

/// S3 Tables destination settings for the Amazon S3 Storage Lens metrics export.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLensTableDestination {
    props: ::forma_core::schema::Props,
}
impl StorageLensTableDestination {
    /// A new value with its required properties: `IsEnabled`.
    pub fn new(is_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, is_enabled.into().into_expr());
        Self { props }
    }
    /// Configures the server-side encryption for Amazon S3 Storage Lens report files with either S3-managed keys (SSE-S3) or KMS-managed keys (SSE-KMS).
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StorageLensTableDestination> for ::forma_core::Value<StorageLensTableDestination> {
    fn from(v: StorageLensTableDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LENS_TABLE_DESTINATION_TYPE.properties))
    }
}

/// Prefix-level metrics configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefixLevel {
    props: ::forma_core::schema::Props,
}
impl PrefixLevel {
    /// A new value with its required properties: `StorageMetrics`.
    pub fn new(storage_metrics: impl ::std::convert::Into<::forma_core::Value<PrefixLevelStorageMetrics>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, storage_metrics.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrefixLevel> for ::forma_core::Value<PrefixLevel> {
    fn from(v: PrefixLevel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFIX_LEVEL_TYPE.properties))
    }
}

/// Selection criteria for Storage Lens Group level metrics
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLensGroupSelectionCriteria {
    props: ::forma_core::schema::Props,
}
impl StorageLensGroupSelectionCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exclude`.
    pub fn exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Include`.
    pub fn include(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageLensGroupSelectionCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageLensGroupSelectionCriteria>
    for ::forma_core::Value<StorageLensGroupSelectionCriteria>
{
    fn from(v: StorageLensGroupSelectionCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LENS_GROUP_SELECTION_CRITERIA_TYPE.properties))
    }
}

/// The `PrefixLevelStorageMetrics` property type of `AWS::S3::StorageLens`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefixLevelStorageMetrics {
    props: ::forma_core::schema::Props,
}
impl PrefixLevelStorageMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether prefix-level storage metrics are enabled or disabled.
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Selection criteria for prefix-level metrics.
    pub fn selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelectionCriteria>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrefixLevelStorageMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrefixLevelStorageMetrics> for ::forma_core::Value<PrefixLevelStorageMetrics> {
    fn from(v: PrefixLevelStorageMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFIX_LEVEL_STORAGE_METRICS_TYPE.properties))
    }
}

/// Selection criteria for prefix-level metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectionCriteria {
    props: ::forma_core::schema::Props,
}
impl SelectionCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Delimiter to divide S3 key into hierarchy of prefixes.
    pub fn delimiter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Max depth of prefixes of S3 key that Amazon S3 Storage Lens will analyze.
    pub fn max_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum storage bytes threshold for the prefixes to be included in the analysis.
    pub fn min_storage_bytes_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelectionCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelectionCriteria> for ::forma_core::Value<SelectionCriteria> {
    fn from(v: SelectionCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELECTION_CRITERIA_TYPE.properties))
    }
}

/// The schema of `AWS::S3::StorageLens`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::StorageLens",
    properties: &[
        ::forma_core::schema::Property {
            name: "StorageLensConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_LENS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["StorageLensConfiguration.StorageLensArn"],
};

static STORAGE_LENS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.StorageLensConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_LEVEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AwsOrg",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_ORG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataExport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_EXPORT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Exclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUCKETS_AND_REGIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpandedPrefixesDataExport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_LENS_EXPANDED_PREFIXES_DATA_EXPORT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_.]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUCKETS_AND_REGIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PrefixDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageLensArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)[a-zA-Z0-9\\s\\_\\.\\/\\=\\+\\-\\@\\:]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)[a-zA-Z0-9\\s\\_\\.\\/\\=\\+\\-\\@\\:]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static ACCOUNT_LEVEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.AccountLevel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActivityMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTIVITY_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedCostOptimizationMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_COST_OPTIMIZATION_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedDataProtectionMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_DATA_PROTECTION_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedPerformanceMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_PERFORMANCE_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BucketLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUCKET_LEVEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DetailedStatusCodesMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DETAILED_STATUS_CODES_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageLensGroupLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_LENS_GROUP_LEVEL_TYPE),
        },
    ],
    rules: &[],
};

static AWS_ORG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.AwsOrg",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DATA_EXPORT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.DataExport",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3BucketDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_BUCKET_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageLensTableDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_LENS_TABLE_DESTINATION_TYPE),
        },
    ],
    rules: &[],
};

static BUCKETS_AND_REGIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.BucketsAndRegions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Buckets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Regions",
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

static STORAGE_LENS_EXPANDED_PREFIXES_DATA_EXPORT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::StorageLens.StorageLensExpandedPrefixesDataExport",
        properties: &[
            ::forma_core::schema::Property {
                name: "S3BucketDestination",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_BUCKET_DESTINATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StorageLensTableDestination",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&STORAGE_LENS_TABLE_DESTINATION_TYPE),
            },
        ],
        rules: &[],
    };

static ACTIVITY_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.ActivityMetrics",
    properties: &[::forma_core::schema::Property {
        name: "IsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ADVANCED_COST_OPTIMIZATION_METRICS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::StorageLens.AdvancedCostOptimizationMetrics",
        properties: &[::forma_core::schema::Property {
            name: "IsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static ADVANCED_DATA_PROTECTION_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.AdvancedDataProtectionMetrics",
    properties: &[::forma_core::schema::Property {
        name: "IsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ADVANCED_PERFORMANCE_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.AdvancedPerformanceMetrics",
    properties: &[::forma_core::schema::Property {
        name: "IsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static BUCKET_LEVEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.BucketLevel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActivityMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTIVITY_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedCostOptimizationMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_COST_OPTIMIZATION_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedDataProtectionMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_DATA_PROTECTION_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedPerformanceMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_PERFORMANCE_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DetailedStatusCodesMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DETAILED_STATUS_CODES_METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrefixLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREFIX_LEVEL_TYPE),
        },
    ],
    rules: &[],
};

static DETAILED_STATUS_CODES_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.DetailedStatusCodesMetrics",
    properties: &[::forma_core::schema::Property {
        name: "IsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static STORAGE_LENS_GROUP_LEVEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.StorageLensGroupLevel",
    properties: &[::forma_core::schema::Property {
        name: "StorageLensGroupSelectionCriteria",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&STORAGE_LENS_GROUP_SELECTION_CRITERIA_TYPE),
    }],
    rules: &[],
};

static CLOUD_WATCH_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.CloudWatchMetrics",
    properties: &[::forma_core::schema::Property {
        name: "IsEnabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static S3_BUCKET_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.S3BucketDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "Parquet"]),
        },
        ::forma_core::schema::Property {
            name: "OutputSchemaVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V_1"]),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STORAGE_LENS_TABLE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.StorageLensTableDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "IsEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static PREFIX_LEVEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.PrefixLevel",
    properties: &[::forma_core::schema::Property {
        name: "StorageMetrics",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PREFIX_LEVEL_STORAGE_METRICS_TYPE),
    }],
    rules: &[],
};

static STORAGE_LENS_GROUP_SELECTION_CRITERIA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::StorageLens.StorageLensGroupSelectionCriteria",
        properties: &[
            ::forma_core::schema::Property {
                name: "Exclude",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Include",
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

static PREFIX_LEVEL_STORAGE_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.PrefixLevelStorageMetrics",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELECTION_CRITERIA_TYPE),
        },
    ],
    rules: &[],
};

static SELECTION_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLens.SelectionCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinStorageBytesPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
