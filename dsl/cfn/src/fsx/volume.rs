// @generated from AWS::FSx::Volume (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FSx::Volume` and its property types.

/// Resource Type definition for AWS::FSx::Volume
///
/// CloudFormation type `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    props: ::forma_core::schema::Props,
}
impl Volume {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies the ID of the volume backup to use to create a new volume.
    ///
    /// Allowed: length 12 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn backup_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of an Amazon FSx for NetApp ONTAP volume.
    #[track_caller]
    pub fn ontap_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OntapConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of an Amazon FSx for OpenZFS volume.
    #[track_caller]
    pub fn open_zfs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenZfsConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the volume.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Volume {
    type Attributes = VolumeAttributes;
    fn type_name(&self) -> &str {
        "AWS::FSx::Volume"
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
/// The attributes of a `AWS::FSx::Volume` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VolumeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VolumeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VolumeAttributes {
    /// `Fn::GetAtt` `ResourceARN`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceARN")
    }
    /// `Fn::GetAtt` `VolumeId`.
    pub fn volume_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VolumeId")
    }
    /// `Fn::GetAtt` `UUID`.
    pub fn uuid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UUID")
    }
}

/// The values CloudFormation documents: `ONTAP`, `OPENZFS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeType {
    /// `ONTAP`
    Ontap,
    /// `OPENZFS`
    Openzfs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VolumeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ontap => "ONTAP",
            Self::Openzfs => "OPENZFS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONTAP", "OPENZFS"]
    }
}
impl ::std::convert::From<VolumeType> for ::forma_core::Value<VolumeType> {
    fn from(v: VolumeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VolumeType {}

/// The values CloudFormation documents: `DP`, `RW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OntapVolumeType {
    /// `DP`
    Dp,
    /// `RW`
    Rw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OntapVolumeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dp => "DP",
            Self::Rw => "RW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DP", "RW"]
    }
}
impl ::std::convert::From<OntapVolumeType> for ::forma_core::Value<OntapVolumeType> {
    fn from(v: OntapVolumeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OntapVolumeType {}

/// The values CloudFormation documents: `MIXED`, `NTFS`, `UNIX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityStyle {
    /// `MIXED`
    Mixed,
    /// `NTFS`
    Ntfs,
    /// `UNIX`
    Unix,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecurityStyle {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mixed => "MIXED",
            Self::Ntfs => "NTFS",
            Self::Unix => "UNIX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MIXED", "NTFS", "UNIX"]
    }
}
impl ::std::convert::From<SecurityStyle> for ::forma_core::Value<SecurityStyle> {
    fn from(v: SecurityStyle) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecurityStyle {}

/// The values CloudFormation documents: `FLEXGROUP`, `FLEXVOL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeStyle {
    /// `FLEXGROUP`
    Flexgroup,
    /// `FLEXVOL`
    Flexvol,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VolumeStyle {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Flexgroup => "FLEXGROUP",
            Self::Flexvol => "FLEXVOL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLEXGROUP", "FLEXVOL"]
    }
}
impl ::std::convert::From<VolumeStyle> for ::forma_core::Value<VolumeStyle> {
    fn from(v: VolumeStyle) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VolumeStyle {}

/// The `OntapConfiguration` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct OntapConfiguration {
    props: ::forma_core::schema::Props,
}
impl OntapConfiguration {
    /// A new value with its required properties: `StorageVirtualMachineId`.
    pub fn new(
        storage_virtual_machine_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(10, storage_virtual_machine_id.into().into_expr());
        Self { props }
    }
    /// Used to specify the configuration options for an FSx for ONTAP volume's storage aggregate or aggregates.
    pub fn aggregate_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AggregateConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A boolean flag indicating whether tags for the volume should be copied to backups.
    pub fn copy_tags_to_backups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the location in the SVM's namespace where the volume is mounted.
    ///
    /// Allowed: length 1 to 255.
    pub fn junction_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the type of volume you are creating.
    pub fn ontap_volume_type(mut self, value: impl ::forma_core::schema::EnumArg<OntapVolumeType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Specifies the security style for the volume.
    pub fn security_style(mut self, value: impl ::forma_core::schema::EnumArg<SecurityStyle>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Specifies the configured size of the volume, in bytes.
    ///
    /// Allowed: 0 to 22517998000000000.
    pub fn size_in_bytes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Use SizeInBytes instead.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn size_in_megabytes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The SnapLock configuration object for an FSx for ONTAP SnapLock volume.
    pub fn snaplock_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnaplockConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies the snapshot policy for the volume.
    ///
    /// Allowed: length 1 to 255.
    pub fn snapshot_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Set to true to enable deduplication, compression, and compaction storage efficiency features on the volume, or set to false to disable them.
    pub fn storage_efficiency_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Describes the data tiering policy for an ONTAP volume.
    pub fn tiering_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<TieringPolicy>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Use to specify the style of an ONTAP volume.
    pub fn volume_style(mut self, value: impl ::forma_core::schema::EnumArg<VolumeStyle>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<OntapConfiguration> for ::forma_core::Value<OntapConfiguration> {
    fn from(v: OntapConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONTAP_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LZ4`, `NONE`, `ZSTD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataCompressionType {
    /// `LZ4`
    Lz4,
    /// `NONE`
    None,
    /// `ZSTD`
    Zstd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataCompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lz4 => "LZ4",
            Self::None => "NONE",
            Self::Zstd => "ZSTD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LZ4", "NONE", "ZSTD"]
    }
}
impl ::std::convert::From<DataCompressionType> for ::forma_core::Value<DataCompressionType> {
    fn from(v: DataCompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataCompressionType {}

/// The `OpenZFSConfiguration` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenZfsConfiguration {
    props: ::forma_core::schema::Props,
}
impl OpenZfsConfiguration {
    /// A new value with its required properties: `ParentVolumeId`.
    pub fn new(parent_volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, parent_volume_id.into().into_expr());
        Self { props }
    }
    /// A Boolean value indicating whether tags for the volume should be copied to snapshots.
    pub fn copy_tags_to_snapshots(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the method used to compress the data on the volume
    pub fn data_compression_type(mut self, value: impl ::forma_core::schema::EnumArg<DataCompressionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The configuration object for mounting a Network File System (NFS) file system.
    pub fn nfs_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NfsExports>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The configuration object for mounting a Network File System (NFS) file system.
    pub fn options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The configuration of an Amazon FSx for OpenZFS volume.
    pub fn origin_snapshot(mut self, value: impl ::std::convert::Into<::forma_core::Value<OriginSnapshot>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A Boolean value indicating whether the volume is read-only.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the suggested block size for a volume in a ZFS dataset, in kibibytes (KiB).
    ///
    /// Allowed: 4 to 4096.
    pub fn record_size_ki_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Sets the maximum storage size in gibibytes (GiB) for the volume.
    ///
    /// Allowed: -1 to 2147483647.
    pub fn storage_capacity_quota_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies the amount of storage in gibibytes (GiB) to reserve from the parent volume.
    ///
    /// Allowed: -1 to 2147483647.
    pub fn storage_capacity_reservation_gi_b(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Configures how much storage users and groups can use on the volume.
    pub fn user_and_group_quotas(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserAndGroupQuotas>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OpenZfsConfiguration> for ::forma_core::Value<OpenZfsConfiguration> {
    fn from(v: OpenZfsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_ZFS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::FSx::Volume`.
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

/// The `AggregateConfiguration` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregateConfiguration {
    props: ::forma_core::schema::Props,
}
impl AggregateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of aggregates that this volume resides on.
    pub fn aggregates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Used to explicitly set the number of constituents within the FlexGroup per storage aggregate.
    ///
    /// Allowed: 1 to 200.
    pub fn constituents_per_aggregate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AggregateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AggregateConfiguration> for ::forma_core::Value<AggregateConfiguration> {
    fn from(v: AggregateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGGREGATE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `PERMANENTLY_DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivilegedDelete {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `PERMANENTLY_DISABLED`
    PermanentlyDisabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrivilegedDelete {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::PermanentlyDisabled => "PERMANENTLY_DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "PERMANENTLY_DISABLED"]
    }
}
impl ::std::convert::From<PrivilegedDelete> for ::forma_core::Value<PrivilegedDelete> {
    fn from(v: PrivilegedDelete) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrivilegedDelete {}

/// The values CloudFormation documents: `COMPLIANCE`, `ENTERPRISE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnaplockType {
    /// `COMPLIANCE`
    Compliance,
    /// `ENTERPRISE`
    Enterprise,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SnaplockType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Compliance => "COMPLIANCE",
            Self::Enterprise => "ENTERPRISE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPLIANCE", "ENTERPRISE"]
    }
}
impl ::std::convert::From<SnaplockType> for ::forma_core::Value<SnaplockType> {
    fn from(v: SnaplockType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SnaplockType {}

/// The `SnaplockConfiguration` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnaplockConfiguration {
    props: ::forma_core::schema::Props,
}
impl SnaplockConfiguration {
    /// A new value with its required properties: `SnaplockType`.
    pub fn new(snaplock_type: impl ::forma_core::schema::EnumArg<SnaplockType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, snaplock_type.into_enum_expr());
        Self { props }
    }
    /// Enables or disables the audit log volume for an FSx for ONTAP SnapLock volume
    pub fn audit_log_volume(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration object for setting the autocommit period of files in an FSx for ONTAP SnapLock volume.
    pub fn autocommit_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutocommitPeriod>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Enables, disables, or permanently disables privileged delete on an FSx for ONTAP SnapLock Enterprise volume.
    pub fn privileged_delete(mut self, value: impl ::forma_core::schema::EnumArg<PrivilegedDelete>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies the retention period of an FSx for ONTAP SnapLock volume.
    pub fn retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnaplockRetentionPeriod>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Enables or disables volume-append mode on an FSx for ONTAP SnapLock volume.
    pub fn volume_append_mode_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SnaplockConfiguration> for ::forma_core::Value<SnaplockConfiguration> {
    fn from(v: SnaplockConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAPLOCK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `AUTO`, `NONE`, `SNAPSHOT_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `ALL`
    All,
    /// `AUTO`
    Auto,
    /// `NONE`
    None,
    /// `SNAPSHOT_ONLY`
    SnapshotOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Auto => "AUTO",
            Self::None => "NONE",
            Self::SnapshotOnly => "SNAPSHOT_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "AUTO", "NONE", "SNAPSHOT_ONLY"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// Describes the data tiering policy for an ONTAP volume.
#[derive(Debug, Clone, PartialEq)]
pub struct TieringPolicy {
    props: ::forma_core::schema::Props,
}
impl TieringPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the number of days that user data in a volume must remain inactive before it is considered "cold" and moved to the capacity pool.
    ///
    /// Allowed: 2 to 183.
    pub fn cooling_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the tiering policy used to transition data.
    pub fn name(mut self, value: impl ::forma_core::schema::EnumArg<Name>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TieringPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TieringPolicy> for ::forma_core::Value<TieringPolicy> {
    fn from(v: TieringPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIERING_POLICY_TYPE.properties))
    }
}

/// The `NfsExports` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct NfsExports {
    props: ::forma_core::schema::Props,
}
impl NfsExports {
    /// A new value with its required properties: `ClientConfigurations`.
    pub fn new(
        client_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClientConfigurations>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_configurations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NfsExports> for ::forma_core::Value<NfsExports> {
    fn from(v: NfsExports) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NFS_EXPORTS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLONE`, `FULL_COPY`, `INCREMENTAL_COPY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CopyStrategy {
    /// `CLONE`
    Clone,
    /// `FULL_COPY`
    FullCopy,
    /// `INCREMENTAL_COPY`
    IncrementalCopy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CopyStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Clone => "CLONE",
            Self::FullCopy => "FULL_COPY",
            Self::IncrementalCopy => "INCREMENTAL_COPY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLONE", "FULL_COPY", "INCREMENTAL_COPY"]
    }
}
impl ::std::convert::From<CopyStrategy> for ::forma_core::Value<CopyStrategy> {
    fn from(v: CopyStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CopyStrategy {}

/// The `OriginSnapshot` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginSnapshot {
    props: ::forma_core::schema::Props,
}
impl OriginSnapshot {
    /// A new value with its required properties: `CopyStrategy`, `SnapshotARN`.
    pub fn new(
        copy_strategy: impl ::forma_core::schema::EnumArg<CopyStrategy>,
        snapshot_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, copy_strategy.into_enum_expr());
        props.set(1, snapshot_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginSnapshot> for ::forma_core::Value<OriginSnapshot> {
    fn from(v: OriginSnapshot) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_SNAPSHOT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GROUP`, `USER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `GROUP`
    Group,
    /// `USER`
    User,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "GROUP",
            Self::User => "USER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GROUP", "USER"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `UserAndGroupQuotas` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserAndGroupQuotas {
    props: ::forma_core::schema::Props,
}
impl UserAndGroupQuotas {
    /// A new value with its required properties: `Id`, `StorageCapacityQuotaGiB`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        storage_capacity_quota_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, storage_capacity_quota_gi_b.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<UserAndGroupQuotas> for ::forma_core::Value<UserAndGroupQuotas> {
    fn from(v: UserAndGroupQuotas) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_AND_GROUP_QUOTAS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`, `HOURS`, `MINUTES`, `MONTHS`, `NONE`, `YEARS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutocommitPeriodType {
    /// `DAYS`
    Days,
    /// `HOURS`
    Hours,
    /// `MINUTES`
    Minutes,
    /// `MONTHS`
    Months,
    /// `NONE`
    None,
    /// `YEARS`
    Years,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutocommitPeriodType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Hours => "HOURS",
            Self::Minutes => "MINUTES",
            Self::Months => "MONTHS",
            Self::None => "NONE",
            Self::Years => "YEARS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS", "HOURS", "MINUTES", "MONTHS", "NONE", "YEARS"]
    }
}
impl ::std::convert::From<AutocommitPeriodType> for ::forma_core::Value<AutocommitPeriodType> {
    fn from(v: AutocommitPeriodType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutocommitPeriodType {}

/// The `AutocommitPeriod` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutocommitPeriod {
    props: ::forma_core::schema::Props,
}
impl AutocommitPeriod {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<AutocommitPeriodType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
    /// Defines the amount of time for the autocommit period of a file in an FSx for ONTAP SnapLock volume.
    ///
    /// Allowed: 1 to 65535.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutocommitPeriod> for ::forma_core::Value<AutocommitPeriod> {
    fn from(v: AutocommitPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOCOMMIT_PERIOD_TYPE.properties))
    }
}

/// The `SnaplockRetentionPeriod` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnaplockRetentionPeriod {
    props: ::forma_core::schema::Props,
}
impl SnaplockRetentionPeriod {
    /// A new value with its required properties: `DefaultRetention`, `MaximumRetention`, `MinimumRetention`.
    pub fn new(
        default_retention: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>,
        maximum_retention: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>,
        minimum_retention: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_retention.into().into_expr());
        props.set(1, maximum_retention.into().into_expr());
        props.set(2, minimum_retention.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SnaplockRetentionPeriod> for ::forma_core::Value<SnaplockRetentionPeriod> {
    fn from(v: SnaplockRetentionPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAPLOCK_RETENTION_PERIOD_TYPE.properties))
    }
}

/// The `ClientConfigurations` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfigurations {
    props: ::forma_core::schema::Props,
}
impl ClientConfigurations {
    /// A new value with its required properties: `Clients`, `Options`.
    pub fn new(
        clients: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        options: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, clients.into().into_expr());
        props.set(1, options.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClientConfigurations> for ::forma_core::Value<ClientConfigurations> {
    fn from(v: ClientConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_CONFIGURATIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`, `HOURS`, `INFINITE`, `MINUTES`, `MONTHS`, `SECONDS`, `UNSPECIFIED`, `YEARS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetentionPeriodType {
    /// `DAYS`
    Days,
    /// `HOURS`
    Hours,
    /// `INFINITE`
    Infinite,
    /// `MINUTES`
    Minutes,
    /// `MONTHS`
    Months,
    /// `SECONDS`
    Seconds,
    /// `UNSPECIFIED`
    Unspecified,
    /// `YEARS`
    Years,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetentionPeriodType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Hours => "HOURS",
            Self::Infinite => "INFINITE",
            Self::Minutes => "MINUTES",
            Self::Months => "MONTHS",
            Self::Seconds => "SECONDS",
            Self::Unspecified => "UNSPECIFIED",
            Self::Years => "YEARS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS", "HOURS", "INFINITE", "MINUTES", "MONTHS", "SECONDS", "UNSPECIFIED", "YEARS"]
    }
}
impl ::std::convert::From<RetentionPeriodType> for ::forma_core::Value<RetentionPeriodType> {
    fn from(v: RetentionPeriodType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetentionPeriodType {}

/// The `RetentionPeriod` property type of `AWS::FSx::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionPeriod {
    props: ::forma_core::schema::Props,
}
impl RetentionPeriod {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<RetentionPeriodType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
    /// Defines the amount of time for the retention period of an FSx for ONTAP SnapLock volume.
    ///
    /// Allowed: 0 to 65535.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RetentionPeriod> for ::forma_core::Value<RetentionPeriod> {
    fn from(v: RetentionPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_PERIOD_TYPE.properties))
    }
}

/// The schema of `AWS::FSx::Volume`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FSx::Volume",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(backup-[0-9a-f]{8,})$"),
                min_length: Some(12),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,203}$"),
                min_length: Some(1),
                max_length: Some(203),
            }),
        },
        ::forma_core::schema::Property {
            name: "OntapConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONTAP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpenZFSConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_ZFS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ONTAP", "OPENZFS"]),
        },
    ],
    rules: &[],
    attributes: &["ResourceARN", "VolumeId", "UUID"],
};

static ONTAP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.OntapConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGGREGATE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToBackups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JunctionPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,255}$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OntapVolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DP", "RW"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MIXED", "NTFS", "UNIX"]),
        },
        ::forma_core::schema::Property {
            name: "SizeInBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SizeInMegabytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnaplockConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNAPLOCK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnapshotPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageEfficiencyEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageVirtualMachineId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(svm-[0-9a-f]{17,})$"),
                min_length: Some(21),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "TieringPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIERING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VolumeStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FLEXGROUP", "FLEXVOL"]),
        },
    ],
    rules: &[],
};

static OPEN_ZFS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.OpenZFSConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyTagsToSnapshots",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataCompressionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LZ4", "NONE", "ZSTD"]),
        },
        ::forma_core::schema::Property {
            name: "NfsExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NFS_EXPORTS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OriginSnapshot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_SNAPSHOT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParentVolumeId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(fsvol-[0-9a-f]{17,})$"),
                min_length: Some(23),
                max_length: Some(23),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RecordSizeKiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(4.0),
                maximum: Some(4096.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacityQuotaGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacityReservationGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserAndGroupQuotas",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_AND_GROUP_QUOTAS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(500) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.Tag",
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

static AGGREGATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.AggregateConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(aggr[0-9]{1,2})$"),
                    min_length: Some(5),
                    max_length: Some(6),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(6) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConstituentsPerAggregate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(200.0),
            }),
        },
    ],
    rules: &[],
};

static SNAPLOCK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.SnaplockConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuditLogVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutocommitPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOCOMMIT_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrivilegedDelete",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "PERMANENTLY_DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNAPLOCK_RETENTION_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnaplockType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMPLIANCE", "ENTERPRISE"]),
        },
        ::forma_core::schema::Property {
            name: "VolumeAppendModeEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TIERING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.TieringPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoolingPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(183.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "AUTO", "NONE", "SNAPSHOT_ONLY"]),
        },
    ],
    rules: &[],
};

static NFS_EXPORTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.NfsExports",
    properties: &[::forma_core::schema::Property {
        name: "ClientConfigurations",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CLIENT_CONFIGURATIONS_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
        ),
    }],
    rules: &[],
};

static ORIGIN_SNAPSHOT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::FSx::Volume.OriginSnapshot",
properties: &[
::forma_core::schema::Property { name: "CopyStrategy", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CLONE", "FULL_COPY", "INCREMENTAL_COPY"]) },
::forma_core::schema::Property { name: "SnapshotARN", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$"), min_length: Some(8), max_length: Some(512) }) },
],
rules: &[],
};

static USER_AND_GROUP_QUOTAS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.UserAndGroupQuotas",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacityQuotaGiB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GROUP", "USER"]),
        },
    ],
    rules: &[],
};

static AUTOCOMMIT_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.AutocommitPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "HOURS", "MINUTES", "MONTHS", "NONE", "YEARS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static SNAPLOCK_RETENTION_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.SnaplockRetentionPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultRetention",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaximumRetention",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MinimumRetention",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
        },
    ],
    rules: &[],
};

static CLIENT_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.ClientConfigurations",
    properties: &[
        ::forma_core::schema::Property {
            name: "Clients",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ -~]{1,128}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[ -~]{1,128}$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static RETENTION_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::Volume.RetentionPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DAYS",
                "HOURS",
                "INFINITE",
                "MINUTES",
                "MONTHS",
                "SECONDS",
                "UNSPECIFIED",
                "YEARS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};
