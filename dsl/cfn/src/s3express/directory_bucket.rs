// @generated from AWS::S3Express::DirectoryBucket (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Express::DirectoryBucket` and its property types.

/// Resource Type definition for AWS::S3Express::DirectoryBucket.
///
/// CloudFormation type `AWS::S3Express::DirectoryBucket`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryBucket {
    props: ::forma_core::schema::Props,
}
impl DirectoryBucket {
    /// A new resource with its required properties: `DataRedundancy`, `LocationName`.
    #[track_caller]
    pub fn new(
        data_redundancy: impl ::forma_core::schema::EnumArg<DataRedundancy>,
        location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, data_redundancy.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, location_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies default encryption for a bucket using server-side encryption with Amazon S3 managed keys (SSE-S3) or AWS KMS keys (SSE-KMS).
    #[track_caller]
    pub fn bucket_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BucketEncryption>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a name for the bucket.
    ///
    /// Allowed: length 0 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The inventory configuration for an Amazon S3 Express bucket.
    #[track_caller]
    pub fn inventory_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InventoryConfiguration>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Lifecycle rules that define how Amazon S3 Express manages objects during their lifetime.
    #[track_caller]
    pub fn lifecycle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LifecycleConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the metrics configurations for the Amazon S3 Express bucket.
    #[track_caller]
    pub fn metrics_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricsConfiguration>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DirectoryBucket {
    type Attributes = DirectoryBucketAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Express::DirectoryBucket"
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
/// The attributes of a `AWS::S3Express::DirectoryBucket` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DirectoryBucketAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DirectoryBucketAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DirectoryBucketAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AvailabilityZoneName`.
    pub fn availability_zone_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AvailabilityZoneName")
    }
}

/// The values CloudFormation documents: `SingleAvailabilityZone`, `SingleLocalZone`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataRedundancy {
    /// `SingleAvailabilityZone`
    SingleAvailabilityZone,
    /// `SingleLocalZone`
    SingleLocalZone,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataRedundancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleAvailabilityZone => "SingleAvailabilityZone",
            Self::SingleLocalZone => "SingleLocalZone",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SingleAvailabilityZone", "SingleLocalZone"]
    }
}
impl ::std::convert::From<DataRedundancy> for ::forma_core::Value<DataRedundancy> {
    fn from(v: DataRedundancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataRedundancy {}

/// Specifies default encryption for a bucket using server-side encryption with Amazon S3 managed keys (SSE-S3) or AWS KMS keys (SSE-KMS).
#[derive(Debug, Clone, PartialEq)]
pub struct BucketEncryption {
    props: ::forma_core::schema::Props,
}
impl BucketEncryption {
    /// A new value with its required properties: `ServerSideEncryptionConfiguration`.
    pub fn new(
        server_side_encryption_configuration: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<ServerSideEncryptionRule>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, server_side_encryption_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BucketEncryption> for ::forma_core::Value<BucketEncryption> {
    fn from(v: BucketEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUCKET_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `All`, `Current`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludedObjectVersions {
    /// `All`
    All,
    /// `Current`
    Current,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludedObjectVersions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::Current => "Current",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["All", "Current"]
    }
}
impl ::std::convert::From<IncludedObjectVersions> for ::forma_core::Value<IncludedObjectVersions> {
    fn from(v: IncludedObjectVersions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludedObjectVersions {}

/// The values CloudFormation documents: `Size`, `LastModifiedDate`, `StorageClass`, `ETag`, `IsMultipartUploaded`, `EncryptionStatus`, `BucketKeyStatus`, `ChecksumAlgorithm`, `LifecycleExpirationDate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptionalFields {
    /// `Size`
    Size,
    /// `LastModifiedDate`
    LastModifiedDate,
    /// `StorageClass`
    StorageClass,
    /// `ETag`
    ETag,
    /// `IsMultipartUploaded`
    IsMultipartUploaded,
    /// `EncryptionStatus`
    EncryptionStatus,
    /// `BucketKeyStatus`
    BucketKeyStatus,
    /// `ChecksumAlgorithm`
    ChecksumAlgorithm,
    /// `LifecycleExpirationDate`
    LifecycleExpirationDate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OptionalFields {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Size => "Size",
            Self::LastModifiedDate => "LastModifiedDate",
            Self::StorageClass => "StorageClass",
            Self::ETag => "ETag",
            Self::IsMultipartUploaded => "IsMultipartUploaded",
            Self::EncryptionStatus => "EncryptionStatus",
            Self::BucketKeyStatus => "BucketKeyStatus",
            Self::ChecksumAlgorithm => "ChecksumAlgorithm",
            Self::LifecycleExpirationDate => "LifecycleExpirationDate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Size",
            "LastModifiedDate",
            "StorageClass",
            "ETag",
            "IsMultipartUploaded",
            "EncryptionStatus",
            "BucketKeyStatus",
            "ChecksumAlgorithm",
            "LifecycleExpirationDate",
        ]
    }
}
impl ::std::convert::From<OptionalFields> for ::forma_core::Value<OptionalFields> {
    fn from(v: OptionalFields) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OptionalFields {}

/// The values CloudFormation documents: `Daily`, `Weekly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduleFrequency {
    /// `Daily`
    Daily,
    /// `Weekly`
    Weekly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScheduleFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "Daily",
            Self::Weekly => "Weekly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Daily", "Weekly"]
    }
}
impl ::std::convert::From<ScheduleFrequency> for ::forma_core::Value<ScheduleFrequency> {
    fn from(v: ScheduleFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScheduleFrequency {}

/// Specifies an inventory configuration for an Amazon S3 Express bucket
#[derive(Debug, Clone, PartialEq)]
pub struct InventoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl InventoryConfiguration {
    /// A new value with its required properties: `Destination`, `Enabled`, `Id`, `IncludedObjectVersions`, `ScheduleFrequency`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<Destination>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        included_object_versions: impl ::forma_core::schema::EnumArg<IncludedObjectVersions>,
        schedule_frequency: impl ::forma_core::schema::EnumArg<ScheduleFrequency>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, enabled.into().into_expr());
        props.set(2, id.into().into_expr());
        props.set(3, included_object_versions.into_enum_expr());
        props.set(6, schedule_frequency.into_enum_expr());
        Self { props }
    }
    /// Contains the optional fields that are included in the inventory results.
    pub fn optional_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OptionalFields>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The prefix that is prepended to all inventory results.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InventoryConfiguration> for ::forma_core::Value<InventoryConfiguration> {
    fn from(v: InventoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVENTORY_CONFIGURATION_TYPE.properties))
    }
}

/// The `LifecycleConfiguration` property type of `AWS::S3Express::DirectoryBucket`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleConfiguration {
    props: ::forma_core::schema::Props,
}
impl LifecycleConfiguration {
    /// A new value with its required properties: `Rules`.
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LifecycleConfiguration> for ::forma_core::Value<LifecycleConfiguration> {
    fn from(v: LifecycleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies a metrics configuration for the CloudWatch request metrics from an Amazon S3 Express bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetricsConfiguration {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        Self { props }
    }
    /// The access point ARN used when evaluating a metrics filter.
    pub fn access_point_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The prefix used when evaluating a metrics filter.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricsConfiguration> for ::forma_core::Value<MetricsConfiguration> {
    fn from(v: MetricsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3Express::DirectoryBucket`.
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

/// Specifies the default server-side encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSideEncryptionRule {
    props: ::forma_core::schema::Props,
}
impl ServerSideEncryptionRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS (SSE-KMS) for new objects in the bucket.
    pub fn bucket_key_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the default server-side encryption to apply to new objects in the bucket.
    pub fn server_side_encryption_by_default(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerSideEncryptionByDefault>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerSideEncryptionRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerSideEncryptionRule> for ::forma_core::Value<ServerSideEncryptionRule> {
    fn from(v: ServerSideEncryptionRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_SIDE_ENCRYPTION_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `ORC`, `Parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// `ORC`
    Orc,
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
            Self::Orc => "ORC",
            Self::Parquet => "Parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "ORC", "Parquet"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// Specifies information about where to publish inventory reports for an Amazon S3 Express bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    props: ::forma_core::schema::Props,
}
impl Destination {
    /// A new value with its required properties: `BucketArn`, `Format`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        format: impl ::forma_core::schema::EnumArg<Format>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, bucket_arn.into().into_expr());
        props.set(2, format.into_enum_expr());
        Self { props }
    }
    /// The account ID that owns the destination S3 bucket.
    pub fn bucket_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The prefix to use when exporting data.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Destination> for ::forma_core::Value<Destination> {
    fn from(v: Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// You must specify at least one of the following properties: AbortIncompleteMultipartUpload, or ExpirationInDays.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, status.into_enum_expr());
        Self { props }
    }
    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload.
    pub fn abort_incomplete_multipart_upload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbortIncompleteMultipartUpload>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExpirationInDays`.
    pub fn expiration_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Id`.
    ///
    /// Allowed: length 0 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ObjectSizeGreaterThan`.
    ///
    /// Allowed: length 0 to 20.
    pub fn object_size_greater_than(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ObjectSizeLessThan`.
    ///
    /// Allowed: length 0 to 20.
    pub fn object_size_less_than(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `aws:kms`, `AES256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseAlgorithm {
    /// `aws:kms`
    AwsKms,
    /// `AES256`
    Aes256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SseAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsKms => "aws:kms",
            Self::Aes256 => "AES256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aws:kms", "AES256"]
    }
}
impl ::std::convert::From<SseAlgorithm> for ::forma_core::Value<SseAlgorithm> {
    fn from(v: SseAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SseAlgorithm {}

/// Specifies the default server-side encryption to apply to new objects in the bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSideEncryptionByDefault {
    props: ::forma_core::schema::Props,
}
impl ServerSideEncryptionByDefault {
    /// A new value with its required properties: `SSEAlgorithm`.
    pub fn new(sse_algorithm: impl ::forma_core::schema::EnumArg<SseAlgorithm>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, sse_algorithm.into_enum_expr());
        Self { props }
    }
    /// AWS Key Management Service (KMS) customer managed key ID to use for the default encryption.
    pub fn kms_master_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServerSideEncryptionByDefault> for ::forma_core::Value<ServerSideEncryptionByDefault> {
    fn from(v: ServerSideEncryptionByDefault) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_SIDE_ENCRYPTION_BY_DEFAULT_TYPE.properties))
    }
}

/// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload.
#[derive(Debug, Clone, PartialEq)]
pub struct AbortIncompleteMultipartUpload {
    props: ::forma_core::schema::Props,
}
impl AbortIncompleteMultipartUpload {
    /// A new value with its required properties: `DaysAfterInitiation`.
    pub fn new(days_after_initiation: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, days_after_initiation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AbortIncompleteMultipartUpload> for ::forma_core::Value<AbortIncompleteMultipartUpload> {
    fn from(v: AbortIncompleteMultipartUpload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE.properties))
    }
}

/// The schema of `AWS::S3Express::DirectoryBucket`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Express::DirectoryBucket",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUCKET_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][a-z0-9//.//-]*[a-z0-9]$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataRedundancy",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SingleAvailabilityZone", "SingleLocalZone"]),
        },
        ::forma_core::schema::Property {
            name: "InventoryConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INVENTORY_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricsConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRICS_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    attributes: &["Arn", "AvailabilityZoneName"],
};

static BUCKET_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.BucketEncryption",
    properties: &[::forma_core::schema::Property {
        name: "ServerSideEncryptionConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SERVER_SIDE_ENCRYPTION_RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static INVENTORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.InventoryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IncludedObjectVersions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["All", "Current"]),
        },
        ::forma_core::schema::Property {
            name: "OptionalFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "Size",
                    "LastModifiedDate",
                    "StorageClass",
                    "ETag",
                    "IsMultipartUploaded",
                    "EncryptionStatus",
                    "BucketKeyStatus",
                    "ChecksumAlgorithm",
                    "LifecycleExpirationDate",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleFrequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Daily", "Weekly"]),
        },
    ],
    rules: &[],
};

static LIFECYCLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.LifecycleConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Rules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static METRICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.MetricsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SERVER_SIDE_ENCRYPTION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.ServerSideEncryptionRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketKeyEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ServerSideEncryptionByDefault",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVER_SIDE_ENCRYPTION_BY_DEFAULT_TYPE),
        },
    ],
    rules: &[],
};

static DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "ORC", "Parquet"]),
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

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Express::DirectoryBucket.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbortIncompleteMultipartUpload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpirationInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectSizeGreaterThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]+"),
                min_length: None,
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectSizeLessThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]+"),
                min_length: None,
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
    ],
    rules: &[],
};

static SERVER_SIDE_ENCRYPTION_BY_DEFAULT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3Express::DirectoryBucket.ServerSideEncryptionByDefault",
        properties: &[
            ::forma_core::schema::Property {
                name: "KMSMasterKeyID",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SSEAlgorithm",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["aws:kms", "AES256"]),
            },
        ],
        rules: &[],
    };

static ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3Express::DirectoryBucket.AbortIncompleteMultipartUpload",
        properties: &[::forma_core::schema::Property {
            name: "DaysAfterInitiation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        }],
        rules: &[],
    };
