// @generated from AWS::S3::Bucket (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::Bucket` and its property types.

/// The `AWS::S3::Bucket` resource creates an Amazon S3 bucket in the same AWS Region where you create the AWS CloudFormation stack.
///
/// CloudFormation type `AWS::S3::Bucket`.
#[derive(Debug, Clone, PartialEq)]
pub struct Bucket {
    props: ::forma_core::schema::Props,
}
impl Bucket {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ABAC status of the general purpose bucket.
    #[track_caller]
    pub fn abac_status(mut self, value: impl ::forma_core::schema::EnumArg<AbacStatus>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures the transfer acceleration state for an Amazon S3 bucket.
    #[track_caller]
    pub fn accelerate_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccelerateConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This is a legacy property, and it is not recommended for most use cases.
    #[track_caller]
    pub fn access_control(mut self, value: impl ::forma_core::schema::EnumArg<AccessControl>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
    #[track_caller]
    pub fn analytics_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AnalyticsConfiguration>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with KMS-managed keys (DSSE-KMS).
    #[track_caller]
    pub fn bucket_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BucketEncryption>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the bucket.
    ///
    /// Allowed: length 0 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BucketNamePrefix`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_name_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BucketNamespace`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_namespace(mut self, value: impl ::forma_core::schema::EnumArg<BucketNamespace>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the cross-origin access configuration for objects in an Amazon S3 bucket.
    #[track_caller]
    pub fn cors_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CorsConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines how Amazon S3 handles Intelligent-Tiering storage.
    #[track_caller]
    pub fn intelligent_tiering_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntelligentTieringConfiguration>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the S3 Inventory configuration for an Amazon S3 bucket.
    #[track_caller]
    pub fn inventory_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InventoryConfiguration>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the lifecycle configuration for objects in an Amazon S3 bucket.
    #[track_caller]
    pub fn lifecycle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LifecycleConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings that define where logs are stored.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The S3 Metadata configuration for a general purpose bucket.
    #[track_caller]
    pub fn metadata_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata table configuration of an S3 general purpose bucket.
    #[track_caller]
    pub fn metadata_table_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataTableConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3 bucket.
    #[track_caller]
    pub fn metrics_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricsConfiguration>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that defines how Amazon S3 handles bucket notifications.
    #[track_caller]
    pub fn notification_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationConfiguration>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This operation is not supported for directory buckets.
    #[track_caller]
    pub fn object_lock_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ObjectLockConfiguration>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether this bucket has an Object Lock configuration enabled.
    #[track_caller]
    pub fn object_lock_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that defines how Amazon S3 handles Object Ownership rules.
    #[track_caller]
    pub fn ownership_controls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OwnershipControls>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that defines how Amazon S3 handles public access.
    #[track_caller]
    pub fn public_access_block_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PublicAccessBlockConfiguration>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for replicating objects in an S3 bucket.
    #[track_caller]
    pub fn replication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationConfiguration>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this S3 bucket.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables multiple versions of all objects in this bucket.
    #[track_caller]
    pub fn versioning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VersioningConfiguration>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information used to configure the bucket as a static website.
    #[track_caller]
    pub fn website_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebsiteConfiguration>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Bucket {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Bucket {
    type Attributes = BucketAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::Bucket"
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
/// The attributes of a `AWS::S3::Bucket` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BucketAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BucketAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BucketAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DomainName`.
    pub fn domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainName")
    }
    /// `Fn::GetAtt` `DualStackDomainName`.
    pub fn dual_stack_domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DualStackDomainName")
    }
    /// `Fn::GetAtt` `RegionalDomainName`.
    pub fn regional_domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegionalDomainName")
    }
    /// `Fn::GetAtt` `MetadataTableConfiguration.S3TablesDestination.TableNamespace`.
    pub fn metadata_table_configuration_s3_tables_destination_table_namespace(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataTableConfiguration.S3TablesDestination.TableNamespace")
    }
    /// `Fn::GetAtt` `MetadataTableConfiguration.S3TablesDestination.TableArn`.
    pub fn metadata_table_configuration_s3_tables_destination_table_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataTableConfiguration.S3TablesDestination.TableArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.Destination`.
    pub fn metadata_configuration_destination(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.Destination")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.JournalTableConfiguration.TableName`.
    pub fn metadata_configuration_journal_table_configuration_table_name(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.JournalTableConfiguration.TableName")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.JournalTableConfiguration.TableArn`.
    pub fn metadata_configuration_journal_table_configuration_table_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.JournalTableConfiguration.TableArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.InventoryTableConfiguration.TableName`.
    pub fn metadata_configuration_inventory_table_configuration_table_name(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.InventoryTableConfiguration.TableName")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.InventoryTableConfiguration.TableArn`.
    pub fn metadata_configuration_inventory_table_configuration_table_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.InventoryTableConfiguration.TableArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.AnnotationTableConfiguration.TableName`.
    pub fn metadata_configuration_annotation_table_configuration_table_name(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.AnnotationTableConfiguration.TableName")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.AnnotationTableConfiguration.TableArn`.
    pub fn metadata_configuration_annotation_table_configuration_table_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetadataConfiguration.AnnotationTableConfiguration.TableArn")
    }
    /// `Fn::GetAtt` `WebsiteURL`.
    pub fn website_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebsiteURL")
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AbacStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AbacStatus {
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
impl ::std::convert::From<AbacStatus> for ::forma_core::Value<AbacStatus> {
    fn from(v: AbacStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AbacStatus {}

/// The values CloudFormation documents: `AuthenticatedRead`, `AwsExecRead`, `BucketOwnerFullControl`, `BucketOwnerRead`, `LogDeliveryWrite`, `Private`, `PublicRead`, `PublicReadWrite`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessControl {
    /// `AuthenticatedRead`
    AuthenticatedRead,
    /// `AwsExecRead`
    AwsExecRead,
    /// `BucketOwnerFullControl`
    BucketOwnerFullControl,
    /// `BucketOwnerRead`
    BucketOwnerRead,
    /// `LogDeliveryWrite`
    LogDeliveryWrite,
    /// `Private`
    Private,
    /// `PublicRead`
    PublicRead,
    /// `PublicReadWrite`
    PublicReadWrite,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessControl {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "AuthenticatedRead",
            Self::AwsExecRead => "AwsExecRead",
            Self::BucketOwnerFullControl => "BucketOwnerFullControl",
            Self::BucketOwnerRead => "BucketOwnerRead",
            Self::LogDeliveryWrite => "LogDeliveryWrite",
            Self::Private => "Private",
            Self::PublicRead => "PublicRead",
            Self::PublicReadWrite => "PublicReadWrite",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AuthenticatedRead",
            "AwsExecRead",
            "BucketOwnerFullControl",
            "BucketOwnerRead",
            "LogDeliveryWrite",
            "Private",
            "PublicRead",
            "PublicReadWrite",
        ]
    }
}
impl ::std::convert::From<AccessControl> for ::forma_core::Value<AccessControl> {
    fn from(v: AccessControl) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessControl {}

/// The values CloudFormation documents: `global`, `account-regional`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketNamespace {
    /// `global`
    Global,
    /// `account-regional`
    AccountRegional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BucketNamespace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "global",
            Self::AccountRegional => "account-regional",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["global", "account-regional"]
    }
}
impl ::std::convert::From<BucketNamespace> for ::forma_core::Value<BucketNamespace> {
    fn from(v: BucketNamespace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BucketNamespace {}

/// The values CloudFormation documents: `Enabled`, `Suspended`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccelerationStatus {
    /// `Enabled`
    Enabled,
    /// `Suspended`
    Suspended,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccelerationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Suspended => "Suspended",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Suspended"]
    }
}
impl ::std::convert::From<AccelerationStatus> for ::forma_core::Value<AccelerationStatus> {
    fn from(v: AccelerationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccelerationStatus {}

/// Configures the transfer acceleration state for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct AccelerateConfiguration {
    props: ::forma_core::schema::Props,
}
impl AccelerateConfiguration {
    /// A new value with its required properties: `AccelerationStatus`.
    pub fn new(acceleration_status: impl ::forma_core::schema::EnumArg<AccelerationStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, acceleration_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccelerateConfiguration> for ::forma_core::Value<AccelerateConfiguration> {
    fn from(v: AccelerateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATE_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnalyticsConfiguration {
    /// A new value with its required properties: `Id`, `StorageClassAnalysis`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        storage_class_analysis: impl ::std::convert::Into<::forma_core::Value<StorageClassAnalysis>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(2, storage_class_analysis.into().into_expr());
        Self { props }
    }
    /// The prefix that an object must have to be included in the analytics results.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The tags to use when evaluating an analytics filter.
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AnalyticsConfiguration> for ::forma_core::Value<AnalyticsConfiguration> {
    fn from(v: AnalyticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYTICS_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with KMS-managed keys (DSSE-KMS).
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

/// Describes the cross-origin access configuration for objects in an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct CorsConfiguration {
    props: ::forma_core::schema::Props,
}
impl CorsConfiguration {
    /// A new value with its required properties: `CorsRules`.
    pub fn new(cors_rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CorsRule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cors_rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CorsConfiguration> for ::forma_core::Value<CorsConfiguration> {
    fn from(v: CorsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Disabled`, `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Enabled"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Specifies the S3 Intelligent-Tiering configuration for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentTieringConfiguration {
    props: ::forma_core::schema::Props,
}
impl IntelligentTieringConfiguration {
    /// A new value with its required properties: `Id`, `Status`, `Tierings`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
        tierings: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tiering>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(2, status.into_enum_expr());
        props.set(4, tierings.into().into_expr());
        Self { props }
    }
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A container for a key-value pair.
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IntelligentTieringConfiguration> for ::forma_core::Value<IntelligentTieringConfiguration> {
    fn from(v: IntelligentTieringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTELLIGENT_TIERING_CONFIGURATION_TYPE.properties))
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

/// The values CloudFormation documents: `Size`, `LastModifiedDate`, `StorageClass`, `ETag`, `IsMultipartUploaded`, `ReplicationStatus`, `EncryptionStatus`, `ObjectLockRetainUntilDate`, `ObjectLockMode`, `ObjectLockLegalHoldStatus`, `ObjectLockEventHoldStatus`, `ObjectLockEventHoldDuration`, ....
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
    /// `ReplicationStatus`
    ReplicationStatus,
    /// `EncryptionStatus`
    EncryptionStatus,
    /// `ObjectLockRetainUntilDate`
    ObjectLockRetainUntilDate,
    /// `ObjectLockMode`
    ObjectLockMode,
    /// `ObjectLockLegalHoldStatus`
    ObjectLockLegalHoldStatus,
    /// `ObjectLockEventHoldStatus`
    ObjectLockEventHoldStatus,
    /// `ObjectLockEventHoldDuration`
    ObjectLockEventHoldDuration,
    /// `IntelligentTieringAccessTier`
    IntelligentTieringAccessTier,
    /// `BucketKeyStatus`
    BucketKeyStatus,
    /// `ChecksumAlgorithm`
    ChecksumAlgorithm,
    /// `ObjectAccessControlList`
    ObjectAccessControlList,
    /// `ObjectOwner`
    ObjectOwner,
    /// `LifecycleExpirationDate`
    LifecycleExpirationDate,
    /// `IntelligentTieringReferenceDate`
    IntelligentTieringReferenceDate,
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
            Self::ReplicationStatus => "ReplicationStatus",
            Self::EncryptionStatus => "EncryptionStatus",
            Self::ObjectLockRetainUntilDate => "ObjectLockRetainUntilDate",
            Self::ObjectLockMode => "ObjectLockMode",
            Self::ObjectLockLegalHoldStatus => "ObjectLockLegalHoldStatus",
            Self::ObjectLockEventHoldStatus => "ObjectLockEventHoldStatus",
            Self::ObjectLockEventHoldDuration => "ObjectLockEventHoldDuration",
            Self::IntelligentTieringAccessTier => "IntelligentTieringAccessTier",
            Self::BucketKeyStatus => "BucketKeyStatus",
            Self::ChecksumAlgorithm => "ChecksumAlgorithm",
            Self::ObjectAccessControlList => "ObjectAccessControlList",
            Self::ObjectOwner => "ObjectOwner",
            Self::LifecycleExpirationDate => "LifecycleExpirationDate",
            Self::IntelligentTieringReferenceDate => "IntelligentTieringReferenceDate",
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
            "ReplicationStatus",
            "EncryptionStatus",
            "ObjectLockRetainUntilDate",
            "ObjectLockMode",
            "ObjectLockLegalHoldStatus",
            "ObjectLockEventHoldStatus",
            "ObjectLockEventHoldDuration",
            "IntelligentTieringAccessTier",
            "BucketKeyStatus",
            "ChecksumAlgorithm",
            "ObjectAccessControlList",
            "ObjectOwner",
            "LifecycleExpirationDate",
            "IntelligentTieringReferenceDate",
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

/// Specifies the S3 Inventory configuration for an Amazon S3 bucket.
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
    /// Specifies the inventory filter prefix.
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

/// The values CloudFormation documents: `varies_by_storage_class`, `all_storage_classes_128K`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitionDefaultMinimumObjectSize {
    /// `varies_by_storage_class`
    VariesByStorageClass,
    /// `all_storage_classes_128K`
    AllStorageClasses128K,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitionDefaultMinimumObjectSize {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VariesByStorageClass => "varies_by_storage_class",
            Self::AllStorageClasses128K => "all_storage_classes_128K",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["varies_by_storage_class", "all_storage_classes_128K"]
    }
}
impl ::std::convert::From<TransitionDefaultMinimumObjectSize>
    for ::forma_core::Value<TransitionDefaultMinimumObjectSize>
{
    fn from(v: TransitionDefaultMinimumObjectSize) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitionDefaultMinimumObjectSize {}

/// Specifies the lifecycle configuration for objects in an Amazon S3 bucket.
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
    /// Indicates which default minimum object size behavior is applied to the lifecycle configuration.
    pub fn transition_default_minimum_object_size(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TransitionDefaultMinimumObjectSize>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<LifecycleConfiguration> for ::forma_core::Value<LifecycleConfiguration> {
    fn from(v: LifecycleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_CONFIGURATION_TYPE.properties))
    }
}

/// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys for a bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the bucket where Amazon S3 should store server access log files.
    pub fn destination_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A prefix for all log object keys.
    pub fn log_file_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Amazon S3 key format for log objects.
    pub fn target_object_key_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingConfiguration> for ::forma_core::Value<LoggingConfiguration> {
    fn from(v: LoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// Creates a V2 S3 Metadata configuration of a general purpose bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetadataConfiguration {
    /// A new value with its required properties: `JournalTableConfiguration`.
    pub fn new(
        journal_table_configuration: impl ::std::convert::Into<::forma_core::Value<JournalTableConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, journal_table_configuration.into().into_expr());
        Self { props }
    }
    /// The annotation table configuration for a metadata configuration.
    pub fn annotation_table_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnnotationTableConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The destination information for the S3 Metadata configuration.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetadataDestination>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The inventory table configuration for a metadata configuration.
    pub fn inventory_table_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InventoryTableConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetadataConfiguration> for ::forma_core::Value<MetadataConfiguration> {
    fn from(v: MetadataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_CONFIGURATION_TYPE.properties))
    }
}

/// We recommend that you create your S3 Metadata configurations by using the V2 [MetadataConfiguration](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadataconfiguration.html) resource type.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataTableConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetadataTableConfiguration {
    /// A new value with its required properties: `S3TablesDestination`.
    pub fn new(s3_tables_destination: impl ::std::convert::Into<::forma_core::Value<S3TablesDestination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_tables_destination.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetadataTableConfiguration> for ::forma_core::Value<MetadataTableConfiguration> {
    fn from(v: MetadataTableConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_TABLE_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3 bucket.
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
    /// The access point that was used while performing operations on the object.
    pub fn access_point_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The prefix that an object must have to be included in the metrics results.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies a list of tag filters to use as a metrics configuration filter.
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricsConfiguration> for ::forma_core::Value<MetricsConfiguration> {
    fn from(v: MetricsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the notification configuration for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationConfiguration {
    props: ::forma_core::schema::Props,
}
impl NotificationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables delivery of events to Amazon EventBridge.
    pub fn event_bridge_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBridgeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes the LAMlong functions to invoke and the events for which to invoke them.
    pub fn lambda_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LambdaConfiguration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Simple Queue Service queues to publish messages to and the events for which to publish messages.
    pub fn queue_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueueConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The topic to which notifications are sent and the events for which notifications are generated.
    pub fn topic_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicConfiguration>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationConfiguration> for ::forma_core::Value<NotificationConfiguration> {
    fn from(v: NotificationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLockEnabled {
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObjectLockEnabled {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled"]
    }
}
impl ::std::convert::From<ObjectLockEnabled> for ::forma_core::Value<ObjectLockEnabled> {
    fn from(v: ObjectLockEnabled) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObjectLockEnabled {}

/// Places an Object Lock configuration on the specified bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectLockConfiguration {
    props: ::forma_core::schema::Props,
}
impl ObjectLockConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether this bucket has an Object Lock configuration enabled.
    pub fn object_lock_enabled(mut self, value: impl ::forma_core::schema::EnumArg<ObjectLockEnabled>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the Object Lock rule for the specified object.
    pub fn rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<ObjectLockRule>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectLockConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectLockConfiguration> for ::forma_core::Value<ObjectLockConfiguration> {
    fn from(v: ObjectLockConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_LOCK_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies the container element for Object Ownership rules.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnershipControls {
    props: ::forma_core::schema::Props,
}
impl OwnershipControls {
    /// A new value with its required properties: `Rules`.
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OwnershipControlsRule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OwnershipControls> for ::forma_core::Value<OwnershipControls> {
    fn from(v: OwnershipControls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OWNERSHIP_CONTROLS_TYPE.properties))
    }
}

/// The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicAccessBlockConfiguration {
    props: ::forma_core::schema::Props,
}
impl PublicAccessBlockConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket and objects in this bucket.
    pub fn block_public_acls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should block public bucket policies for this bucket.
    pub fn block_public_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this bucket.
    pub fn ignore_public_acls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should restrict public bucket policies for this bucket.
    pub fn restrict_public_buckets(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicAccessBlockConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicAccessBlockConfiguration> for ::forma_core::Value<PublicAccessBlockConfiguration> {
    fn from(v: PublicAccessBlockConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE.properties))
    }
}

/// A container for replication rules.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfiguration {
    /// A new value with its required properties: `Role`, `Rules`.
    pub fn new(
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role.into().into_expr());
        props.set(1, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationConfiguration> for ::forma_core::Value<ReplicationConfiguration> {
    fn from(v: ReplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// A container of a key value name pair.
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

/// The values CloudFormation documents: `Enabled`, `Suspended`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VersioningConfigurationStatus {
    /// `Enabled`
    Enabled,
    /// `Suspended`
    Suspended,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VersioningConfigurationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Suspended => "Suspended",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Suspended"]
    }
}
impl ::std::convert::From<VersioningConfigurationStatus> for ::forma_core::Value<VersioningConfigurationStatus> {
    fn from(v: VersioningConfigurationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VersioningConfigurationStatus {}

/// Describes the versioning state of an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct VersioningConfiguration {
    props: ::forma_core::schema::Props,
}
impl VersioningConfiguration {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<VersioningConfigurationStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<VersioningConfiguration> for ::forma_core::Value<VersioningConfiguration> {
    fn from(v: VersioningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERSIONING_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies website configuration parameters for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct WebsiteConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebsiteConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the error document for the website.
    pub fn error_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the index document for the website.
    pub fn index_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The redirect behavior for every request to this bucket's website endpoint.
    pub fn redirect_all_requests_to(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedirectAllRequestsTo>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Rules that define when a redirect is applied and the redirect behavior.
    pub fn routing_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RoutingRule>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebsiteConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebsiteConfiguration> for ::forma_core::Value<WebsiteConfiguration> {
    fn from(v: WebsiteConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEBSITE_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies data related to access patterns to be collected and made available to analyze the tradeoffs between different storage classes for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageClassAnalysis {
    props: ::forma_core::schema::Props,
}
impl StorageClassAnalysis {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies how data related to the storage class analysis for an Amazon S3 bucket should be exported.
    pub fn data_export(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataExport>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageClassAnalysis {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageClassAnalysis> for ::forma_core::Value<StorageClassAnalysis> {
    fn from(v: StorageClassAnalysis) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CLASS_ANALYSIS_TYPE.properties))
    }
}

/// Specifies tags to use to identify a subset of objects for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFilter {
    props: ::forma_core::schema::Props,
}
impl TagFilter {
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
impl ::std::convert::From<TagFilter> for ::forma_core::Value<TagFilter> {
    fn from(v: TagFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FILTER_TYPE.properties))
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
    /// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type.
    pub fn blocked_encryption_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BlockedEncryptionTypes>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS (SSE-KMS) for new objects in the bucket.
    pub fn bucket_key_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the default server-side encryption to apply to new objects in the bucket.
    pub fn server_side_encryption_by_default(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerSideEncryptionByDefault>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
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

/// The values CloudFormation documents: `GET`, `PUT`, `HEAD`, `POST`, `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedMethods {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `HEAD`
    Head,
    /// `POST`
    Post,
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowedMethods {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Head => "HEAD",
            Self::Post => "POST",
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "PUT", "HEAD", "POST", "DELETE"]
    }
}
impl ::std::convert::From<AllowedMethods> for ::forma_core::Value<AllowedMethods> {
    fn from(v: AllowedMethods) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowedMethods {}

/// Specifies a cross-origin access rule for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct CorsRule {
    props: ::forma_core::schema::Props,
}
impl CorsRule {
    /// A new value with its required properties: `AllowedMethods`, `AllowedOrigins`.
    pub fn new(
        allowed_methods: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AllowedMethods>>>,
        allowed_origins: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, allowed_methods.into().into_expr());
        props.set(2, allowed_origins.into().into_expr());
        Self { props }
    }
    /// Headers that are specified in the `Access-Control-Request-Headers` header.
    pub fn allowed_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// One or more headers in the response that you want customers to be able to access from their applications (for example, from a JavaScript `XMLHttpRequest` object).
    pub fn exposed_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A unique identifier for this rule.
    ///
    /// Allowed: length 0 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The time in seconds that your browser is to cache the preflight response for the specified resource.
    ///
    /// Allowed: at least 0.
    pub fn max_age(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CorsRule> for ::forma_core::Value<CorsRule> {
    fn from(v: CorsRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORS_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ARCHIVE_ACCESS`, `DEEP_ARCHIVE_ACCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessTier {
    /// `ARCHIVE_ACCESS`
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    DeepArchiveAccess,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ArchiveAccess => "ARCHIVE_ACCESS",
            Self::DeepArchiveAccess => "DEEP_ARCHIVE_ACCESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"]
    }
}
impl ::std::convert::From<AccessTier> for ::forma_core::Value<AccessTier> {
    fn from(v: AccessTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessTier {}

/// The S3 Intelligent-Tiering storage class is designed to optimize storage costs by automatically moving data to the most cost-effective storage access tier, without additional operational overhead.
#[derive(Debug, Clone, PartialEq)]
pub struct Tiering {
    props: ::forma_core::schema::Props,
}
impl Tiering {
    /// A new value with its required properties: `AccessTier`, `Days`.
    pub fn new(
        access_tier: impl ::forma_core::schema::EnumArg<AccessTier>,
        days: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_tier.into_enum_expr());
        props.set(1, days.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tiering> for ::forma_core::Value<Tiering> {
    fn from(v: Tiering) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIERING_TYPE.properties))
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

/// Specifies information about where to publish analysis or configuration results for an Amazon S3 bucket.
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
pub enum RuleStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleStatus {
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
impl ::std::convert::From<RuleStatus> for ::forma_core::Value<RuleStatus> {
    fn from(v: RuleStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleStatus {}

/// Specifies lifecycle rules for an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<RuleStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(12, status.into_enum_expr());
        Self { props }
    }
    /// Specifies a lifecycle rule that stops incomplete multipart uploads to an Amazon S3 bucket.
    pub fn abort_incomplete_multipart_upload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbortIncompleteMultipartUpload>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates when objects are deleted from Amazon S3 and Amazon S3 Glacier.
    pub fn expiration_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the number of days after creation when objects are deleted from Amazon S3 and Amazon S3 Glacier.
    pub fn expiration_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether Amazon S3 will remove a delete marker without any noncurrent versions.
    pub fn expired_object_delete_marker(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Unique identifier for the rule.
    ///
    /// Allowed: length 0 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies when noncurrent object versions expire.
    pub fn noncurrent_version_expiration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NoncurrentVersionExpiration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// (Deprecated.) For buckets with versioning enabled (or suspended), specifies the time, in days, between when a new version of the object is uploaded to the bucket and when old versions of the object expire.
    pub fn noncurrent_version_expiration_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// (Deprecated.) For buckets with versioning enabled (or suspended), specifies when non-current objects transition to a specified storage class.
    pub fn noncurrent_version_transition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NoncurrentVersionTransition>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// For buckets with versioning enabled (or suspended), one or more transition rules that specify when non-current objects transition to a specified storage class.
    pub fn noncurrent_version_transitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NoncurrentVersionTransition>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies the minimum object size in bytes for this rule to apply to.
    ///
    /// Allowed: length 0 to 20.
    pub fn object_size_greater_than(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Specifies the maximum object size in bytes for this rule to apply to.
    ///
    /// Allowed: length 0 to 20.
    pub fn object_size_less_than(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Object key prefix that identifies one or more objects to which this rule applies.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Tags to use to identify a subset of objects to which the lifecycle rule applies.
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// (Deprecated.) Specifies when an object transitions to a specified storage class.
    pub fn transition(mut self, value: impl ::std::convert::Into<::forma_core::Value<Transition>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// One or more transition rules that specify when an object transitions to a specified storage class.
    pub fn transitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Transition>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigurationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfigurationState {
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
impl ::std::convert::From<ConfigurationState> for ::forma_core::Value<ConfigurationState> {
    fn from(v: ConfigurationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfigurationState {}

/// The annotation table configuration for an S3 Metadata configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationTableConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnnotationTableConfiguration {
    /// A new value with its required properties: `ConfigurationState`.
    pub fn new(configuration_state: impl ::forma_core::schema::EnumArg<ConfigurationState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configuration_state.into_enum_expr());
        Self { props }
    }
    /// The encryption configuration for the annotation table.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataTableEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the IAM role that grants Amazon S3 Metadata permission to read annotations from your bucket.
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the annotation table.
    pub fn table_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the annotation table.
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AnnotationTableConfiguration> for ::forma_core::Value<AnnotationTableConfiguration> {
    fn from(v: AnnotationTableConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANNOTATION_TABLE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `aws`, `customer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableBucketType {
    /// `aws`
    Aws,
    /// `customer`
    Customer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TableBucketType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "aws",
            Self::Customer => "customer",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aws", "customer"]
    }
}
impl ::std::convert::From<TableBucketType> for ::forma_core::Value<TableBucketType> {
    fn from(v: TableBucketType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TableBucketType {}

/// The destination information for the S3 Metadata configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataDestination {
    props: ::forma_core::schema::Props,
}
impl MetadataDestination {
    /// A new value with its required properties: `TableBucketType`.
    pub fn new(table_bucket_type: impl ::forma_core::schema::EnumArg<TableBucketType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, table_bucket_type.into_enum_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is stored.
    pub fn table_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The namespace in the table bucket where the metadata tables for a metadata configuration are stored.
    pub fn table_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetadataDestination> for ::forma_core::Value<MetadataDestination> {
    fn from(v: MetadataDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_DESTINATION_TYPE.properties))
    }
}

/// The inventory table configuration for an S3 Metadata configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct InventoryTableConfiguration {
    props: ::forma_core::schema::Props,
}
impl InventoryTableConfiguration {
    /// A new value with its required properties: `ConfigurationState`.
    pub fn new(configuration_state: impl ::forma_core::schema::EnumArg<ConfigurationState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configuration_state.into_enum_expr());
        Self { props }
    }
    /// The encryption configuration for the inventory table.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataTableEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the inventory table.
    pub fn table_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the inventory table.
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InventoryTableConfiguration> for ::forma_core::Value<InventoryTableConfiguration> {
    fn from(v: InventoryTableConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVENTORY_TABLE_CONFIGURATION_TYPE.properties))
    }
}

/// The journal table configuration for an S3 Metadata configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalTableConfiguration {
    props: ::forma_core::schema::Props,
}
impl JournalTableConfiguration {
    /// A new value with its required properties: `RecordExpiration`.
    pub fn new(record_expiration: impl ::std::convert::Into<::forma_core::Value<RecordExpiration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, record_expiration.into().into_expr());
        Self { props }
    }
    /// The encryption configuration for the journal table.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataTableEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the journal table.
    pub fn table_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the journal table.
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JournalTableConfiguration> for ::forma_core::Value<JournalTableConfiguration> {
    fn from(v: JournalTableConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOURNAL_TABLE_CONFIGURATION_TYPE.properties))
    }
}

/// The destination information for a V1 S3 Metadata configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct S3TablesDestination {
    props: ::forma_core::schema::Props,
}
impl S3TablesDestination {
    /// A new value with its required properties: `TableBucketArn`, `TableName`.
    pub fn new(
        table_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, table_bucket_arn.into().into_expr());
        props.set(2, table_name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration.
    pub fn table_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The table bucket namespace for the metadata table in your metadata table configuration.
    pub fn table_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3TablesDestination> for ::forma_core::Value<S3TablesDestination> {
    fn from(v: S3TablesDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TABLES_DESTINATION_TYPE.properties))
    }
}

/// Amazon S3 can send events to Amazon EventBridge whenever certain events happen in your bucket, see [Using EventBridge](https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html) in the *Amazon S3 User Guide*.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeConfiguration {
    props: ::forma_core::schema::Props,
}
impl EventBridgeConfiguration {
    /// A new value with its required properties: `EventBridgeEnabled`.
    pub fn new(event_bridge_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_bridge_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventBridgeConfiguration> for ::forma_core::Value<EventBridgeConfiguration> {
    fn from(v: EventBridgeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the LAMlong functions to invoke and the events for which to invoke them.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfiguration {
    props: ::forma_core::schema::Props,
}
impl LambdaConfiguration {
    /// A new value with its required properties: `Event`, `Function`.
    pub fn new(
        event: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event.into().into_expr());
        props.set(2, function.into().into_expr());
        Self { props }
    }
    /// The filtering rules that determine which objects invoke the AWS Lambda function.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotificationFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LambdaConfiguration> for ::forma_core::Value<LambdaConfiguration> {
    fn from(v: LambdaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueConfiguration {
    props: ::forma_core::schema::Props,
}
impl QueueConfiguration {
    /// A new value with its required properties: `Event`, `Queue`.
    pub fn new(
        event: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        queue: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event.into().into_expr());
        props.set(2, queue.into().into_expr());
        Self { props }
    }
    /// The filtering rules that determine which objects trigger notifications.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotificationFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QueueConfiguration> for ::forma_core::Value<QueueConfiguration> {
    fn from(v: QueueConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUEUE_CONFIGURATION_TYPE.properties))
    }
}

/// A container for specifying the configuration for publication of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3 detects specified events.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicConfiguration {
    props: ::forma_core::schema::Props,
}
impl TopicConfiguration {
    /// A new value with its required properties: `Event`, `Topic`.
    pub fn new(
        event: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        topic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event.into().into_expr());
        props.set(2, topic.into().into_expr());
        Self { props }
    }
    /// The filtering rules that determine for which objects to send notifications.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotificationFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicConfiguration> for ::forma_core::Value<TopicConfiguration> {
    fn from(v: TopicConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies the Object Lock rule for the specified object.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectLockRule {
    props: ::forma_core::schema::Props,
}
impl ObjectLockRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The default Object Lock retention mode and period that you want to apply to new objects placed in the specified bucket.
    pub fn default_retention(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultRetention>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectLockRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectLockRule> for ::forma_core::Value<ObjectLockRule> {
    fn from(v: ObjectLockRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_LOCK_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ObjectWriter`, `BucketOwnerPreferred`, `BucketOwnerEnforced`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectOwnership {
    /// `ObjectWriter`
    ObjectWriter,
    /// `BucketOwnerPreferred`
    BucketOwnerPreferred,
    /// `BucketOwnerEnforced`
    BucketOwnerEnforced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObjectOwnership {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ObjectWriter => "ObjectWriter",
            Self::BucketOwnerPreferred => "BucketOwnerPreferred",
            Self::BucketOwnerEnforced => "BucketOwnerEnforced",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ObjectWriter", "BucketOwnerPreferred", "BucketOwnerEnforced"]
    }
}
impl ::std::convert::From<ObjectOwnership> for ::forma_core::Value<ObjectOwnership> {
    fn from(v: ObjectOwnership) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObjectOwnership {}

/// Specifies an Object Ownership rule.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnershipControlsRule {
    props: ::forma_core::schema::Props,
}
impl OwnershipControlsRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies an object ownership rule.
    pub fn object_ownership(mut self, value: impl ::forma_core::schema::EnumArg<ObjectOwnership>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for OwnershipControlsRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OwnershipControlsRule> for ::forma_core::Value<OwnershipControlsRule> {
    fn from(v: OwnershipControlsRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OWNERSHIP_CONTROLS_RULE_TYPE.properties))
    }
}

/// Specifies which Amazon S3 objects to replicate and where to store the replicas.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationRule {
    props: ::forma_core::schema::Props,
}
impl ReplicationRule {
    /// A new value with its required properties: `Destination`, `Status`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<ReplicationDestination>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, destination.into().into_expr());
        props.set(7, status.into_enum_expr());
        Self { props }
    }
    /// Specifies whether Amazon S3 replicates delete markers.
    pub fn delete_marker_replication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeleteMarkerReplication>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A filter that identifies the subset of objects to which the replication rule applies.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReplicationRuleFilter>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A unique identifier for the rule.
    ///
    /// Allowed: length 0 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An object key name prefix that identifies the object or objects to which the rule applies.
    ///
    /// Allowed: length 0 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The priority indicates which rule has precedence whenever two or more replication rules conflict.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A container that describes additional filters for identifying the source objects that you want to replicate.
    pub fn source_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceSelectionCriteria>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReplicationRule> for ::forma_core::Value<ReplicationRule> {
    fn from(v: ReplicationRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `http`, `https`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `http`
    Http,
    /// `https`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http", "https"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct RedirectAllRequestsTo {
    props: ::forma_core::schema::Props,
}
impl RedirectAllRequestsTo {
    /// A new value with its required properties: `HostName`.
    pub fn new(host_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, host_name.into().into_expr());
        Self { props }
    }
    /// Protocol to use when redirecting requests.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RedirectAllRequestsTo> for ::forma_core::Value<RedirectAllRequestsTo> {
    fn from(v: RedirectAllRequestsTo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDIRECT_ALL_REQUESTS_TO_TYPE.properties))
    }
}

/// Specifies the redirect behavior and when a redirect is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingRule {
    props: ::forma_core::schema::Props,
}
impl RoutingRule {
    /// A new value with its required properties: `RedirectRule`.
    pub fn new(redirect_rule: impl ::std::convert::Into<::forma_core::Value<RedirectRule>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, redirect_rule.into().into_expr());
        Self { props }
    }
    /// A container for describing a condition that must be met for the specified redirect to apply.
    pub fn routing_rule_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RoutingRuleCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RoutingRule> for ::forma_core::Value<RoutingRule> {
    fn from(v: RoutingRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_RULE_TYPE.properties))
    }
}

/// Specifies how data related to the storage class analysis for an Amazon S3 bucket should be exported.
#[derive(Debug, Clone, PartialEq)]
pub struct DataExport {
    props: ::forma_core::schema::Props,
}
impl DataExport {
    /// A new value with its required properties: `Destination`, `OutputSchemaVersion`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<Destination>>,
        output_schema_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, output_schema_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataExport> for ::forma_core::Value<DataExport> {
    fn from(v: DataExport) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_EXPORT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `SSE-C`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `NONE`
    None,
    /// `SSE-C`
    SseC,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::SseC => "SSE-C",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SSE-C"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockedEncryptionTypes {
    props: ::forma_core::schema::Props,
}
impl BlockedEncryptionTypes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The object encryption type that you want to block or unblock for an Amazon S3 general purpose bucket.
    pub fn encryption_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EncryptionType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlockedEncryptionTypes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlockedEncryptionTypes> for ::forma_core::Value<BlockedEncryptionTypes> {
    fn from(v: BlockedEncryptionTypes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCKED_ENCRYPTION_TYPES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `aws:kms`, `AES256`, `aws:kms:dsse`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseAlgorithm {
    /// `aws:kms`
    AwsKms,
    /// `AES256`
    Aes256,
    /// `aws:kms:dsse`
    AwsKmsDsse,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SseAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsKms => "aws:kms",
            Self::Aes256 => "AES256",
            Self::AwsKmsDsse => "aws:kms:dsse",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aws:kms", "AES256", "aws:kms:dsse"]
    }
}
impl ::std::convert::From<SseAlgorithm> for ::forma_core::Value<SseAlgorithm> {
    fn from(v: SseAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SseAlgorithm {}

/// Describes the default server-side encryption to apply to new objects in the bucket.
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

/// Specifies when noncurrent object versions expire.
#[derive(Debug, Clone, PartialEq)]
pub struct NoncurrentVersionExpiration {
    props: ::forma_core::schema::Props,
}
impl NoncurrentVersionExpiration {
    /// A new value with its required properties: `NoncurrentDays`.
    pub fn new(noncurrent_days: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, noncurrent_days.into().into_expr());
        Self { props }
    }
    /// Specifies how many noncurrent versions S3 will retain.
    pub fn newer_noncurrent_versions(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NoncurrentVersionExpiration> for ::forma_core::Value<NoncurrentVersionExpiration> {
    fn from(v: NoncurrentVersionExpiration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NONCURRENT_VERSION_EXPIRATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEEP_ARCHIVE`, `GLACIER`, `Glacier`, `GLACIER_IR`, `INTELLIGENT_TIERING`, `ONEZONE_IA`, `STANDARD_IA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// `GLACIER`
    Glacier,
    /// `Glacier`
    Glacier_,
    /// `GLACIER_IR`
    GlacierIr,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `STANDARD_IA`
    StandardIa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeepArchive => "DEEP_ARCHIVE",
            Self::Glacier => "GLACIER",
            Self::Glacier_ => "Glacier",
            Self::GlacierIr => "GLACIER_IR",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::OnezoneIa => "ONEZONE_IA",
            Self::StandardIa => "STANDARD_IA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEEP_ARCHIVE", "GLACIER", "Glacier", "GLACIER_IR", "INTELLIGENT_TIERING", "ONEZONE_IA", "STANDARD_IA"]
    }
}
impl ::std::convert::From<StorageClass> for ::forma_core::Value<StorageClass> {
    fn from(v: StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageClass {}

/// Container for the transition rule that describes when noncurrent objects transition to the `STANDARD_IA`, `ONEZONE_IA`, `INTELLIGENT_TIERING`, `GLACIER_IR`, `GLACIER`, or `DEEP_ARCHIVE` storage class.
#[derive(Debug, Clone, PartialEq)]
pub struct NoncurrentVersionTransition {
    props: ::forma_core::schema::Props,
}
impl NoncurrentVersionTransition {
    /// A new value with its required properties: `StorageClass`, `TransitionInDays`.
    pub fn new(
        storage_class: impl ::forma_core::schema::EnumArg<StorageClass>,
        transition_in_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, storage_class.into_enum_expr());
        props.set(2, transition_in_days.into().into_expr());
        Self { props }
    }
    /// Specifies how many noncurrent versions S3 will retain.
    pub fn newer_noncurrent_versions(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NoncurrentVersionTransition> for ::forma_core::Value<NoncurrentVersionTransition> {
    fn from(v: NoncurrentVersionTransition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NONCURRENT_VERSION_TRANSITION_TYPE.properties))
    }
}

/// Specifies when an object transitions to a specified storage class.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    props: ::forma_core::schema::Props,
}
impl Transition {
    /// A new value with its required properties: `StorageClass`.
    pub fn new(storage_class: impl ::forma_core::schema::EnumArg<StorageClass>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, storage_class.into_enum_expr());
        Self { props }
    }
    /// Indicates when objects are transitioned to the specified storage class.
    pub fn transition_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the number of days after creation when objects are transitioned to the specified storage class.
    pub fn transition_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Transition> for ::forma_core::Value<Transition> {
    fn from(v: Transition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `aws:kms`, `AES256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetadataTableEncryptionConfigurationSseAlgorithm {
    /// `aws:kms`
    AwsKms,
    /// `AES256`
    Aes256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetadataTableEncryptionConfigurationSseAlgorithm {
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
impl ::std::convert::From<MetadataTableEncryptionConfigurationSseAlgorithm>
    for ::forma_core::Value<MetadataTableEncryptionConfigurationSseAlgorithm>
{
    fn from(v: MetadataTableEncryptionConfigurationSseAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetadataTableEncryptionConfigurationSseAlgorithm {}

/// The encryption settings for an S3 Metadata journal table or inventory table configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataTableEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetadataTableEncryptionConfiguration {
    /// A new value with its required properties: `SseAlgorithm`.
    pub fn new(
        sse_algorithm: impl ::forma_core::schema::EnumArg<MetadataTableEncryptionConfigurationSseAlgorithm>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, sse_algorithm.into_enum_expr());
        Self { props }
    }
    /// If server-side encryption with KMSlong (KMS) keys (SSE-KMS) is specified, you must also specify the KMS key Amazon Resource Name (ARN).
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetadataTableEncryptionConfiguration>
    for ::forma_core::Value<MetadataTableEncryptionConfiguration>
{
    fn from(v: MetadataTableEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_TABLE_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expiration {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Expiration {
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
impl ::std::convert::From<Expiration> for ::forma_core::Value<Expiration> {
    fn from(v: Expiration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Expiration {}

/// The journal table record expiration settings for a journal table in an S3 Metadata configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordExpiration {
    props: ::forma_core::schema::Props,
}
impl RecordExpiration {
    /// A new value with its required properties: `Expiration`.
    pub fn new(expiration: impl ::forma_core::schema::EnumArg<Expiration>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, expiration.into_enum_expr());
        Self { props }
    }
    /// If you enable journal table record expiration, you can set the number of days to retain your journal table records.
    pub fn days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordExpiration> for ::forma_core::Value<RecordExpiration> {
    fn from(v: RecordExpiration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_EXPIRATION_TYPE.properties))
    }
}

/// Specifies object key name filtering rules.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationFilter {
    props: ::forma_core::schema::Props,
}
impl NotificationFilter {
    /// A new value with its required properties: `S3Key`.
    pub fn new(s3_key: impl ::std::convert::Into<::forma_core::Value<S3KeyFilter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotificationFilter> for ::forma_core::Value<NotificationFilter> {
    fn from(v: NotificationFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COMPLIANCE`, `GOVERNANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `COMPLIANCE`
    Compliance,
    /// `GOVERNANCE`
    Governance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Compliance => "COMPLIANCE",
            Self::Governance => "GOVERNANCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPLIANCE", "GOVERNANCE"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The container element for optionally specifying the default Object Lock retention settings for new objects placed in the specified bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultRetention {
    props: ::forma_core::schema::Props,
}
impl DefaultRetention {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of days that you want to specify for the default retention period.
    pub fn days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The default Object Lock event hold duration that you want to apply to new objects placed in the specified bucket.
    pub fn default_event_hold(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultEventHold>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The default Object Lock retention mode you want to apply to new objects placed in the specified bucket.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The number of years that you want to specify for the default retention period.
    pub fn years(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultRetention {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultRetention> for ::forma_core::Value<DefaultRetention> {
    fn from(v: DefaultRetention) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_RETENTION_TYPE.properties))
    }
}

/// Specifies whether Amazon S3 replicates delete markers.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteMarkerReplication {
    props: ::forma_core::schema::Props,
}
impl DeleteMarkerReplication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to replicate delete markers.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeleteMarkerReplication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeleteMarkerReplication> for ::forma_core::Value<DeleteMarkerReplication> {
    fn from(v: DeleteMarkerReplication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELETE_MARKER_REPLICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEEP_ARCHIVE`, `GLACIER`, `GLACIER_IR`, `INTELLIGENT_TIERING`, `ONEZONE_IA`, `REDUCED_REDUNDANCY`, `STANDARD`, `STANDARD_IA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationDestinationStorageClass {
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// `GLACIER`
    Glacier,
    /// `GLACIER_IR`
    GlacierIr,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `REDUCED_REDUNDANCY`
    ReducedRedundancy,
    /// `STANDARD`
    Standard,
    /// `STANDARD_IA`
    StandardIa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationDestinationStorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeepArchive => "DEEP_ARCHIVE",
            Self::Glacier => "GLACIER",
            Self::GlacierIr => "GLACIER_IR",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::OnezoneIa => "ONEZONE_IA",
            Self::ReducedRedundancy => "REDUCED_REDUNDANCY",
            Self::Standard => "STANDARD",
            Self::StandardIa => "STANDARD_IA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "DEEP_ARCHIVE",
            "GLACIER",
            "GLACIER_IR",
            "INTELLIGENT_TIERING",
            "ONEZONE_IA",
            "REDUCED_REDUNDANCY",
            "STANDARD",
            "STANDARD_IA",
        ]
    }
}
impl ::std::convert::From<ReplicationDestinationStorageClass>
    for ::forma_core::Value<ReplicationDestinationStorageClass>
{
    fn from(v: ReplicationDestinationStorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationDestinationStorageClass {}

/// A container for information about the replication destination and its configurations including enabling the S3 Replication Time Control (S3 RTC).
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationDestination {
    props: ::forma_core::schema::Props,
}
impl ReplicationDestination {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, bucket.into().into_expr());
        Self { props }
    }
    /// Specify this only in a cross-account scenario (where source and destination bucket owners are not the same), and you want to change replica ownership to the AWS-account that owns the destination bucket.
    pub fn access_control_translation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessControlTranslation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Destination bucket owner account ID.
    pub fn account(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies encryption-related information.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A container specifying replication metrics-related settings enabling replication metrics and events.
    pub fn metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<Metrics>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated.
    pub fn replication_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReplicationTime>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The storage class to use when replicating objects, such as S3 Standard or reduced redundancy.
    pub fn storage_class(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ReplicationDestinationStorageClass>,
    ) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ReplicationDestination> for ::forma_core::Value<ReplicationDestination> {
    fn from(v: ReplicationDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_DESTINATION_TYPE.properties))
    }
}

/// A filter that identifies the subset of objects to which the replication rule applies.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationRuleFilter {
    props: ::forma_core::schema::Props,
}
impl ReplicationRuleFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A container for specifying rule filters.
    pub fn and(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReplicationRuleAndOperator>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A container for specifying a tag key and value.
    pub fn tag_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<TagFilter>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicationRuleFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationRuleFilter> for ::forma_core::Value<ReplicationRuleFilter> {
    fn from(v: ReplicationRuleFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_RULE_FILTER_TYPE.properties))
    }
}

/// A container that describes additional filters for identifying the source objects that you want to replicate.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSelectionCriteria {
    props: ::forma_core::schema::Props,
}
impl SourceSelectionCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A filter that you can specify for selection for modifications on replicas.
    pub fn replica_modifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicaModifications>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A container for filter information for the selection of Amazon S3 objects encrypted with AWS KMS.
    pub fn sse_kms_encrypted_objects(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SseKmsEncryptedObjects>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceSelectionCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceSelectionCriteria> for ::forma_core::Value<SourceSelectionCriteria> {
    fn from(v: SourceSelectionCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_SELECTION_CRITERIA_TYPE.properties))
    }
}

/// Specifies how requests are redirected.
#[derive(Debug, Clone, PartialEq)]
pub struct RedirectRule {
    props: ::forma_core::schema::Props,
}
impl RedirectRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The host name to use in the redirect request.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The HTTP redirect code to use on the response.
    pub fn http_redirect_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Protocol to use when redirecting requests.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The object key prefix to use in the redirect request.
    pub fn replace_key_prefix_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The specific object key to use in the redirect request.
    pub fn replace_key_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RedirectRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RedirectRule> for ::forma_core::Value<RedirectRule> {
    fn from(v: RedirectRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDIRECT_RULE_TYPE.properties))
    }
}

/// A container for describing a condition that must be met for the specified redirect to apply.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingRuleCondition {
    props: ::forma_core::schema::Props,
}
impl RoutingRuleCondition {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of `HttpErrorCodeReturnedEquals` or `KeyPrefixEquals`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The HTTP error code when the redirect is applied.
    pub fn http_error_code_returned_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The object key name prefix when the redirect is applied.
    pub fn key_prefix_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RoutingRuleCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RoutingRuleCondition> for ::forma_core::Value<RoutingRuleCondition> {
    fn from(v: RoutingRuleCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_RULE_CONDITION_TYPE.properties))
    }
}

/// A container for object key name prefix and suffix filtering rules.
#[derive(Debug, Clone, PartialEq)]
pub struct S3KeyFilter {
    props: ::forma_core::schema::Props,
}
impl S3KeyFilter {
    /// A new value with its required properties: `Rules`.
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilterRule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3KeyFilter> for ::forma_core::Value<S3KeyFilter> {
    fn from(v: S3KeyFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_KEY_FILTER_TYPE.properties))
    }
}

/// The default Object Lock event hold duration that you want to apply to new objects placed in the specified bucket, unless an object's upload request specifies its own Object Lock settings.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultEventHold {
    props: ::forma_core::schema::Props,
}
impl DefaultEventHold {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of days that you want to specify for the default event hold duration.
    pub fn days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of years that you want to specify for the default event hold duration.
    pub fn years(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultEventHold {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultEventHold> for ::forma_core::Value<DefaultEventHold> {
    fn from(v: DefaultEventHold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_EVENT_HOLD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Destination`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Owner {
    /// `Destination`
    Destination,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Owner {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Destination => "Destination",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Destination"]
    }
}
impl ::std::convert::From<Owner> for ::forma_core::Value<Owner> {
    fn from(v: Owner) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Owner {}

/// Specify this only in a cross-account scenario (where source and destination bucket owners are not the same), and you want to change replica ownership to the AWS-account that owns the destination bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlTranslation {
    props: ::forma_core::schema::Props,
}
impl AccessControlTranslation {
    /// A new value with its required properties: `Owner`.
    pub fn new(owner: impl ::forma_core::schema::EnumArg<Owner>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, owner.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlTranslation> for ::forma_core::Value<AccessControlTranslation> {
    fn from(v: AccessControlTranslation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_TRANSLATION_TYPE.properties))
    }
}

/// Specifies encryption-related information for an Amazon S3 bucket that is a destination for replicated objects.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `ReplicaKmsKeyID`.
    pub fn new(replica_kms_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, replica_kms_key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// A container specifying replication metrics-related settings enabling replication metrics and events.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    props: ::forma_core::schema::Props,
}
impl Metrics {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, status.into_enum_expr());
        Self { props }
    }
    /// A container specifying the time threshold for emitting the `s3:Replication:OperationMissedThreshold` event.
    pub fn event_threshold(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationTimeValue>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Metrics> for ::forma_core::Value<Metrics> {
    fn from(v: Metrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_TYPE.properties))
    }
}

/// A container specifying S3 Replication Time Control (S3 RTC) related information, including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationTime {
    props: ::forma_core::schema::Props,
}
impl ReplicationTime {
    /// A new value with its required properties: `Status`, `Time`.
    pub fn new(
        status: impl ::forma_core::schema::EnumArg<Status>,
        time: impl ::std::convert::Into<::forma_core::Value<ReplicationTimeValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        props.set(1, time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationTime> for ::forma_core::Value<ReplicationTime> {
    fn from(v: ReplicationTime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_TIME_TYPE.properties))
    }
}

/// A container for specifying rule filters.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationRuleAndOperator {
    props: ::forma_core::schema::Props,
}
impl ReplicationRuleAndOperator {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An array of tags containing key and value pairs.
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicationRuleAndOperator {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationRuleAndOperator> for ::forma_core::Value<ReplicationRuleAndOperator> {
    fn from(v: ReplicationRuleAndOperator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_RULE_AND_OPERATOR_TYPE.properties))
    }
}

/// A filter that you can specify for selection for modifications on replicas.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaModifications {
    props: ::forma_core::schema::Props,
}
impl ReplicaModifications {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<RuleStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicaModifications> for ::forma_core::Value<ReplicaModifications> {
    fn from(v: ReplicaModifications) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICA_MODIFICATIONS_TYPE.properties))
    }
}

/// A container for filter information for the selection of S3 objects encrypted with AWS KMS.
#[derive(Debug, Clone, PartialEq)]
pub struct SseKmsEncryptedObjects {
    props: ::forma_core::schema::Props,
}
impl SseKmsEncryptedObjects {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SseKmsEncryptedObjects> for ::forma_core::Value<SseKmsEncryptedObjects> {
    fn from(v: SseKmsEncryptedObjects) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSE_KMS_ENCRYPTED_OBJECTS_TYPE.properties))
    }
}

/// Specifies the Amazon S3 object key name to filter on.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterRule {
    props: ::forma_core::schema::Props,
}
impl FilterRule {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FilterRule> for ::forma_core::Value<FilterRule> {
    fn from(v: FilterRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_RULE_TYPE.properties))
    }
}

/// A container specifying the time value for S3 Replication Time Control (S3 RTC) and replication metrics `EventThreshold`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationTimeValue {
    props: ::forma_core::schema::Props,
}
impl ReplicationTimeValue {
    /// A new value with its required properties: `Minutes`.
    pub fn new(minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationTimeValue> for ::forma_core::Value<ReplicationTimeValue> {
    fn from(v: ReplicationTimeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_TIME_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::S3::Bucket`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::Bucket",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbacStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "AccelerateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AuthenticatedRead",
                "AwsExecRead",
                "BucketOwnerFullControl",
                "BucketOwnerRead",
                "LogDeliveryWrite",
                "Private",
                "PublicRead",
                "PublicReadWrite",
            ]),
        },
        ::forma_core::schema::Property {
            name: "AnalyticsConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ANALYTICS_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
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
                pattern: Some("^([a-z0-9][a-z0-9.-]*[a-z0-9])?$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketNamePrefix",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketNamespace",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["global", "account-regional"]),
        },
        ::forma_core::schema::Property {
            name: "CorsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CORS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntelligentTieringConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTELLIGENT_TIERING_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "LoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetadataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetadataTableConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_TABLE_CONFIGURATION_TYPE),
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
            name: "NotificationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ObjectLockConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBJECT_LOCK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ObjectLockEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OwnershipControls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OWNERSHIP_CONTROLS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PublicAccessBlockConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_CONFIGURATION_TYPE),
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
            name: "VersioningConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERSIONING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebsiteConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEBSITE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "DomainName",
        "DualStackDomainName",
        "RegionalDomainName",
        "MetadataTableConfiguration.S3TablesDestination.TableNamespace",
        "MetadataTableConfiguration.S3TablesDestination.TableArn",
        "MetadataConfiguration.Destination",
        "MetadataConfiguration.JournalTableConfiguration.TableName",
        "MetadataConfiguration.JournalTableConfiguration.TableArn",
        "MetadataConfiguration.InventoryTableConfiguration.TableName",
        "MetadataConfiguration.InventoryTableConfiguration.TableArn",
        "MetadataConfiguration.AnnotationTableConfiguration.TableName",
        "MetadataConfiguration.AnnotationTableConfiguration.TableArn",
        "WebsiteURL",
    ],
};

static ACCELERATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.AccelerateConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AccelerationStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Suspended"]),
    }],
    rules: &[],
};

static ANALYTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.AnalyticsConfiguration",
    properties: &[
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
        ::forma_core::schema::Property {
            name: "StorageClassAnalysis",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_CLASS_ANALYSIS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static BUCKET_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.BucketEncryption",
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

static CORS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.CorsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CorsRules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CORS_RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static INTELLIGENT_TIERING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::Bucket.IntelligentTieringConfiguration",
        properties: &[
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
            ::forma_core::schema::Property {
                name: "Status",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
            },
            ::forma_core::schema::Property {
                name: "TagFilters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Tierings",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TIERING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static INVENTORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.InventoryConfiguration",
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
                    "ReplicationStatus",
                    "EncryptionStatus",
                    "ObjectLockRetainUntilDate",
                    "ObjectLockMode",
                    "ObjectLockLegalHoldStatus",
                    "ObjectLockEventHoldStatus",
                    "ObjectLockEventHoldDuration",
                    "IntelligentTieringAccessTier",
                    "BucketKeyStatus",
                    "ChecksumAlgorithm",
                    "ObjectAccessControlList",
                    "ObjectOwner",
                    "LifecycleExpirationDate",
                    "IntelligentTieringReferenceDate",
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
    name: "AWS::S3::Bucket.LifecycleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TransitionDefaultMinimumObjectSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["varies_by_storage_class", "all_storage_classes_128K"]),
        },
    ],
    rules: &[],
};

static LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationBucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogFilePrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetObjectKeyFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static METADATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.MetadataConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnnotationTableConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANNOTATION_TABLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InventoryTableConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVENTORY_TABLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JournalTableConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOURNAL_TABLE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static METADATA_TABLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.MetadataTableConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3TablesDestination",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_TABLES_DESTINATION_TYPE),
    }],
    rules: &[],
};

static METRICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.MetricsConfiguration",
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
        ::forma_core::schema::Property {
            name: "TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static NOTIFICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.NotificationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventBridgeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_BRIDGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAMBDA_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueueConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUEUE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static OBJECT_LOCK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ObjectLockConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectLockEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "Rule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBJECT_LOCK_RULE_TYPE),
        },
    ],
    rules: &[],
};

static OWNERSHIP_CONTROLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.OwnershipControls",
    properties: &[::forma_core::schema::Property {
        name: "Rules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&OWNERSHIP_CONTROLS_RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::Bucket.PublicAccessBlockConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BlockPublicAcls",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "BlockPublicPolicy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IgnorePublicAcls",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RestrictPublicBuckets",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static REPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICATION_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static VERSIONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.VersioningConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Suspended"]),
    }],
    rules: &[],
};

static WEBSITE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.WebsiteConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IndexDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RedirectAllRequestsTo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDIRECT_ALL_REQUESTS_TO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoutingRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ROUTING_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static STORAGE_CLASS_ANALYSIS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.StorageClassAnalysis",
    properties: &[::forma_core::schema::Property {
        name: "DataExport",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DATA_EXPORT_TYPE),
    }],
    rules: &[],
};

static TAG_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.TagFilter",
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

static SERVER_SIDE_ENCRYPTION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ServerSideEncryptionRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlockedEncryptionTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLOCKED_ENCRYPTION_TYPES_TYPE),
        },
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

static CORS_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.CorsRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedMethods",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["GET", "PUT", "HEAD", "POST", "DELETE"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedOrigins",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExposedHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "MaxAge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TIERING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.Tiering",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessTier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"]),
        },
        ::forma_core::schema::Property {
            name: "Days",
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

static DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.Destination",
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
    name: "AWS::S3::Bucket.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbortIncompleteMultipartUpload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpirationDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(\\d{4})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$",
                ),
                min_length: None,
                max_length: None,
            }),
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
            name: "ExpiredObjectDeleteMarker",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "NoncurrentVersionExpiration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NONCURRENT_VERSION_EXPIRATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoncurrentVersionExpirationInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NoncurrentVersionTransition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NONCURRENT_VERSION_TRANSITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoncurrentVersionTransitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NONCURRENT_VERSION_TRANSITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
        ::forma_core::schema::Property {
            name: "TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Transition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Transitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRANSITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::Excludes("ObjectSizeGreaterThan", &["AbortIncompleteMultipartUpload"]),
        ::forma_core::schema::Combination::Excludes("ObjectSizeLessThan", &["AbortIncompleteMultipartUpload"]),
    ],
};

static ANNOTATION_TABLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.AnnotationTableConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationState",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_TABLE_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METADATA_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.MetadataDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "TableBucketArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableBucketType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["aws", "customer"]),
        },
        ::forma_core::schema::Property {
            name: "TableNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INVENTORY_TABLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.InventoryTableConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationState",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_TABLE_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JOURNAL_TABLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.JournalTableConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_TABLE_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordExpiration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORD_EXPIRATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_TABLES_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.S3TablesDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "TableArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableBucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EVENT_BRIDGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.EventBridgeConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EventBridgeEnabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static LAMBDA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.LambdaConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Event",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Function",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static QUEUE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.QueueConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Event",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Queue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TOPIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.TopicConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Event",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Topic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OBJECT_LOCK_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ObjectLockRule",
    properties: &[::forma_core::schema::Property {
        name: "DefaultRetention",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DEFAULT_RETENTION_TYPE),
    }],
    rules: &[],
};

static OWNERSHIP_CONTROLS_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.OwnershipControlsRule",
    properties: &[::forma_core::schema::Property {
        name: "ObjectOwnership",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ObjectWriter", "BucketOwnerPreferred", "BucketOwnerEnforced"]),
    }],
    rules: &[],
};

static REPLICATION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteMarkerReplication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DELETE_MARKER_REPLICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_RULE_FILTER_TYPE),
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
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceSelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_SELECTION_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
    ],
    rules: &[],
};

static REDIRECT_ALL_REQUESTS_TO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.RedirectAllRequestsTo",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https"]),
        },
    ],
    rules: &[],
};

static ROUTING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.RoutingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RedirectRule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDIRECT_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoutingRuleCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_RULE_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_EXPORT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.DataExport",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputSchemaVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BLOCKED_ENCRYPTION_TYPES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.BlockedEncryptionTypes",
    properties: &[::forma_core::schema::Property {
        name: "EncryptionType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["NONE", "SSE-C"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SERVER_SIDE_ENCRYPTION_BY_DEFAULT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::Bucket.ServerSideEncryptionByDefault",
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
                shape: ::forma_core::schema::Shape::Enum(&["aws:kms", "AES256", "aws:kms:dsse"]),
            },
        ],
        rules: &[],
    };

static ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::Bucket.AbortIncompleteMultipartUpload",
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

static NONCURRENT_VERSION_EXPIRATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.NoncurrentVersionExpiration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NewerNoncurrentVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NoncurrentDays",
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

static NONCURRENT_VERSION_TRANSITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.NoncurrentVersionTransition",
    properties: &[
        ::forma_core::schema::Property {
            name: "NewerNoncurrentVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DEEP_ARCHIVE",
                "GLACIER",
                "Glacier",
                "GLACIER_IR",
                "INTELLIGENT_TIERING",
                "ONEZONE_IA",
                "STANDARD_IA",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TransitionInDays",
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

static TRANSITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.Transition",
    properties: &[
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DEEP_ARCHIVE",
                "GLACIER",
                "Glacier",
                "GLACIER_IR",
                "INTELLIGENT_TIERING",
                "ONEZONE_IA",
                "STANDARD_IA",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TransitionDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(\\d{4})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TransitionInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static METADATA_TABLE_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::Bucket.MetadataTableEncryptionConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "KmsKeyArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SseAlgorithm",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["aws:kms", "AES256"]),
            },
        ],
        rules: &[],
    };

static RECORD_EXPIRATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.RecordExpiration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Days",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Expiration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static NOTIFICATION_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.NotificationFilter",
    properties: &[::forma_core::schema::Property {
        name: "S3Key",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_KEY_FILTER_TYPE),
    }],
    rules: &[],
};

static DEFAULT_RETENTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.DefaultRetention",
    properties: &[
        ::forma_core::schema::Property {
            name: "Days",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultEventHold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_EVENT_HOLD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMPLIANCE", "GOVERNANCE"]),
        },
        ::forma_core::schema::Property {
            name: "Years",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DELETE_MARKER_REPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.DeleteMarkerReplication",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
    }],
    rules: &[],
};

static REPLICATION_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessControlTranslation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_TRANSLATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Account",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplicationTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_TIME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DEEP_ARCHIVE",
                "GLACIER",
                "GLACIER_IR",
                "INTELLIGENT_TIERING",
                "ONEZONE_IA",
                "REDUCED_REDUNDANCY",
                "STANDARD",
                "STANDARD_IA",
            ]),
        },
    ],
    rules: &[],
};

static REPLICATION_RULE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationRuleFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "And",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_RULE_AND_OPERATOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static SOURCE_SELECTION_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.SourceSelectionCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReplicaModifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICA_MODIFICATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SseKmsEncryptedObjects",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSE_KMS_ENCRYPTED_OBJECTS_TYPE),
        },
    ],
    rules: &[],
};

static REDIRECT_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.RedirectRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HttpRedirectCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https"]),
        },
        ::forma_core::schema::Property {
            name: "ReplaceKeyPrefixWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplaceKeyWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROUTING_RULE_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.RoutingRuleCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpErrorCodeReturnedEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyPrefixEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["HttpErrorCodeReturnedEquals"], &["KeyPrefixEquals"]])],
};

static S3_KEY_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.S3KeyFilter",
    properties: &[::forma_core::schema::Property {
        name: "Rules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&FILTER_RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static DEFAULT_EVENT_HOLD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.DefaultEventHold",
    properties: &[
        ::forma_core::schema::Property {
            name: "Days",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Years",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ACCESS_CONTROL_TRANSLATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.AccessControlTranslation",
    properties: &[::forma_core::schema::Property {
        name: "Owner",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Destination"]),
    }],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.EncryptionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ReplicaKmsKeyID",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.Metrics",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_TIME_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
    ],
    rules: &[],
};

static REPLICATION_TIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationTime",
    properties: &[
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "Time",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_TIME_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static REPLICATION_RULE_AND_OPERATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationRuleAndOperator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static REPLICA_MODIFICATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicaModifications",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
    }],
    rules: &[],
};

static SSE_KMS_ENCRYPTED_OBJECTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.SseKmsEncryptedObjects",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
    }],
    rules: &[],
};

static FILTER_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.FilterRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
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

static REPLICATION_TIME_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::Bucket.ReplicationTimeValue",
    properties: &[::forma_core::schema::Property {
        name: "Minutes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};
