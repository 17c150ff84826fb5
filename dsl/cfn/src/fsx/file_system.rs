// @generated from AWS::FSx::FileSystem (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FSx::FileSystem` and its property types.

/// Resource Type definition for AWS::FSx::FileSystem
///
/// CloudFormation type `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystem {
    props: ::forma_core::schema::Props,
}
impl FileSystem {
    /// A new resource with its required properties: `FileSystemType`, `SubnetIds`.
    #[track_caller]
    pub fn new(
        file_system_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, file_system_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `BackupId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn backup_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FileSystemTypeVersion`.
    #[track_caller]
    pub fn file_system_type_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LustreConfiguration`.
    #[track_caller]
    pub fn lustre_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LustreConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkType`.
    #[track_caller]
    pub fn network_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OntapConfiguration`.
    #[track_caller]
    pub fn ontap_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OntapConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OpenZFSConfiguration`.
    #[track_caller]
    pub fn open_zfs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenZfsConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityGroupIds`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StorageCapacity`.
    #[track_caller]
    pub fn storage_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StorageType`.
    #[track_caller]
    pub fn storage_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WindowsConfiguration`.
    #[track_caller]
    pub fn windows_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WindowsConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FileSystem {
    type Attributes = FileSystemAttributes;
    fn type_name(&self) -> &str {
        "AWS::FSx::FileSystem"
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
/// The attributes of a `AWS::FSx::FileSystem` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `ResourceARN`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceARN")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LustreMountName`.
    pub fn lustre_mount_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LustreMountName")
    }
    /// `Fn::GetAtt` `RootVolumeId`.
    pub fn root_volume_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RootVolumeId")
    }
    /// `Fn::GetAtt` `DNSName`.
    pub fn dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DNSName")
    }
}

/// The `LustreConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct LustreConfiguration {
    props: ::forma_core::schema::Props,
}
impl LustreConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoImportPolicy`.
    pub fn auto_import_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AutomaticBackupRetentionDays`.
    pub fn automatic_backup_retention_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CopyTagsToBackups`.
    pub fn copy_tags_to_backups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DailyAutomaticBackupStartTime`.
    pub fn daily_automatic_backup_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DataCompressionType`.
    pub fn data_compression_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DataReadCacheConfiguration`.
    pub fn data_read_cache_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataReadCacheConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `DeploymentType`.
    pub fn deployment_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `DriveCacheType`.
    pub fn drive_cache_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `EfaEnabled`.
    pub fn efa_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ExportPath`.
    pub fn export_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ImportPath`.
    pub fn import_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ImportedFileChunkSize`.
    pub fn imported_file_chunk_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `LogConfiguration`.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `MetadataConfiguration`.
    pub fn metadata_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataConfiguration>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `PerUnitStorageThroughput`.
    pub fn per_unit_storage_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `ThroughputCapacity`.
    pub fn throughput_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `WeeklyMaintenanceStartTime`.
    pub fn weekly_maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LustreConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LustreConfiguration> for ::forma_core::Value<LustreConfiguration> {
    fn from(v: LustreConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LUSTRE_CONFIGURATION_TYPE.properties))
    }
}

/// The `OntapConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct OntapConfiguration {
    props: ::forma_core::schema::Props,
}
impl OntapConfiguration {
    /// A new value with its required properties: `DeploymentType`.
    pub fn new(deployment_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, deployment_type.into().into_expr());
        Self { props }
    }
    /// `AutomaticBackupRetentionDays`.
    pub fn automatic_backup_retention_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DailyAutomaticBackupStartTime`.
    pub fn daily_automatic_backup_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DiskIopsConfiguration`.
    pub fn disk_iops_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DiskIopsConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EndpointIpAddressRange`.
    pub fn endpoint_ip_address_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EndpointIpv6AddressRange`.
    pub fn endpoint_ipv6_address_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FsxAdminPassword`.
    pub fn fsx_admin_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `HAPairs`.
    pub fn ha_pairs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PreferredSubnetId`.
    pub fn preferred_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `RouteTableIds`.
    pub fn route_table_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ThroughputCapacity`.
    pub fn throughput_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ThroughputCapacityPerHAPair`.
    pub fn throughput_capacity_per_ha_pair(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `WeeklyMaintenanceStartTime`.
    pub fn weekly_maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OntapConfiguration> for ::forma_core::Value<OntapConfiguration> {
    fn from(v: OntapConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONTAP_CONFIGURATION_TYPE.properties))
    }
}

/// The `OpenZFSConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenZfsConfiguration {
    props: ::forma_core::schema::Props,
}
impl OpenZfsConfiguration {
    /// A new value with its required properties: `DeploymentType`.
    pub fn new(deployment_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, deployment_type.into().into_expr());
        Self { props }
    }
    /// `AutomaticBackupRetentionDays`.
    pub fn automatic_backup_retention_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CopyTagsToBackups`.
    pub fn copy_tags_to_backups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CopyTagsToVolumes`.
    pub fn copy_tags_to_volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DailyAutomaticBackupStartTime`.
    pub fn daily_automatic_backup_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DiskIopsConfiguration`.
    pub fn disk_iops_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DiskIopsConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `EndpointIpAddressRange`.
    pub fn endpoint_ip_address_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EndpointIpv6AddressRange`.
    pub fn endpoint_ipv6_address_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Options`.
    pub fn options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PreferredSubnetId`.
    pub fn preferred_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ReadCacheConfiguration`.
    pub fn read_cache_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReadCacheConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `RootVolumeConfiguration`.
    pub fn root_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RootVolumeConfiguration>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `RouteTableIds`.
    pub fn route_table_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ThroughputCapacity`.
    pub fn throughput_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `WeeklyMaintenanceStartTime`.
    pub fn weekly_maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OpenZfsConfiguration> for ::forma_core::Value<OpenZfsConfiguration> {
    fn from(v: OpenZfsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_ZFS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::FSx::FileSystem`.
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

/// The `WindowsConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowsConfiguration {
    props: ::forma_core::schema::Props,
}
impl WindowsConfiguration {
    /// A new value with its required properties: `ThroughputCapacity`.
    pub fn new(throughput_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(11, throughput_capacity.into().into_expr());
        Self { props }
    }
    /// `ActiveDirectoryId`.
    pub fn active_directory_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Aliases`.
    pub fn aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AuditLogConfiguration`.
    pub fn audit_log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditLogConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AutomaticBackupRetentionDays`.
    pub fn automatic_backup_retention_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `CopyTagsToBackups`.
    pub fn copy_tags_to_backups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DailyAutomaticBackupStartTime`.
    pub fn daily_automatic_backup_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `DeploymentType`.
    pub fn deployment_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `DiskIopsConfiguration`.
    pub fn disk_iops_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DiskIopsConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `FsrmConfiguration`.
    pub fn fsrm_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FsrmConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PreferredSubnetId`.
    pub fn preferred_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `SelfManagedActiveDirectoryConfiguration`.
    pub fn self_managed_active_directory_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedActiveDirectoryConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `WeeklyMaintenanceStartTime`.
    pub fn weekly_maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WindowsConfiguration> for ::forma_core::Value<WindowsConfiguration> {
    fn from(v: WindowsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WINDOWS_CONFIGURATION_TYPE.properties))
    }
}

/// The `DataReadCacheConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataReadCacheConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataReadCacheConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SizeGiB`.
    pub fn size_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizingMode`.
    pub fn sizing_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataReadCacheConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataReadCacheConfiguration> for ::forma_core::Value<DataReadCacheConfiguration> {
    fn from(v: DataReadCacheConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_READ_CACHE_CONFIGURATION_TYPE.properties))
    }
}

/// The `LogConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value with its required properties: `Level`.
    pub fn new(level: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, level.into().into_expr());
        Self { props }
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `MetadataConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetadataConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetadataConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataConfiguration> for ::forma_core::Value<MetadataConfiguration> {
    fn from(v: MetadataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_CONFIGURATION_TYPE.properties))
    }
}

/// The `DiskIopsConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct DiskIopsConfiguration {
    props: ::forma_core::schema::Props,
}
impl DiskIopsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DiskIopsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DiskIopsConfiguration> for ::forma_core::Value<DiskIopsConfiguration> {
    fn from(v: DiskIopsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISK_IOPS_CONFIGURATION_TYPE.properties))
    }
}

/// The `ReadCacheConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadCacheConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReadCacheConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SizeGiB`.
    pub fn size_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizingMode`.
    pub fn sizing_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReadCacheConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReadCacheConfiguration> for ::forma_core::Value<ReadCacheConfiguration> {
    fn from(v: ReadCacheConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(READ_CACHE_CONFIGURATION_TYPE.properties))
    }
}

/// The `RootVolumeConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct RootVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl RootVolumeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CopyTagsToSnapshots`.
    pub fn copy_tags_to_snapshots(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataCompressionType`.
    pub fn data_compression_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NfsExports`.
    pub fn nfs_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NfsExports>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ReadOnly`.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RecordSizeKiB`.
    pub fn record_size_ki_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `UserAndGroupQuotas`.
    pub fn user_and_group_quotas(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserAndGroupQuotas>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RootVolumeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RootVolumeConfiguration> for ::forma_core::Value<RootVolumeConfiguration> {
    fn from(v: RootVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROOT_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The `AuditLogConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditLogConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuditLogConfiguration {
    /// A new value with its required properties: `FileAccessAuditLogLevel`, `FileShareAccessAuditLogLevel`.
    pub fn new(
        file_access_audit_log_level: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_share_access_audit_log_level: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, file_access_audit_log_level.into().into_expr());
        props.set(2, file_share_access_audit_log_level.into().into_expr());
        Self { props }
    }
    /// `AuditLogDestination`.
    pub fn audit_log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuditLogConfiguration> for ::forma_core::Value<AuditLogConfiguration> {
    fn from(v: AuditLogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `FsrmConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct FsrmConfiguration {
    props: ::forma_core::schema::Props,
}
impl FsrmConfiguration {
    /// A new value with its required properties: `FsrmServiceEnabled`.
    pub fn new(fsrm_service_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, fsrm_service_enabled.into().into_expr());
        Self { props }
    }
    /// `EventLogDestination`.
    pub fn event_log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FsrmConfiguration> for ::forma_core::Value<FsrmConfiguration> {
    fn from(v: FsrmConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FSRM_CONFIGURATION_TYPE.properties))
    }
}

/// The `SelfManagedActiveDirectoryConfiguration` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedActiveDirectoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl SelfManagedActiveDirectoryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DnsIps`.
    pub fn dns_ips(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DomainJoinServiceAccountSecret`.
    pub fn domain_join_service_account_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DomainName`.
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FileSystemAdministratorsGroup`.
    pub fn file_system_administrators_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `OrganizationalUnitDistinguishedName`.
    pub fn organizational_unit_distinguished_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `UserName`.
    pub fn user_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelfManagedActiveDirectoryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfManagedActiveDirectoryConfiguration>
    for ::forma_core::Value<SelfManagedActiveDirectoryConfiguration>
{
    fn from(v: SelfManagedActiveDirectoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_ACTIVE_DIRECTORY_CONFIGURATION_TYPE.properties))
    }
}

/// The `NfsExports` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct NfsExports {
    props: ::forma_core::schema::Props,
}
impl NfsExports {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientConfigurations`.
    pub fn client_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClientConfigurations>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NfsExports {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NfsExports> for ::forma_core::Value<NfsExports> {
    fn from(v: NfsExports) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NFS_EXPORTS_TYPE.properties))
    }
}

/// The `UserAndGroupQuotas` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserAndGroupQuotas {
    props: ::forma_core::schema::Props,
}
impl UserAndGroupQuotas {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Id`.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StorageCapacityQuotaGiB`.
    pub fn storage_capacity_quota_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserAndGroupQuotas {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserAndGroupQuotas> for ::forma_core::Value<UserAndGroupQuotas> {
    fn from(v: UserAndGroupQuotas) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_AND_GROUP_QUOTAS_TYPE.properties))
    }
}

/// The `ClientConfigurations` property type of `AWS::FSx::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfigurations {
    props: ::forma_core::schema::Props,
}
impl ClientConfigurations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Clients`.
    pub fn clients(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Options`.
    pub fn options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientConfigurations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientConfigurations> for ::forma_core::Value<ClientConfigurations> {
    fn from(v: ClientConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_CONFIGURATIONS_TYPE.properties))
    }
}

/// The schema of `AWS::FSx::FileSystem`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FSx::FileSystem",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileSystemType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileSystemTypeVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LustreConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LUSTRE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "SecurityGroupIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
        ::forma_core::schema::Property {
            name: "WindowsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WINDOWS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ResourceARN", "Id", "LustreMountName", "RootVolumeId", "DNSName"],
};

static LUSTRE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.LustreConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoImportPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutomaticBackupRetentionDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToBackups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DailyAutomaticBackupStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataCompressionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataReadCacheConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_READ_CACHE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DriveCacheType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EfaEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExportPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImportPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImportedFileChunkSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetadataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PerUnitStorageThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThroughputCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ONTAP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.OntapConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomaticBackupRetentionDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DailyAutomaticBackupStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DiskIopsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISK_IOPS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointIpAddressRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointIpv6AddressRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FsxAdminPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HAPairs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PreferredSubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouteTableIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThroughputCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThroughputCapacityPerHAPair",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OPEN_ZFS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.OpenZFSConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomaticBackupRetentionDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToBackups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToVolumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DailyAutomaticBackupStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DiskIopsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISK_IOPS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointIpAddressRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointIpv6AddressRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "PreferredSubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReadCacheConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&READ_CACHE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RootVolumeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROOT_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RouteTableIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThroughputCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.Tag",
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

static WINDOWS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.WindowsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActiveDirectoryId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Aliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuditLogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutomaticBackupRetentionDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToBackups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DailyAutomaticBackupStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DiskIopsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISK_IOPS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FsrmConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FSRM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreferredSubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedActiveDirectoryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_ACTIVE_DIRECTORY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThroughputCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DATA_READ_CACHE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.DataReadCacheConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SizeGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SizingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METADATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.MetadataConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DISK_IOPS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.DiskIopsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static READ_CACHE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.ReadCacheConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SizeGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SizingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROOT_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.RootVolumeConfiguration",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NfsExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NFS_EXPORTS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UserAndGroupQuotas",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_AND_GROUP_QUOTAS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AUDIT_LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.AuditLogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuditLogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileAccessAuditLogLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileShareAccessAuditLogLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FSRM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.FsrmConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventLogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FsrmServiceEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SELF_MANAGED_ACTIVE_DIRECTORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FSx::FileSystem.SelfManagedActiveDirectoryConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DnsIps",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DomainJoinServiceAccountSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DomainName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "FileSystemAdministratorsGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OrganizationalUnitDistinguishedName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Password",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "UserName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static NFS_EXPORTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.NfsExports",
    properties: &[::forma_core::schema::Property {
        name: "ClientConfigurations",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CLIENT_CONFIGURATIONS_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static USER_AND_GROUP_QUOTAS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.UserAndGroupQuotas",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacityQuotaGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLIENT_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileSystem.ClientConfigurations",
    properties: &[
        ::forma_core::schema::Property {
            name: "Clients",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    ],
    rules: &[],
};
