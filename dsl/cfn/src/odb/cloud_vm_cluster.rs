// @generated from AWS::ODB::CloudVmCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ODB::CloudVmCluster` and its property types.

/// The AWS::ODB::CloudVmCluster resource creates a Cloud VM Cluster
///
/// CloudFormation type `AWS::ODB::CloudVmCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudVmCluster {
    props: ::forma_core::schema::Props,
}
impl CloudVmCluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unique identifier of the Exadata infrastructure that this VM cluster belongs to.
    ///
    /// Allowed: length 6 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cloud_exadata_infrastructure_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Grid Infrastructure (GI) cluster.
    ///
    /// Allowed: length 1 to 11.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of CPU cores enabled on the VM cluster.
    ///
    /// Allowed: 0 to 368.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cpu_core_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The set of diagnostic collection options enabled for the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_collection_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataCollectionOptions>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The size of the data disk group, in terabytes (TB), that's allocated for the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_storage_size_in_t_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of local node storage, in gigabytes (GB), that's allocated for the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_node_storage_size_in_g_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The DB nodes that are implicitly created and managed as part of this VM Cluster.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn db_nodes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DbNode>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of database servers for the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-friendly name for the VM cluster.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The software version of the Oracle Grid Infrastructure (GI) for the VM cluster.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn gi_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The host name for the VM cluster.
    ///
    /// Allowed: length 1 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn hostname(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Identity and Access Management (IAM) service roles associated with the VM cluster.
    #[track_caller]
    pub fn iam_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IamRole>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether database backups to local Exadata storage is enabled for the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn is_local_backup_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the VM cluster is configured with a sparse disk group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn is_sparse_diskgroup_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Oracle license model applied to the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_model(mut self, value: impl ::forma_core::schema::EnumArg<LicenseModel>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of memory, in gigabytes (GB), that's allocated for the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn memory_size_in_g_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the ODB network for the VM cluster.
    ///
    /// Allowed: length 6 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn odb_network_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Property description not available.
    ///
    /// Allowed: 1024 to 8999.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scan_listener_port_tcp(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The public key portion of one or more key pairs used for SSH access to the VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ssh_public_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The operating system version of the image chosen for the VM cluster.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn system_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the Vm Cluster.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time zone of the VM cluster.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn time_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CloudVmCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CloudVmCluster {
    type Attributes = CloudVmClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::ODB::CloudVmCluster"
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
/// The attributes of a `AWS::ODB::CloudVmCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudVmClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudVmClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudVmClusterAttributes {
    /// `Fn::GetAtt` `CloudVmClusterArn`.
    pub fn cloud_vm_cluster_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudVmClusterArn")
    }
    /// `Fn::GetAtt` `CloudVmClusterId`.
    pub fn cloud_vm_cluster_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudVmClusterId")
    }
    /// `Fn::GetAtt` `ComputeModel`.
    pub fn compute_model(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputeModel")
    }
    /// `Fn::GetAtt` `DiskRedundancy`.
    pub fn disk_redundancy(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DiskRedundancy")
    }
    /// `Fn::GetAtt` `Domain`.
    pub fn domain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Domain")
    }
    /// `Fn::GetAtt` `ListenerPort`.
    pub fn listener_port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ListenerPort")
    }
    /// `Fn::GetAtt` `NodeCount`.
    pub fn node_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NodeCount")
    }
    /// `Fn::GetAtt` `Ocid`.
    pub fn ocid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ocid")
    }
    /// `Fn::GetAtt` `OciResourceAnchorName`.
    pub fn oci_resource_anchor_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OciResourceAnchorName")
    }
    /// `Fn::GetAtt` `OciUrl`.
    pub fn oci_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OciUrl")
    }
    /// `Fn::GetAtt` `ScanDnsName`.
    pub fn scan_dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScanDnsName")
    }
    /// `Fn::GetAtt` `ScanIpIds`.
    pub fn scan_ip_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ScanIpIds")
    }
    /// `Fn::GetAtt` `Shape`.
    pub fn shape(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Shape")
    }
    /// `Fn::GetAtt` `StorageSizeInGBs`.
    pub fn storage_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "StorageSizeInGBs")
    }
    /// `Fn::GetAtt` `VipIds`.
    pub fn vip_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "VipIds")
    }
    /// `Fn::GetAtt` `DbNodes.*.DbNodeId`.
    pub fn db_nodes_db_node_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.DbNodeId")
    }
    /// `Fn::GetAtt` `DbNodes.*.Status`.
    pub fn db_nodes_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.Status")
    }
    /// `Fn::GetAtt` `DbNodes.*.MemorySizeInGBs`.
    pub fn db_nodes_memory_size_in_g_bs(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.MemorySizeInGBs")
    }
    /// `Fn::GetAtt` `DbNodes.*.DbNodeStorageSizeInGBs`.
    pub fn db_nodes_db_node_storage_size_in_g_bs(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.DbNodeStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `DbNodes.*.CpuCoreCount`.
    pub fn db_nodes_cpu_core_count(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.CpuCoreCount")
    }
    /// `Fn::GetAtt` `DbNodes.*.Hostname`.
    pub fn db_nodes_hostname(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.Hostname")
    }
    /// `Fn::GetAtt` `DbNodes.*.DbNodeArn`.
    pub fn db_nodes_db_node_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.DbNodeArn")
    }
    /// `Fn::GetAtt` `DbNodes.*.Ocid`.
    pub fn db_nodes_ocid(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.Ocid")
    }
    /// `Fn::GetAtt` `DbNodes.*.DbSystemId`.
    pub fn db_nodes_db_system_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.DbSystemId")
    }
    /// `Fn::GetAtt` `DbNodes.*.BackupIpId`.
    pub fn db_nodes_backup_ip_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.BackupIpId")
    }
    /// `Fn::GetAtt` `DbNodes.*.BackupVnic2Id`.
    pub fn db_nodes_backup_vnic2_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.BackupVnic2Id")
    }
    /// `Fn::GetAtt` `DbNodes.*.VnicId`.
    pub fn db_nodes_vnic_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.VnicId")
    }
    /// `Fn::GetAtt` `DbNodes.*.Vnic2Id`.
    pub fn db_nodes_vnic2_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.Vnic2Id")
    }
    /// `Fn::GetAtt` `DbNodes.*.HostIpId`.
    pub fn db_nodes_host_ip_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DbNodes.*.HostIpId")
    }
    /// `Fn::GetAtt` `IamRoles.*.Status`.
    pub fn iam_roles_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IamRoles.*.Status")
    }
}

/// The values CloudFormation documents: `BRING_YOUR_OWN_LICENSE`, `LICENSE_INCLUDED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenseModel {
    /// `BRING_YOUR_OWN_LICENSE`
    BringYourOwnLicense,
    /// `LICENSE_INCLUDED`
    LicenseIncluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LicenseModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BringYourOwnLicense => "BRING_YOUR_OWN_LICENSE",
            Self::LicenseIncluded => "LICENSE_INCLUDED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BRING_YOUR_OWN_LICENSE", "LICENSE_INCLUDED"]
    }
}
impl ::std::convert::From<LicenseModel> for ::forma_core::Value<LicenseModel> {
    fn from(v: LicenseModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LicenseModel {}

/// Information about the data collection options enabled for a VM cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCollectionOptions {
    props: ::forma_core::schema::Props,
}
impl DataCollectionOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether diagnostic collection is enabled for the VM cluster.
    pub fn is_diagnostics_events_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether health monitoring is enabled for the VM cluster.
    pub fn is_health_monitoring_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether incident logs are enabled for the cloud VM cluster.
    pub fn is_incident_logs_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataCollectionOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataCollectionOptions> for ::forma_core::Value<DataCollectionOptions> {
    fn from(v: DataCollectionOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_COLLECTION_OPTIONS_TYPE.properties))
    }
}

/// A DbNode is a virtual machine that hosts Oracle database instances and provides access to shared storage servers within a VM Cluster
#[derive(Debug, Clone, PartialEq)]
pub struct DbNode {
    props: ::forma_core::schema::Props,
}
impl DbNode {
    /// A new value with its required properties: `DbServerId`.
    pub fn new(db_server_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, db_server_id.into().into_expr());
        Self { props }
    }
    /// The Oracle Cloud ID (OCID) of the backup IP address that's associated with the DB node.
    pub fn backup_ip_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The OCID of the second backup virtual network interface card (VNIC) for the DB node.
    pub fn backup_vnic2_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of CPU cores enabled on the DB node.
    pub fn cpu_core_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the DB node.
    pub fn db_node_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The unique identifier of the DB node.
    pub fn db_node_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The amount of local node storage, in gigabytes (GB), that's allocated on the DB node.
    pub fn db_node_storage_size_in_g_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The OCID of the DB system.
    pub fn db_system_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The OCID of the host IP address that's associated with the DB node.
    pub fn host_ip_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The host name for the DB node.
    pub fn hostname(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The amount of memory, in gigabytes (GB), that allocated on the DB node.
    pub fn memory_size_in_g_bs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The OCID of the DB node.
    pub fn ocid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The current status of the DB node.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The OCID of the second VNIC.
    pub fn vnic2_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The OCID of the VNIC.
    pub fn vnic_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DbNode> for ::forma_core::Value<DbNode> {
    fn from(v: DbNode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DB_NODE_TYPE.properties))
    }
}

/// An AWS Identity and Access Management (IAM) service role associated with the VM cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct IamRole {
    props: ::forma_core::schema::Props,
}
impl IamRole {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS integration configuration settings for the AWS Identity and Access Management (IAM) service role.
    pub fn aws_integration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) service role.
    pub fn iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The current status of the AWS Identity and Access Management (IAM) service role.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamRole {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamRole> for ::forma_core::Value<IamRole> {
    fn from(v: IamRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_ROLE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::ODB::CloudVmCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ODB::CloudVmCluster",
properties: &[
::forma_core::schema::Property { name: "CloudExadataInfrastructureId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$"), min_length: Some(6), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ClusterName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z][a-zA-Z0-9-]*$"), min_length: Some(1), max_length: Some(11) }) },
::forma_core::schema::Property { name: "CpuCoreCount", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(368.0) }) },
::forma_core::schema::Property { name: "DataCollectionOptions", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&DATA_COLLECTION_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "DataStorageSizeInTBs", required: false, create_only: true, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "DbNodeStorageSizeInGBs", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "DbNodes", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&DB_NODE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "DbServers", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1024) }) },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "GiVersion", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Hostname", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$"), min_length: Some(1), max_length: Some(12) }) },
::forma_core::schema::Property { name: "IamRoles", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&IAM_ROLE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "IsLocalBackupEnabled", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "IsSparseDiskgroupEnabled", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "LicenseModel", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["BRING_YOUR_OWN_LICENSE", "LICENSE_INCLUDED"]) },
::forma_core::schema::Property { name: "MemorySizeInGBs", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "OdbNetworkId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$"), min_length: Some(6), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ScanListenerPortTcp", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1024.0), maximum: Some(8999.0) }) },
::forma_core::schema::Property { name: "SshPublicKeys", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1024) }) },
::forma_core::schema::Property { name: "SystemVersion", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TimeZone", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
],
rules: &[],
attributes: &["CloudVmClusterArn", "CloudVmClusterId", "ComputeModel", "DiskRedundancy", "Domain", "ListenerPort", "NodeCount", "Ocid", "OciResourceAnchorName", "OciUrl", "ScanDnsName", "ScanIpIds", "Shape", "StorageSizeInGBs", "VipIds", "DbNodes.*.DbNodeId", "DbNodes.*.Status", "DbNodes.*.MemorySizeInGBs", "DbNodes.*.DbNodeStorageSizeInGBs", "DbNodes.*.CpuCoreCount", "DbNodes.*.Hostname", "DbNodes.*.DbNodeArn", "DbNodes.*.Ocid", "DbNodes.*.DbSystemId", "DbNodes.*.BackupIpId", "DbNodes.*.BackupVnic2Id", "DbNodes.*.VnicId", "DbNodes.*.Vnic2Id", "DbNodes.*.HostIpId", "IamRoles.*.Status"],
};

static DATA_COLLECTION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudVmCluster.DataCollectionOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsDiagnosticsEventsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsHealthMonitoringEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsIncidentLogsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DB_NODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudVmCluster.DbNode",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupIpId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BackupVnic2Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CpuCoreCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DbNodeArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DbNodeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DbNodeStorageSizeInGBs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DbServerId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DbSystemId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostIpId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Hostname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemorySizeInGBs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ocid",
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Vnic2Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VnicId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IAM_ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudVmCluster.IamRole",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsIntegration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
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
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudVmCluster.Tag",
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
            required: false,
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
