// @generated from AWS::RDS::DBCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::DBCluster` and its property types.

/// The `AWS::RDS::DBCluster` resource creates an Amazon Aurora DB cluster or Multi-AZ DB cluster.
///
/// CloudFormation type `AWS::RDS::DBCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbCluster {
    props: ::forma_core::schema::Props,
}
impl DbCluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The amount of storage in gibibytes (GiB) to allocate to each DB instance in the Multi-AZ DB cluster.
    #[track_caller]
    pub fn allocated_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides a list of the AWS Identity and Access Management (IAM) roles that are associated with the DB cluster.
    #[track_caller]
    pub fn associated_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DbClusterRole>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether minor engine upgrades are applied automatically to the DB cluster during the maintenance window.
    #[track_caller]
    pub fn auto_minor_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Availability Zones (AZs) where instances in the DB cluster can be created.
    #[track_caller]
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The target backtrack window, in seconds.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn backtrack_window(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days for which automated backups are retained.
    ///
    /// Allowed: 1 to 35.
    #[track_caller]
    pub fn backup_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the scalability mode of the Aurora DB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_scalability_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ClusterScalabilityType>,
    ) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether to copy all tags from the DB cluster to snapshots of the DB cluster.
    #[track_caller]
    pub fn copy_tags_to_snapshot(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The DB cluster identifier.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compute and memory capacity of each DB instance in the Multi-AZ DB cluster, for example `db.m6gd.xlarge`.
    #[track_caller]
    pub fn db_cluster_instance_class(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the DB cluster parameter group to associate with this DB cluster.
    #[track_caller]
    pub fn db_cluster_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the DB parameter group to apply to all instances of the DB cluster.
    #[track_caller]
    pub fn db_instance_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A DB subnet group that you want to associate with this DB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Reserved for future use.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_system_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mode of Database Insights to enable for the DB cluster.
    #[track_caller]
    pub fn database_insights_mode(mut self, value: impl ::forma_core::schema::EnumArg<DatabaseInsightsMode>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of your database.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to remove automated backups immediately after the DB cluster is deleted.
    #[track_caller]
    pub fn delete_automated_backups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether the DB cluster has deletion protection enabled.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates the directory ID of the Active Directory to create the DB cluster.
    #[track_caller]
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the name of the IAM role to use when making API calls to the Directory Service.
    #[track_caller]
    pub fn domain_iam_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of log types that need to be enabled for exporting to CloudWatch Logs.
    #[track_caller]
    pub fn enable_cloudwatch_logs_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to enable this DB cluster to forward write operations to the primary cluster of a global cluster (Aurora global database).
    #[track_caller]
    pub fn enable_global_write_forwarding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to enable the HTTP endpoint for the DB cluster.
    #[track_caller]
    pub fn enable_http_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM) accounts to database accounts.
    #[track_caller]
    pub fn enable_iam_database_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether read replicas can forward write operations to the writer DB instance in the DB cluster.
    #[track_caller]
    pub fn enable_local_write_forwarding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the database engine to be used for this DB cluster.
    #[track_caller]
    pub fn engine(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The lifecycle type for this DB cluster.
    #[track_caller]
    pub fn engine_lifecycle_support(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The DB engine mode of the DB cluster, either `provisioned` or `serverless`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn engine_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of the database engine to use.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you are configuring an Aurora global database cluster and want your Aurora DB cluster to be a secondary member in the global database cluster, specify the global cluster ID of the global database cluster.
    ///
    /// Allowed: length 0 to 63.
    #[track_caller]
    pub fn global_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of Provisioned IOPS (input/output operations per second) to be initially allocated for each DB instance in the Multi-AZ DB cluster.
    #[track_caller]
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS KMS key that is used to encrypt the database instances in the DB cluster, such as `arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to manage the master user password with AWS Secrets Manager.
    #[track_caller]
    pub fn manage_master_user_password(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the authentication type for the master user.
    #[track_caller]
    pub fn master_user_authentication_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MasterUserAuthenticationType>,
    ) -> Self {
        self.props.set_at(33, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The master password for the DB instance.
    #[track_caller]
    pub fn master_user_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The secret managed by RDS in AWS Secrets Manager for the master user password.
    #[track_caller]
    pub fn master_user_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MasterUserSecret>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the master user for the DB cluster.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn master_username(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(36, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the DB cluster.
    #[track_caller]
    pub fn monitoring_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) for the IAM role that permits RDS to send Enhanced Monitoring metrics to Amazon CloudWatch Logs.
    #[track_caller]
    pub fn monitoring_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(38, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type of the DB cluster.
    #[track_caller]
    pub fn network_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(39, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to turn on Performance Insights for the DB cluster.
    #[track_caller]
    pub fn performance_insights_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(40, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS KMS key identifier for encryption of Performance Insights data.
    #[track_caller]
    pub fn performance_insights_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(41, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days to retain Performance Insights data.
    #[track_caller]
    pub fn performance_insights_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(42, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which the DB instances in the DB cluster accept connections.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(43, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The daily time range during which automated backups are created.
    #[track_caller]
    pub fn preferred_backup_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(44, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The weekly time range during which system maintenance can occur, in Universal Coordinated Time (UTC).
    #[track_caller]
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(45, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the DB cluster is publicly accessible.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn publicly_accessible(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(46, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the source DB instance or DB cluster if this DB cluster is created as a read replica.
    #[track_caller]
    pub fn replication_source_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(47, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date and time to restore the DB cluster to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn restore_to_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(48, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of restore to be performed.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn restore_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(49, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scaling configuration of an Aurora Serverless v1 DB cluster.
    #[track_caller]
    pub fn scaling_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScalingConfiguration>>,
    ) -> Self {
        self.props.set_at(50, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scaling configuration of an Aurora Serverless V2 DB cluster.
    #[track_caller]
    pub fn serverless_v2_scaling_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerlessV2ScalingConfiguration>>,
    ) -> Self {
        self.props.set_at(51, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier for the DB snapshot or DB cluster snapshot to restore from.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(52, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When restoring a DB cluster to a point in time, the identifier of the source DB cluster from which to restore.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(53, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource ID of the source DB cluster from which to restore.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_db_cluster_resource_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(54, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Region which contains the source DB cluster when replicating a DB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(55, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the DB cluster is encrypted.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(56, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The storage type to associate with the DB cluster.
    #[track_caller]
    pub fn storage_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(57, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the DB cluster.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(58, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether to restore the DB cluster to the latest restorable backup time.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn use_latest_restorable_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(59, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of EC2 VPC security groups to associate with this DB cluster.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(60, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DbCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DbCluster {
    type Attributes = DbClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::DBCluster"
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
/// The attributes of a `AWS::RDS::DBCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbClusterAttributes {
    /// `Fn::GetAtt` `DBClusterArn`.
    pub fn db_cluster_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBClusterArn")
    }
    /// `Fn::GetAtt` `DBClusterResourceId`.
    pub fn db_cluster_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBClusterResourceId")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `Endpoint.Address`.
    pub fn endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.Address")
    }
    /// `Fn::GetAtt` `Endpoint.Port`.
    pub fn endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.Port")
    }
    /// `Fn::GetAtt` `ReadEndpoint`.
    pub fn read_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReadEndpoint")
    }
    /// `Fn::GetAtt` `ReadEndpoint.Address`.
    pub fn read_endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReadEndpoint.Address")
    }
    /// `Fn::GetAtt` `MasterUserSecret.SecretArn`.
    pub fn master_user_secret_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MasterUserSecret.SecretArn")
    }
    /// `Fn::GetAtt` `StorageEncryptionType`.
    pub fn storage_encryption_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageEncryptionType")
    }
    /// `Fn::GetAtt` `StorageThroughput`.
    pub fn storage_throughput(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "StorageThroughput")
    }
}

/// The values CloudFormation documents: `limitless`, `standard`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClusterScalabilityType {
    /// `limitless`
    Limitless,
    /// `standard`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClusterScalabilityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Limitless => "limitless",
            Self::Standard => "standard",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["limitless", "standard"]
    }
}
impl ::std::convert::From<ClusterScalabilityType> for ::forma_core::Value<ClusterScalabilityType> {
    fn from(v: ClusterScalabilityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClusterScalabilityType {}

/// The values CloudFormation documents: `advanced`, `standard`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatabaseInsightsMode {
    /// `advanced`
    Advanced,
    /// `standard`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatabaseInsightsMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Advanced => "advanced",
            Self::Standard => "standard",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["advanced", "standard"]
    }
}
impl ::std::convert::From<DatabaseInsightsMode> for ::forma_core::Value<DatabaseInsightsMode> {
    fn from(v: DatabaseInsightsMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatabaseInsightsMode {}

/// The values CloudFormation documents: `iam-db-auth`, `password`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MasterUserAuthenticationType {
    /// `iam-db-auth`
    IamDbAuth,
    /// `password`
    Password,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MasterUserAuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IamDbAuth => "iam-db-auth",
            Self::Password => "password",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["iam-db-auth", "password"]
    }
}
impl ::std::convert::From<MasterUserAuthenticationType> for ::forma_core::Value<MasterUserAuthenticationType> {
    fn from(v: MasterUserAuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MasterUserAuthenticationType {}

/// Describes an AWS Identity and Access Management (IAM) role that is associated with a DB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct DbClusterRole {
    props: ::forma_core::schema::Props,
}
impl DbClusterRole {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
    /// The name of the feature associated with the AWS Identity and Access Management (IAM) role.
    pub fn feature_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DbClusterRole> for ::forma_core::Value<DbClusterRole> {
    fn from(v: DbClusterRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DB_CLUSTER_ROLE_TYPE.properties))
    }
}

/// The `MasterUserSecret` return value specifies the secret managed by RDS in AWS Secrets Manager for the master user password.
#[derive(Debug, Clone, PartialEq)]
pub struct MasterUserSecret {
    props: ::forma_core::schema::Props,
}
impl MasterUserSecret {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS KMS key identifier that is used to encrypt the secret.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the secret.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MasterUserSecret {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MasterUserSecret> for ::forma_core::Value<MasterUserSecret> {
    fn from(v: MasterUserSecret) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MASTER_USER_SECRET_TYPE.properties))
    }
}

/// The `ScalingConfiguration` property type specifies the scaling configuration of an Aurora Serverless v1 DB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScalingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to allow or disallow automatic pause for an Aurora DB cluster in `serverless` DB engine mode.
    pub fn auto_pause(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum capacity for an Aurora DB cluster in `serverless` DB engine mode.
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum capacity for an Aurora DB cluster in `serverless` DB engine mode.
    pub fn min_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The amount of time, in seconds, that Aurora Serverless v1 tries to find a scaling point to perform seamless scaling before enforcing the timeout action.
    pub fn seconds_before_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time, in seconds, before an Aurora DB cluster in `serverless` mode is paused.
    pub fn seconds_until_auto_pause(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The action to take when the timeout is reached, either `ForceApplyCapacityChange` or `RollbackCapacityChange`.
    pub fn timeout_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalingConfiguration> for ::forma_core::Value<ScalingConfiguration> {
    fn from(v: ScalingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONFIGURATION_TYPE.properties))
    }
}

/// The `ServerlessV2ScalingConfiguration` property type specifies the scaling configuration of an Aurora Serverless V2 DB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerlessV2ScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServerlessV2ScalingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless v2 cluster.
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless v2 cluster.
    pub fn min_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the number of seconds an Aurora Serverless v2 DB instance must be idle before Aurora attempts to automatically pause it.
    pub fn seconds_until_auto_pause(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerlessV2ScalingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerlessV2ScalingConfiguration> for ::forma_core::Value<ServerlessV2ScalingConfiguration> {
    fn from(v: ServerlessV2ScalingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVERLESS_V2_SCALING_CONFIGURATION_TYPE.properties))
    }
}

/// Metadata assigned to an Amazon RDS resource consisting of a key-value pair.
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
    /// A value is the optional value of the tag.
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

/// The schema of `AWS::RDS::DBCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::DBCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocatedStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AssociatedRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DB_CLUSTER_ROLE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AutoMinorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BacktrackWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BackupRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(35.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterScalabilityType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["limitless", "standard"]),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToSnapshot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DBClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DBClusterInstanceClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBClusterParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBInstanceParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBSubnetGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBSystemId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseInsightsMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["advanced", "standard"]),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeleteAutomatedBackups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainIAMRoleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableCloudwatchLogsExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableGlobalWriteForwarding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableHttpEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableIAMDatabaseAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableLocalWriteForwarding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineLifecycleSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlobalClusterIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
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
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManageMasterUserPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MasterUserAuthenticationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["iam-db-auth", "password"]),
        },
        ::forma_core::schema::Property {
            name: "MasterUserPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterUserSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MASTER_USER_SECRET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MasterUsername",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]{1}[a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MonitoringInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MonitoringRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PerformanceInsightsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PerformanceInsightsKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PerformanceInsightsRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
            name: "PreferredBackupWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreferredMaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReplicationSourceIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreToTime",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScalingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerlessV2ScalingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVERLESS_V2_SCALING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnapshotIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDBClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDbClusterResourceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceRegion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageEncrypted",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StorageType",
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
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseLatestRestorableTime",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::Requires("MasterUserPassword", &["MasterUsername"])],
    attributes: &[
        "DBClusterArn",
        "DBClusterResourceId",
        "Endpoint",
        "Endpoint.Address",
        "Endpoint.Port",
        "ReadEndpoint",
        "ReadEndpoint.Address",
        "MasterUserSecret.SecretArn",
        "StorageEncryptionType",
        "StorageThroughput",
    ],
};

static DB_CLUSTER_ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBCluster.DBClusterRole",
    properties: &[
        ::forma_core::schema::Property {
            name: "FeatureName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z-]*:iam::[0-9]*:role/.*$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static MASTER_USER_SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBCluster.MasterUserSecret",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCALING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBCluster.ScalingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoPause",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondsBeforeTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondsUntilAutoPause",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SERVERLESS_V2_SCALING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::RDS::DBCluster.ServerlessV2ScalingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxCapacity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "MinCapacity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "SecondsUntilAutoPause",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBCluster.Tag",
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
