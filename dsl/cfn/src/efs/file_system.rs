// @generated from AWS::EFS::FileSystem (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EFS::FileSystem` and its property types.

/// The `AWS::EFS::FileSystem` resource creates a new, empty file system in EFSlong (EFS).
///
/// CloudFormation type `AWS::EFS::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystem {
    props: ::forma_core::schema::Props,
}
impl FileSystem {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For One Zone file systems, specify the AWS Availability Zone in which to create the file system.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Use the `BackupPolicy` to turn automatic backups on or off for the file system.
    #[track_caller]
    pub fn backup_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<BackupPolicy>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// (Optional) A boolean that specifies whether or not to bypass the `FileSystemPolicy` lockout safety check.
    #[track_caller]
    pub fn bypass_policy_lockout_safety_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean value that, if true, creates an encrypted file system.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FileSystemPolicy`.
    #[track_caller]
    pub fn file_system_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the protection on the file system.
    #[track_caller]
    pub fn file_system_protection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FileSystemProtection>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Use to create one or more tags associated with the file system.
    #[track_caller]
    pub fn file_system_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ElasticFileSystemTag>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the kms-key-long to be used to protect the encrypted file system.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of `LifecyclePolicy` objects that define the file system's `LifecycleConfiguration` object.
    #[track_caller]
    pub fn lifecycle_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LifecyclePolicy>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The performance mode of the file system.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn performance_mode(mut self, value: impl ::forma_core::schema::EnumArg<PerformanceMode>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The throughput, measured in mebibytes per second (MiBps), that you want to provision for a file system that you're creating.
    ///
    /// Allowed: at least 1.0.
    #[track_caller]
    pub fn provisioned_throughput_in_mibps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the replication configuration for a specific file system.
    #[track_caller]
    pub fn replication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the throughput mode for the file system.
    #[track_caller]
    pub fn throughput_mode(mut self, value: impl ::forma_core::schema::EnumArg<ThroughputMode>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for FileSystem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for FileSystem {
    type Attributes = FileSystemAttributes;
    fn type_name(&self) -> &str {
        "AWS::EFS::FileSystem"
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
/// The attributes of a `AWS::EFS::FileSystem` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FileSystemAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FileSystemAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FileSystemAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `FileSystemId`.
    pub fn file_system_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileSystemId")
    }
    /// `Fn::GetAtt` `ReplicationConfiguration.Destinations.*.Status`.
    pub fn replication_configuration_destinations_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReplicationConfiguration.Destinations.*.Status")
    }
    /// `Fn::GetAtt` `ReplicationConfiguration.Destinations.*.StatusMessage`.
    pub fn replication_configuration_destinations_status_message(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReplicationConfiguration.Destinations.*.StatusMessage")
    }
}

/// The values CloudFormation documents: `generalPurpose`, `maxIO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PerformanceMode {
    /// `generalPurpose`
    GeneralPurpose,
    /// `maxIO`
    MaxIo,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PerformanceMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GeneralPurpose => "generalPurpose",
            Self::MaxIo => "maxIO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["generalPurpose", "maxIO"]
    }
}
impl ::std::convert::From<PerformanceMode> for ::forma_core::Value<PerformanceMode> {
    fn from(v: PerformanceMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PerformanceMode {}

/// The values CloudFormation documents: `bursting`, `elastic`, `provisioned`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThroughputMode {
    /// `bursting`
    Bursting,
    /// `elastic`
    Elastic,
    /// `provisioned`
    Provisioned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThroughputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bursting => "bursting",
            Self::Elastic => "elastic",
            Self::Provisioned => "provisioned",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["bursting", "elastic", "provisioned"]
    }
}
impl ::std::convert::From<ThroughputMode> for ::forma_core::Value<ThroughputMode> {
    fn from(v: ThroughputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThroughputMode {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The backup policy turns automatic backups for the file system on or off.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupPolicy {
    props: ::forma_core::schema::Props,
}
impl BackupPolicy {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<BackupPolicy> for ::forma_core::Value<BackupPolicy> {
    fn from(v: BackupPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKUP_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationOverwriteProtection {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationOverwriteProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<ReplicationOverwriteProtection> for ::forma_core::Value<ReplicationOverwriteProtection> {
    fn from(v: ReplicationOverwriteProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationOverwriteProtection {}

/// Describes the protection on the file system.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemProtection {
    props: ::forma_core::schema::Props,
}
impl FileSystemProtection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The status of the file system's replication overwrite protection.
    pub fn replication_overwrite_protection(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ReplicationOverwriteProtection>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FileSystemProtection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FileSystemProtection> for ::forma_core::Value<FileSystemProtection> {
    fn from(v: FileSystemProtection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_SYSTEM_PROTECTION_TYPE.properties))
    }
}

/// A tag is a key-value pair attached to a file system.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticFileSystemTag {
    props: ::forma_core::schema::Props,
}
impl ElasticFileSystemTag {
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
impl ::std::convert::From<ElasticFileSystemTag> for ::forma_core::Value<ElasticFileSystemTag> {
    fn from(v: ElasticFileSystemTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTIC_FILE_SYSTEM_TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AFTER_14_DAYS`, `AFTER_180_DAYS`, `AFTER_1_DAY`, `AFTER_270_DAYS`, `AFTER_30_DAYS`, `AFTER_365_DAYS`, `AFTER_60_DAYS`, `AFTER_7_DAYS`, `AFTER_90_DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitionToArchive {
    /// `AFTER_14_DAYS`
    After14Days,
    /// `AFTER_180_DAYS`
    After180Days,
    /// `AFTER_1_DAY`
    After1Day,
    /// `AFTER_270_DAYS`
    After270Days,
    /// `AFTER_30_DAYS`
    After30Days,
    /// `AFTER_365_DAYS`
    After365Days,
    /// `AFTER_60_DAYS`
    After60Days,
    /// `AFTER_7_DAYS`
    After7Days,
    /// `AFTER_90_DAYS`
    After90Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitionToArchive {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::After14Days => "AFTER_14_DAYS",
            Self::After180Days => "AFTER_180_DAYS",
            Self::After1Day => "AFTER_1_DAY",
            Self::After270Days => "AFTER_270_DAYS",
            Self::After30Days => "AFTER_30_DAYS",
            Self::After365Days => "AFTER_365_DAYS",
            Self::After60Days => "AFTER_60_DAYS",
            Self::After7Days => "AFTER_7_DAYS",
            Self::After90Days => "AFTER_90_DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AFTER_14_DAYS",
            "AFTER_180_DAYS",
            "AFTER_1_DAY",
            "AFTER_270_DAYS",
            "AFTER_30_DAYS",
            "AFTER_365_DAYS",
            "AFTER_60_DAYS",
            "AFTER_7_DAYS",
            "AFTER_90_DAYS",
        ]
    }
}
impl ::std::convert::From<TransitionToArchive> for ::forma_core::Value<TransitionToArchive> {
    fn from(v: TransitionToArchive) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitionToArchive {}

/// The values CloudFormation documents: `AFTER_14_DAYS`, `AFTER_180_DAYS`, `AFTER_1_DAY`, `AFTER_270_DAYS`, `AFTER_30_DAYS`, `AFTER_365_DAYS`, `AFTER_60_DAYS`, `AFTER_7_DAYS`, `AFTER_90_DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitionToIa {
    /// `AFTER_14_DAYS`
    After14Days,
    /// `AFTER_180_DAYS`
    After180Days,
    /// `AFTER_1_DAY`
    After1Day,
    /// `AFTER_270_DAYS`
    After270Days,
    /// `AFTER_30_DAYS`
    After30Days,
    /// `AFTER_365_DAYS`
    After365Days,
    /// `AFTER_60_DAYS`
    After60Days,
    /// `AFTER_7_DAYS`
    After7Days,
    /// `AFTER_90_DAYS`
    After90Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitionToIa {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::After14Days => "AFTER_14_DAYS",
            Self::After180Days => "AFTER_180_DAYS",
            Self::After1Day => "AFTER_1_DAY",
            Self::After270Days => "AFTER_270_DAYS",
            Self::After30Days => "AFTER_30_DAYS",
            Self::After365Days => "AFTER_365_DAYS",
            Self::After60Days => "AFTER_60_DAYS",
            Self::After7Days => "AFTER_7_DAYS",
            Self::After90Days => "AFTER_90_DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AFTER_14_DAYS",
            "AFTER_180_DAYS",
            "AFTER_1_DAY",
            "AFTER_270_DAYS",
            "AFTER_30_DAYS",
            "AFTER_365_DAYS",
            "AFTER_60_DAYS",
            "AFTER_7_DAYS",
            "AFTER_90_DAYS",
        ]
    }
}
impl ::std::convert::From<TransitionToIa> for ::forma_core::Value<TransitionToIa> {
    fn from(v: TransitionToIa) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitionToIa {}

/// The values CloudFormation documents: `AFTER_1_ACCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitionToPrimaryStorageClass {
    /// `AFTER_1_ACCESS`
    After1Access,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitionToPrimaryStorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::After1Access => "AFTER_1_ACCESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AFTER_1_ACCESS"]
    }
}
impl ::std::convert::From<TransitionToPrimaryStorageClass> for ::forma_core::Value<TransitionToPrimaryStorageClass> {
    fn from(v: TransitionToPrimaryStorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitionToPrimaryStorageClass {}

/// Describes a policy used by Lifecycle management that specifies when to transition files into and out of the EFS storage classes.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecyclePolicy {
    props: ::forma_core::schema::Props,
}
impl LifecyclePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of days after files were last accessed in primary storage (the Standard storage class) at which to move them to Archive storage.
    pub fn transition_to_archive(mut self, value: impl ::forma_core::schema::EnumArg<TransitionToArchive>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The number of days after files were last accessed in primary storage (the Standard storage class) at which to move them to Infrequent Access (IA) storage.
    pub fn transition_to_ia(mut self, value: impl ::forma_core::schema::EnumArg<TransitionToIa>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Whether to move files back to primary (Standard) storage after they are accessed in IA or Archive storage.
    pub fn transition_to_primary_storage_class(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TransitionToPrimaryStorageClass>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LifecyclePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LifecyclePolicy> for ::forma_core::Value<LifecyclePolicy> {
    fn from(v: LifecyclePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_POLICY_TYPE.properties))
    }
}

/// Describes the replication configuration for a specific file system.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of destination objects.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationDestination>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationConfiguration> for ::forma_core::Value<ReplicationConfiguration> {
    fn from(v: ReplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the destination file system in the replication configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationDestination {
    props: ::forma_core::schema::Props,
}
impl ReplicationDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For One Zone file systems, the replication configuration must specify the Availability Zone in which the destination file system is located.
    pub fn availability_zone_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the destination Amazon EFS file system.
    pub fn file_system_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ID of an kms-key-long used to protect the encrypted file system.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The AWS-Region in which the destination file system is located.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the current source file system in the replication configuration.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Describes the status of the replication configuration.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Message that provides details about the `PAUSED` or `ERRROR` state of the replication destination configuration.
    pub fn status_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicationDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationDestination> for ::forma_core::Value<ReplicationDestination> {
    fn from(v: ReplicationDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::EFS::FileSystem`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::EFS::FileSystem",
properties: &[
::forma_core::schema::Property { name: "AvailabilityZoneName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.+$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "BackupPolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&BACKUP_POLICY_TYPE) },
::forma_core::schema::Property { name: "BypassPolicyLockoutSafetyCheck", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Encrypted", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "FileSystemPolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "FileSystemProtection", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&FILE_SYSTEM_PROTECTION_TYPE) },
::forma_core::schema::Property { name: "FileSystemTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ELASTIC_FILE_SYSTEM_TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+|(arn:aws[-a-z]*:kms:[a-z0-9-]+:\\d{12}:((key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(key/mrk-[0-9a-f]{32})|(alias/[a-zA-Z0-9/_-]+))))$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LifecyclePolicies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&LIFECYCLE_POLICY_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) }) },
::forma_core::schema::Property { name: "PerformanceMode", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["generalPurpose", "maxIO"]) },
::forma_core::schema::Property { name: "ProvisionedThroughputInMibps", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "ReplicationConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&REPLICATION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ThroughputMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["bursting", "elastic", "provisioned"]) },
],
rules: &[],
attributes: &["Arn", "FileSystemId", "ReplicationConfiguration.Destinations.*.Status", "ReplicationConfiguration.Destinations.*.StatusMessage"],
};

static BACKUP_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::FileSystem.BackupPolicy",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
    }],
    rules: &[],
};

static FILE_SYSTEM_PROTECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::FileSystem.FileSystemProtection",
    properties: &[::forma_core::schema::Property {
        name: "ReplicationOverwriteProtection",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
    }],
    rules: &[],
};

static ELASTIC_FILE_SYSTEM_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::FileSystem.ElasticFileSystemTag",
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

static LIFECYCLE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::FileSystem.LifecyclePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "TransitionToArchive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AFTER_14_DAYS",
                "AFTER_180_DAYS",
                "AFTER_1_DAY",
                "AFTER_270_DAYS",
                "AFTER_30_DAYS",
                "AFTER_365_DAYS",
                "AFTER_60_DAYS",
                "AFTER_7_DAYS",
                "AFTER_90_DAYS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TransitionToIA",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AFTER_14_DAYS",
                "AFTER_180_DAYS",
                "AFTER_1_DAY",
                "AFTER_270_DAYS",
                "AFTER_30_DAYS",
                "AFTER_365_DAYS",
                "AFTER_60_DAYS",
                "AFTER_7_DAYS",
                "AFTER_90_DAYS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TransitionToPrimaryStorageClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AFTER_1_ACCESS"]),
        },
    ],
    rules: &[],
};

static REPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::FileSystem.ReplicationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Destinations",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&REPLICATION_DESTINATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static REPLICATION_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::FileSystem.ReplicationDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZoneName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StatusMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
