// @generated from AWS::RDS::DBInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::DBInstance` and its property types.

/// The `AWS::RDS::DBInstance` resource creates an Amazon DB instance.
///
/// CloudFormation type `AWS::RDS::DBInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbInstance {
    props: ::forma_core::schema::Props,
}
impl DbInstance {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The additional storage volumes associated with the DB instance.
    #[track_caller]
    pub fn additional_storage_volumes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalStorageVolume>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of storage in gibibytes (GiB) to be initially allocated for the database instance.
    #[track_caller]
    pub fn allocated_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether major version upgrades are allowed.
    #[track_caller]
    pub fn allow_major_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether changes to the DB instance and any pending modifications are applied immediately, regardless of the `PreferredMaintenanceWindow` setting.
    #[track_caller]
    pub fn apply_immediately(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IAMlong (IAM) roles associated with the DB instance.
    #[track_caller]
    pub fn associated_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DbInstanceRole>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether minor engine upgrades are applied automatically to the DB instance during the maintenance window.
    #[track_caller]
    pub fn auto_minor_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS KMS key identifier for encryption of the replicated automated backups.
    #[track_caller]
    pub fn automatic_backup_replication_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS-Region associated with the automated backup.
    #[track_caller]
    pub fn automatic_backup_replication_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The retention period for automated backups in a different AWS Region.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn automatic_backup_replication_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zone (AZ) where the database will be created.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days for which automated backups are retained.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn backup_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The location for storing automated backups and manual snapshots.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn backup_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the CA certificate for this DB instance.
    #[track_caller]
    pub fn ca_certificate_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the DB instance is restarted when you rotate your SSL/TLS certificate.
    #[track_caller]
    pub fn certificate_rotation_restart(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For supported engines, indicates that the DB instance should be associated with the specified character set.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn character_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to copy tags from the DB instance to snapshots of the DB instance.
    #[track_caller]
    pub fn copy_tags_to_snapshot(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance profile associated with the underlying Amazon EC2 instance of an RDS Custom DB instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn custom_iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the DB cluster that this DB instance will belong to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier for the Multi-AZ DB cluster snapshot to restore from.
    #[track_caller]
    pub fn db_cluster_snapshot_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compute and memory capacity of the DB instance, for example `db.m5.large`.
    #[track_caller]
    pub fn db_instance_class(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the DB instance.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_instance_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The meaning of this parameter differs according to the database engine you use.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an existing DB parameter group or a reference to an [AWS::RDS::DBParameterGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbparametergroup.html) resource created in the template.
    #[track_caller]
    pub fn db_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of the DB security groups to assign to the DB instance.
    #[track_caller]
    pub fn db_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name or Amazon Resource Name (ARN) of the DB snapshot that's used to restore the DB instance.
    #[track_caller]
    pub fn db_snapshot_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A DB subnet group to associate with the DB instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Oracle system identifier (SID), which is the name of the Oracle database instance that manages your database files.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_system_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mode of Database Insights to enable for the DB instance.
    #[track_caller]
    pub fn database_insights_mode(mut self, value: impl ::forma_core::schema::EnumArg<DatabaseInsightsMode>) -> Self {
        self.props.set_at(27, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the DB instance has a dedicated log volume (DLV) enabled.
    #[track_caller]
    pub fn dedicated_log_volume(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether to remove automated backups immediately after the DB instance is deleted.
    #[track_caller]
    pub fn delete_automated_backups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the DB instance has deletion protection enabled.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Active Directory directory ID to create the DB instance in.
    #[track_caller]
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN for the Secrets Manager secret with the credentials for the user joining the domain.
    #[track_caller]
    pub fn domain_auth_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv4 DNS IP addresses of your primary and secondary Active Directory domain controllers.
    #[track_caller]
    pub fn domain_dns_ips(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(33, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The fully qualified domain name (FQDN) of an Active Directory domain.
    #[track_caller]
    pub fn domain_fqdn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the IAM role to use when making API calls to the Directory Service.
    #[track_caller]
    pub fn domain_iam_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Active Directory organizational unit for your DB instance to join.
    #[track_caller]
    pub fn domain_ou(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(36, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of log types that need to be enabled for exporting to CloudWatch Logs.
    #[track_caller]
    pub fn enable_cloudwatch_logs_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM) accounts to database accounts.
    #[track_caller]
    pub fn enable_iam_database_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(38, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to enable Performance Insights for the DB instance.
    #[track_caller]
    pub fn enable_performance_insights(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(39, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the database engine to use for this DB instance.
    #[track_caller]
    pub fn engine(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(40, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The lifecycle type for this DB instance.
    #[track_caller]
    pub fn engine_lifecycle_support(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(41, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of the database engine to use.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(42, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of I/O operations per second (IOPS) that the database provisions.
    #[track_caller]
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(43, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the AWS KMS key that's used to encrypt the DB instance, such as `arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(44, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// License model information for this DB instance.
    #[track_caller]
    pub fn license_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(45, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to manage the master user password with AWS Secrets Manager.
    #[track_caller]
    pub fn manage_master_user_password(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(46, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the authentication type for the master user.
    #[track_caller]
    pub fn master_user_authentication_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MasterUserAuthenticationType>,
    ) -> Self {
        self.props.set_at(47, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password for the master user.
    #[track_caller]
    pub fn master_user_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(48, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The secret managed by RDS in AWS Secrets Manager for the master user password.
    #[track_caller]
    pub fn master_user_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MasterUserSecret>>,
    ) -> Self {
        self.props.set_at(49, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The master user name for the DB instance.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn master_username(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(50, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The upper limit in gibibytes (GiB) to which Amazon RDS can automatically scale the storage of the DB instance.
    #[track_caller]
    pub fn max_allocated_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(51, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the DB instance.
    #[track_caller]
    pub fn monitoring_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(52, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN for the IAM role that permits RDS to send enhanced monitoring metrics to Amazon CloudWatch Logs.
    #[track_caller]
    pub fn monitoring_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(53, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the DB instance is a Multi-AZ deployment.
    #[track_caller]
    pub fn multi_az(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(54, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the NCHAR character set for the Oracle DB instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn nchar_character_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(55, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type of the DB instance.
    #[track_caller]
    pub fn network_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(56, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates that the DB instance should be associated with the specified option group.
    #[track_caller]
    pub fn option_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(57, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS KMS key identifier for encryption of Performance Insights data.
    #[track_caller]
    pub fn performance_insights_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(58, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days to retain Performance Insights data.
    ///
    /// Allowed: one of 7, 31, 62, 93, 124, 155, 186, 217, 248, 279, 310, 341, 372, 403, 434, 465, 496, 527, 558, 589, 620, 651, 682, 713, 731.
    #[track_caller]
    pub fn performance_insights_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(59, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which the database accepts connections.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(60, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The daily time range during which automated backups are created if automated backups are enabled, using the `BackupRetentionPeriod` parameter.
    #[track_caller]
    pub fn preferred_backup_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(61, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The weekly time range during which system maintenance can occur, in Universal Coordinated Time (UTC).
    #[track_caller]
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(62, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of CPU cores and the number of threads per core for the DB instance class of the DB instance.
    #[track_caller]
    pub fn processor_features(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProcessorFeature>>>,
    ) -> Self {
        self.props.set_at(63, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The order of priority in which an Aurora Replica is promoted to the primary instance after a failure of the existing primary instance.
    ///
    /// Allowed: 0 to 15.
    #[track_caller]
    pub fn promotion_tier(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(64, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the DB instance is an internet-facing instance.
    #[track_caller]
    pub fn publicly_accessible(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(65, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The open mode of an Oracle read replica.
    #[track_caller]
    pub fn replica_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(66, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date and time to restore from.
    #[track_caller]
    pub fn restore_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(67, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the Multi-AZ DB cluster that will act as the source for the read replica.
    #[track_caller]
    pub fn source_db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(68, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the replicated automated backups from which to restore, for example, `arn:aws:rds:us-east-1:123456789012:auto-backup:ab-L2IJCEXJP7XQ7HOJ4SIEXAMPLE`.
    #[track_caller]
    pub fn source_db_instance_automated_backups_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(69, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you want to create a read replica DB instance, specify the ID of the source DB instance.
    #[track_caller]
    pub fn source_db_instance_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(70, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource ID of the source DB instance from which to restore.
    #[track_caller]
    pub fn source_dbi_resource_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(71, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the region that contains the source DB instance for the read replica.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(72, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether the DB instance is encrypted.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(73, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the storage throughput value, in mebibyte per second (MiBps), for the DB instance.
    #[track_caller]
    pub fn storage_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(74, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The storage type to associate with the DB instance.
    #[track_caller]
    pub fn storage_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(75, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the DB instance.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(76, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TdeCredentialArn`.
    #[track_caller]
    pub fn tde_credential_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(77, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TdeCredentialPassword`.
    #[track_caller]
    pub fn tde_credential_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(78, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time zone of the DB instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(79, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the DB instance class of the DB instance uses its default processor features.
    #[track_caller]
    pub fn use_default_processor_features(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(80, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the DB instance is restored from the latest backup time.
    #[track_caller]
    pub fn use_latest_restorable_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(81, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of the VPC security group IDs to assign to the DB instance.
    #[track_caller]
    pub fn vpc_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(82, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DbInstance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DbInstance {
    type Attributes = DbInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::DBInstance"
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
/// The attributes of a `AWS::RDS::DBInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbInstanceAttributes {
    /// `Fn::GetAtt` `AdditionalStorageVolumes.*.StorageOperationStatus`.
    pub fn additional_storage_volumes_storage_operation_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AdditionalStorageVolumes.*.StorageOperationStatus")
    }
    /// `Fn::GetAtt` `AdditionalStorageVolumes.*.StorageOperationPercentProgress`.
    pub fn additional_storage_volumes_storage_operation_percent_progress(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AdditionalStorageVolumes.*.StorageOperationPercentProgress")
    }
    /// `Fn::GetAtt` `AutomaticRestartTime`.
    pub fn automatic_restart_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutomaticRestartTime")
    }
    /// `Fn::GetAtt` `CertificateDetails`.
    pub fn certificate_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CertificateDetails")
    }
    /// `Fn::GetAtt` `CertificateDetails.CAIdentifier`.
    pub fn certificate_details_ca_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateDetails.CAIdentifier")
    }
    /// `Fn::GetAtt` `CertificateDetails.ValidTill`.
    pub fn certificate_details_valid_till(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateDetails.ValidTill")
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
    /// `Fn::GetAtt` `Endpoint.HostedZoneId`.
    pub fn endpoint_hosted_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.HostedZoneId")
    }
    /// `Fn::GetAtt` `DbiResourceId`.
    pub fn dbi_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DbiResourceId")
    }
    /// `Fn::GetAtt` `DBInstanceArn`.
    pub fn db_instance_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBInstanceArn")
    }
    /// `Fn::GetAtt` `DBInstanceStatus`.
    pub fn db_instance_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBInstanceStatus")
    }
    /// `Fn::GetAtt` `InstanceCreateTime`.
    pub fn instance_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceCreateTime")
    }
    /// `Fn::GetAtt` `IsStorageConfigUpgradeAvailable`.
    pub fn is_storage_config_upgrade_available(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsStorageConfigUpgradeAvailable")
    }
    /// `Fn::GetAtt` `LatestRestorableTime`.
    pub fn latest_restorable_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestRestorableTime")
    }
    /// `Fn::GetAtt` `ListenerEndpoint`.
    pub fn listener_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ListenerEndpoint")
    }
    /// `Fn::GetAtt` `ListenerEndpoint.Address`.
    pub fn listener_endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ListenerEndpoint.Address")
    }
    /// `Fn::GetAtt` `ListenerEndpoint.Port`.
    pub fn listener_endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ListenerEndpoint.Port")
    }
    /// `Fn::GetAtt` `ListenerEndpoint.HostedZoneId`.
    pub fn listener_endpoint_hosted_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ListenerEndpoint.HostedZoneId")
    }
    /// `Fn::GetAtt` `MasterUserSecret.SecretArn`.
    pub fn master_user_secret_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MasterUserSecret.SecretArn")
    }
    /// `Fn::GetAtt` `PercentProgress`.
    pub fn percent_progress(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PercentProgress")
    }
    /// `Fn::GetAtt` `ReadReplicaDBClusterIdentifiers`.
    pub fn read_replica_db_cluster_identifiers(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ReadReplicaDBClusterIdentifiers")
    }
    /// `Fn::GetAtt` `ReadReplicaDBInstanceIdentifiers`.
    pub fn read_replica_db_instance_identifiers(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ReadReplicaDBInstanceIdentifiers")
    }
    /// `Fn::GetAtt` `ResumeFullAutomationModeTime`.
    pub fn resume_full_automation_mode_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResumeFullAutomationModeTime")
    }
    /// `Fn::GetAtt` `SecondaryAvailabilityZone`.
    pub fn secondary_availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecondaryAvailabilityZone")
    }
    /// `Fn::GetAtt` `StatusInfos`.
    pub fn status_infos(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "StatusInfos")
    }
    /// `Fn::GetAtt` `StorageOperationStatus`.
    pub fn storage_operation_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageOperationStatus")
    }
    /// `Fn::GetAtt` `StorageOperationPercentProgress`.
    pub fn storage_operation_percent_progress(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "StorageOperationPercentProgress")
    }
}

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

/// Contains details about an additional storage volume for a DB instance.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalStorageVolume {
    props: ::forma_core::schema::Props,
}
impl AdditionalStorageVolume {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The amount of storage allocated for the additional storage volume, in gibibytes (GiB).
    pub fn allocated_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of I/O operations per second (IOPS) provisioned for the additional storage volume.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The upper limit in gibibytes (GiB) to which RDS can automatically scale the storage of the additional storage volume.
    pub fn max_allocated_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StorageOperationPercentProgress`.
    pub fn storage_operation_percent_progress(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `StorageOperationStatus`.
    pub fn storage_operation_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The storage throughput value for the additional storage volume, in mebibytes per second (MiBps).
    pub fn storage_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The storage type for the additional storage volume.
    pub fn storage_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The name of the additional storage volume.
    pub fn volume_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdditionalStorageVolume {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdditionalStorageVolume> for ::forma_core::Value<AdditionalStorageVolume> {
    fn from(v: AdditionalStorageVolume) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_STORAGE_VOLUME_TYPE.properties))
    }
}

/// Information about an AWS Identity and Access Management (IAM) role that is associated with a DB instance.
#[derive(Debug, Clone, PartialEq)]
pub struct DbInstanceRole {
    props: ::forma_core::schema::Props,
}
impl DbInstanceRole {
    /// A new value with its required properties: `FeatureName`, `RoleArn`.
    pub fn new(
        feature_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, feature_name.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DbInstanceRole> for ::forma_core::Value<DbInstanceRole> {
    fn from(v: DbInstanceRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DB_INSTANCE_ROLE_TYPE.properties))
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

/// The values CloudFormation documents: `coreCount`, `threadsPerCore`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `coreCount`
    CoreCount,
    /// `threadsPerCore`
    ThreadsPerCore,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CoreCount => "coreCount",
            Self::ThreadsPerCore => "threadsPerCore",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["coreCount", "threadsPerCore"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// The `ProcessorFeature` property type specifies the processor features of a DB instance class.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorFeature {
    props: ::forma_core::schema::Props,
}
impl ProcessorFeature {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the processor feature.
    pub fn name(mut self, value: impl ::forma_core::schema::EnumArg<Name>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The value of a processor feature.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProcessorFeature {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProcessorFeature> for ::forma_core::Value<ProcessorFeature> {
    fn from(v: ProcessorFeature) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_FEATURE_TYPE.properties))
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

/// The schema of `AWS::RDS::DBInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::DBInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalStorageVolumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDITIONAL_STORAGE_VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllocatedStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AllowMajorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ApplyImmediately",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AssociatedRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DB_INSTANCE_ROLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AutoMinorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutomaticBackupReplicationKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutomaticBackupReplicationRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutomaticBackupReplicationRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BackupRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BackupTarget",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CACertificateIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateRotationRestart",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CharacterSetName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToSnapshot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CustomIAMInstanceProfile",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBClusterSnapshotIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBInstanceClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBInstanceIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DBName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DBSnapshotIdentifier",
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
            name: "DedicatedLogVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "DomainAuthSecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainDnsIps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DomainFqdn",
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
            name: "DomainOu",
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
            name: "EnableIAMDatabaseAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnablePerformanceInsights",
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
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "LicenseModel",
            required: false,
            create_only: false,
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
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,127}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxAllocatedStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
            name: "MultiAZ",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NcharCharacterSetName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OptionGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PerformanceInsightsKMSKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PerformanceInsightsRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[
                7, 31, 62, 93, 124, 155, 186, 217, 248, 279, 310, 341, 372, 403, 434, 465, 496, 527, 558, 589, 620,
                651, 682, 713, 731,
            ]),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d*$"),
                min_length: None,
                max_length: None,
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
            name: "ProcessorFeatures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSOR_FEATURE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PromotionTier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReplicaMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDBClusterIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDBInstanceAutomatedBackupsArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDBInstanceIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDbiResourceId",
            required: false,
            create_only: false,
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
            name: "StorageThroughput",
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TdeCredentialArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TdeCredentialPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseDefaultProcessorFeatures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseLatestRestorableTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VPCSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::Excludes(
        "SourceDBInstanceIdentifier",
        &["CharacterSetName", "MasterUserPassword", "MasterUsername", "StorageEncrypted"],
    )],
    attributes: &[
        "AdditionalStorageVolumes.*.StorageOperationStatus",
        "AdditionalStorageVolumes.*.StorageOperationPercentProgress",
        "AutomaticRestartTime",
        "CertificateDetails",
        "CertificateDetails.CAIdentifier",
        "CertificateDetails.ValidTill",
        "Endpoint",
        "Endpoint.Address",
        "Endpoint.Port",
        "Endpoint.HostedZoneId",
        "DbiResourceId",
        "DBInstanceArn",
        "DBInstanceStatus",
        "InstanceCreateTime",
        "IsStorageConfigUpgradeAvailable",
        "LatestRestorableTime",
        "ListenerEndpoint",
        "ListenerEndpoint.Address",
        "ListenerEndpoint.Port",
        "ListenerEndpoint.HostedZoneId",
        "MasterUserSecret.SecretArn",
        "PercentProgress",
        "ReadReplicaDBClusterIdentifiers",
        "ReadReplicaDBInstanceIdentifiers",
        "ResumeFullAutomationModeTime",
        "SecondaryAvailabilityZone",
        "StatusInfos",
        "StorageOperationStatus",
        "StorageOperationPercentProgress",
    ],
};

static ADDITIONAL_STORAGE_VOLUME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBInstance.AdditionalStorageVolume",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocatedStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]*$"),
                min_length: None,
                max_length: None,
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
            name: "MaxAllocatedStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageOperationPercentProgress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageOperationStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageThroughput",
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
            name: "VolumeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DB_INSTANCE_ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBInstance.DBInstanceRole",
    properties: &[
        ::forma_core::schema::Property {
            name: "FeatureName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MASTER_USER_SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBInstance.MasterUserSecret",
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

static PROCESSOR_FEATURE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBInstance.ProcessorFeature",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["coreCount", "threadsPerCore"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBInstance.Tag",
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
