// @generated from AWS::Redshift::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::Cluster` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::Redshift::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource with its required properties: `ClusterType`, `DBName`, `MasterUsername`, `NodeType`.
    #[track_caller]
    pub fn new(
        cluster_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        master_username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        node_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(11, cluster_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, db_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(33, master_username.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(36, node_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Major version upgrades can be applied during the maintenance window to the Amazon Redshift engine that is running on the cluster.
    #[track_caller]
    pub fn allow_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The value represents how the cluster is configured to use AQUA (Advanced Query Accelerator) after the cluster is restored.
    #[track_caller]
    pub fn aqua_configuration_status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AquaConfigurationStatus>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days that automated snapshots are retained.
    #[track_caller]
    pub fn automated_snapshot_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The EC2 Availability Zone (AZ) in which you want Amazon Redshift to provision the cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The option to enable relocation for an Amazon Redshift cluster between Availability Zones after the cluster modification is complete.
    #[track_caller]
    pub fn availability_zone_relocation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The availability zone relocation status of the cluster
    #[track_caller]
    pub fn availability_zone_relocation_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A boolean value indicating whether the resize operation is using the classic resize process.
    #[track_caller]
    pub fn classic(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for the cluster.
    ///
    /// Allowed: length 0 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the parameter group to be associated with this cluster.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn cluster_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of security groups to be associated with this cluster.
    #[track_caller]
    pub fn cluster_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a cluster subnet group to be associated with this cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the Amazon Redshift engine software that you want to deploy on the cluster.The version selected runs on all the nodes in the cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn cluster_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A boolean indicating whether to enable the deferred maintenance window.
    #[track_caller]
    pub fn defer_maintenance(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An integer indicating the duration of the maintenance window in days.
    #[track_caller]
    pub fn defer_maintenance_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A timestamp indicating end time for the deferred maintenance window.
    #[track_caller]
    pub fn defer_maintenance_end_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A timestamp indicating the start time for the deferred maintenance window.
    #[track_caller]
    pub fn defer_maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The destination AWS Region that you want to copy snapshots to.
    #[track_caller]
    pub fn destination_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Elastic IP (EIP) address for the cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn elastic_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If true, the data in the cluster is encrypted at rest.
    #[track_caller]
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Endpoint`.
    #[track_caller]
    pub fn endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<Endpoint>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An option that specifies whether to create the cluster with enhanced VPC routing enabled.
    #[track_caller]
    pub fn enhanced_vpc_routing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the name of the HSM client certificate the Amazon Redshift cluster uses to retrieve the data encryption keys stored in an HSM
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn hsm_client_certificate_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the name of the HSM configuration that contains the information the Amazon Redshift cluster can use to retrieve and store keys in an HSM.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn hsm_configuration_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of AWS Identity and Access Management (IAM) roles that can be used by the cluster to access other AWS services.
    #[track_caller]
    pub fn iam_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Key Management Service (KMS) key ID of the encryption key that you want to use to encrypt data in the cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoggingProperties`.
    #[track_caller]
    pub fn logging_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingProperties>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name for the maintenance track that you want to assign for the cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn maintenance_track_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A boolean indicating if the redshift cluster's admin user credentials is managed by Redshift or not.
    #[track_caller]
    pub fn manage_master_password(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days to retain newly copied snapshots in the destination AWS Region after they are copied from the source AWS Region.
    #[track_caller]
    pub fn manual_snapshot_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the Key Management Service (KMS) key used to encrypt and store the cluster's admin user credentials secret.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn master_password_secret_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password associated with the master user account for the cluster that is being created.
    ///
    /// Allowed: length 0 to 64.
    #[track_caller]
    pub fn master_user_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A boolean indicating if the redshift cluster is multi-az or not.
    #[track_caller]
    pub fn multi_az(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NamespaceResourcePolicy`.
    #[track_caller]
    pub fn namespace_resource_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of compute nodes in the cluster.
    ///
    /// Allowed: 1 to 100.
    #[track_caller]
    pub fn number_of_nodes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OwnerAccount`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn owner_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(38, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which the cluster accepts incoming connections.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(39, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The weekly time range (in UTC) during which automated cluster maintenance can occur.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(40, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If true, the cluster can be accessed from a public network.
    #[track_caller]
    pub fn publicly_accessible(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(41, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Redshift operation to be performed.
    #[track_caller]
    pub fn resource_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(42, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the database revision.
    #[track_caller]
    pub fn revision_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(43, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A boolean indicating if we want to rotate Encryption Keys.
    #[track_caller]
    pub fn rotate_encryption_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(44, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the cluster the source snapshot was created from.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(45, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the snapshot copy grant to use when snapshots of an AWS KMS-encrypted cluster are copied to the destination region.
    #[track_caller]
    pub fn snapshot_copy_grant_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(46, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to apply the snapshot retention period to newly copied manual snapshots instead of automated snapshots.
    #[track_caller]
    pub fn snapshot_copy_manual(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(47, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days to retain automated snapshots in the destination region after they are copied from the source region.
    #[track_caller]
    pub fn snapshot_copy_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(48, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the snapshot from which to create the new cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(49, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of tags for the cluster parameter group.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(50, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Virtual Private Cloud (VPC) security groups to be associated with the cluster.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(51, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::Cluster"
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
/// The attributes of a `AWS::Redshift::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterAttributes {
    /// `Fn::GetAtt` `DeferMaintenanceIdentifier`.
    pub fn defer_maintenance_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeferMaintenanceIdentifier")
    }
    /// `Fn::GetAtt` `Endpoint.Port`.
    pub fn endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.Port")
    }
    /// `Fn::GetAtt` `Endpoint.Address`.
    pub fn endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.Address")
    }
    /// `Fn::GetAtt` `ClusterNamespaceArn`.
    pub fn cluster_namespace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterNamespaceArn")
    }
    /// `Fn::GetAtt` `MasterPasswordSecretArn`.
    pub fn master_password_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MasterPasswordSecretArn")
    }
}

/// The values CloudFormation documents: `auto`, `disabled`, `enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AquaConfigurationStatus {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AquaConfigurationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["auto", "disabled", "enabled"]
    }
}
impl ::std::convert::From<AquaConfigurationStatus> for ::forma_core::Value<AquaConfigurationStatus> {
    fn from(v: AquaConfigurationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AquaConfigurationStatus {}

/// The `Endpoint` property type of `AWS::Redshift::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Address`.
    pub fn address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Endpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Endpoint> for ::forma_core::Value<Endpoint> {
    fn from(v: Endpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_TYPE.properties))
    }
}

/// The `LoggingProperties` property type of `AWS::Redshift::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingProperties {
    props: ::forma_core::schema::Props,
}
impl LoggingProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketName`.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogDestinationType`.
    pub fn log_destination_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogExports`.
    pub fn log_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3KeyPrefix`.
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingProperties> for ::forma_core::Value<LoggingProperties> {
    fn from(v: LoggingProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_PROPERTIES_TYPE.properties))
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

/// The schema of `AWS::Redshift::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AquaConfigurationStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["auto", "disabled", "enabled"]),
        },
        ::forma_core::schema::Property {
            name: "AutomatedSnapshotRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneRelocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneRelocationStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Classic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClusterSubnetGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "DBName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeferMaintenance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeferMaintenanceDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DeferMaintenanceEndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeferMaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ElasticIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "Encrypted",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnhancedVpcRouting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HsmClientCertificateIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "HsmConfigurationIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "IamRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "LoggingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceTrackName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManageMasterPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ManualSnapshotRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MasterPasswordSecretKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "MasterUserPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "MasterUsername",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MultiAZ",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NamespaceResourcePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "NodeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "NumberOfNodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "OwnerAccount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PreferredMaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RevisionTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RotateEncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SnapshotClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotCopyGrantName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotCopyManual",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SnapshotCopyRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotIdentifier",
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
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "DeferMaintenanceIdentifier",
        "Endpoint.Port",
        "Endpoint.Address",
        "ClusterNamespaceArn",
        "MasterPasswordSecretArn",
    ],
};

static ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::Cluster.Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOGGING_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::Cluster.LoggingProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogDestinationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::Cluster.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
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
