// @generated from AWS::ElastiCache::ReplicationGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::ReplicationGroup` and its property types.

/// Resource type definition for AWS::ElastiCache::ReplicationGroup
///
/// CloudFormation type `AWS::ElastiCache::ReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationGroup {
    props: ::forma_core::schema::Props,
}
impl ReplicationGroup {
    /// A new resource with its required properties: `ReplicationGroupDescription`.
    #[track_caller]
    pub fn new(
        replication_group_description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(28, replication_group_description.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A flag that enables encryption at rest when set to true.AtRestEncryptionEnabled after the replication group is created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn at_rest_encryption_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Reserved parameter.
    #[track_caller]
    pub fn auth_token(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter is currently disabled.
    #[track_caller]
    pub fn auto_minor_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether a read-only replica is automatically promoted to read/write primary if the existing primary fails.
    #[track_caller]
    pub fn automatic_failover_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compute and memory capacity of the nodes in the node group (shard).
    #[track_caller]
    pub fn cache_node_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the parameter group to associate with this replication group.
    #[track_caller]
    pub fn cache_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of cache security group names to associate with this replication group.
    #[track_caller]
    pub fn cache_security_group_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the cache subnet group to be used for the replication group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cache_subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enabled or Disabled.
    #[track_caller]
    pub fn cluster_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables data tiering.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_tiering_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The durability setting for the replication group.
    #[track_caller]
    pub fn durability(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the cache engine to be used for the clusters in this replication group.
    #[track_caller]
    pub fn engine(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of the cache engine to be used for the clusters in this replication group.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Global datastore
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn global_replication_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type you choose when creating a replication group, either ipv4 | ipv6.
    #[track_caller]
    pub fn ip_discovery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the KMS key used to encrypt the disk on the cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the destination, format and type of the logs.
    #[track_caller]
    pub fn log_delivery_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogDeliveryConfigurationRequest>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag indicating if you have Multi-AZ enabled to enhance fault tolerance.
    #[track_caller]
    pub fn multi_az_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Must be either ipv4 | ipv6 | dual_stack.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// NodeGroupConfiguration is a property of the AWS::ElastiCache::ReplicationGroup resource that configures an Amazon ElastiCache (ElastiCache) Redis cluster node group.
    #[track_caller]
    pub fn node_group_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeGroupConfiguration>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon Simple Notification Service (SNS) topic to which notifications are sent.
    #[track_caller]
    pub fn notification_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of clusters this replication group initially has.This parameter is not used if there is more than one node group (shard).
    ///
    /// Allowed: 1 to 6.
    #[track_caller]
    pub fn num_cache_clusters(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional parameter that specifies the number of node groups (shards) for this Redis (cluster mode enabled) replication group.
    #[track_caller]
    pub fn num_node_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which each member of the replication group accepts connections.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of EC2 Availability Zones in which the replication group's clusters are created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn preferred_cache_cluster_a_zs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the weekly time range during which maintenance on the cluster is performed.
    #[track_caller]
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the cluster that serves as the primary for this replication group.
    #[track_caller]
    pub fn primary_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional parameter that specifies the number of replica nodes in each node group (shard).
    ///
    /// Allowed: 0 to 5.
    #[track_caller]
    pub fn replicas_per_node_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The replication group identifier.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn replication_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more Amazon VPC security groups associated with this replication group.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Amazon Resource Names (ARN) that uniquely identify the Redis RDB snapshot files stored in Amazon S3.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a snapshot from which to restore data into the new replication group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days for which ElastiCache retains automatic snapshots before deleting them.
    #[track_caller]
    pub fn snapshot_retention_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(33, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The daily time range (in UTC) during which ElastiCache begins taking a daily snapshot of your node group (shard).
    #[track_caller]
    pub fn snapshot_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The cluster ID that is used as the daily snapshot source for the replication group.
    #[track_caller]
    pub fn snapshotting_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of cost allocation tags to be added to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(36, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag that enables in-transit encryption when set to true.
    #[track_caller]
    pub fn transit_encryption_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A setting that allows you to migrate your clients to use in-transit encryption, with no downtime.
    #[track_caller]
    pub fn transit_encryption_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(38, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of user group to associate with the replication group.
    #[track_caller]
    pub fn user_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(39, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReplicationGroup {
    type Attributes = ReplicationGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::ReplicationGroup"
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
/// The attributes of a `AWS::ElastiCache::ReplicationGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicationGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicationGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicationGroupAttributes {
    /// `Fn::GetAtt` `ConfigurationEndPoint`.
    pub fn configuration_end_point(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationEndPoint")
    }
    /// `Fn::GetAtt` `ConfigurationEndPoint.Address`.
    pub fn configuration_end_point_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationEndPoint.Address")
    }
    /// `Fn::GetAtt` `ConfigurationEndPoint.Port`.
    pub fn configuration_end_point_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationEndPoint.Port")
    }
    /// `Fn::GetAtt` `PrimaryEndPoint`.
    pub fn primary_end_point(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PrimaryEndPoint")
    }
    /// `Fn::GetAtt` `PrimaryEndPoint.Address`.
    pub fn primary_end_point_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryEndPoint.Address")
    }
    /// `Fn::GetAtt` `PrimaryEndPoint.Port`.
    pub fn primary_end_point_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryEndPoint.Port")
    }
    /// `Fn::GetAtt` `ReadEndPoint`.
    pub fn read_end_point(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReadEndPoint")
    }
    /// `Fn::GetAtt` `ReadEndPoint.Addresses`.
    pub fn read_end_point_addresses(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReadEndPoint.Addresses")
    }
    /// `Fn::GetAtt` `ReadEndPoint.AddressesList`.
    pub fn read_end_point_addresses_list(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ReadEndPoint.AddressesList")
    }
    /// `Fn::GetAtt` `ReadEndPoint.Ports`.
    pub fn read_end_point_ports(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReadEndPoint.Ports")
    }
    /// `Fn::GetAtt` `ReadEndPoint.PortsList`.
    pub fn read_end_point_ports_list(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ReadEndPoint.PortsList")
    }
    /// `Fn::GetAtt` `ReaderEndPoint`.
    pub fn reader_end_point(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReaderEndPoint")
    }
    /// `Fn::GetAtt` `ReaderEndPoint.Address`.
    pub fn reader_end_point_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReaderEndPoint.Address")
    }
    /// `Fn::GetAtt` `ReaderEndPoint.Port`.
    pub fn reader_end_point_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReaderEndPoint.Port")
    }
    /// `Fn::GetAtt` `EffectiveDurability`.
    pub fn effective_durability(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EffectiveDurability")
    }
}

/// The `LogDeliveryConfigurationRequest` property type of `AWS::ElastiCache::ReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDeliveryConfigurationRequest {
    props: ::forma_core::schema::Props,
}
impl LogDeliveryConfigurationRequest {
    /// A new value with its required properties: `DestinationDetails`, `DestinationType`, `LogFormat`, `LogType`.
    pub fn new(
        destination_details: impl ::std::convert::Into<::forma_core::Value<DestinationDetails>>,
        destination_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_format: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_details.into().into_expr());
        props.set(1, destination_type.into().into_expr());
        props.set(2, log_format.into().into_expr());
        props.set(3, log_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogDeliveryConfigurationRequest> for ::forma_core::Value<LogDeliveryConfigurationRequest> {
    fn from(v: LogDeliveryConfigurationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DELIVERY_CONFIGURATION_REQUEST_TYPE.properties))
    }
}

/// The `NodeGroupConfiguration` property type of `AWS::ElastiCache::ReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeGroupConfiguration {
    props: ::forma_core::schema::Props,
}
impl NodeGroupConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Either the ElastiCache for Redis supplied 4-digit id or a user supplied id for the node group these configuration values apply to.
    ///
    /// Allowed: length 1 to 4.
    pub fn node_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Availability Zone where the primary node of this node group (shard) is launched.
    pub fn primary_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of Availability Zones to be used for the read replicas.
    pub fn replica_availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The number of read replica nodes in this node group (shard).
    pub fn replica_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A string of comma-separated values where the first set of values are the slot numbers (zero based), and the second set of values are the keyspaces for each slot.
    pub fn slots(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeGroupConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeGroupConfiguration> for ::forma_core::Value<NodeGroupConfiguration> {
    fn from(v: NodeGroupConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_GROUP_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ElastiCache::ReplicationGroup`.
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

/// Configuration details of either a CloudWatch Logs destination or Kinesis Data Firehose destination.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationDetails {
    props: ::forma_core::schema::Props,
}
impl DestinationDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration details of the CloudWatch Logs destination.
    pub fn cloud_watch_logs_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsDestinationDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration details of the Kinesis Data Firehose destination.
    pub fn kinesis_firehose_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseDestinationDetails>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationDetails> for ::forma_core::Value<DestinationDetails> {
    fn from(v: DestinationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_DETAILS_TYPE.properties))
    }
}

/// The configuration details of the CloudWatch Logs destination.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsDestinationDetails {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsDestinationDetails {
    /// A new value with its required properties: `LogGroup`.
    pub fn new(log_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogsDestinationDetails> for ::forma_core::Value<CloudWatchLogsDestinationDetails> {
    fn from(v: CloudWatchLogsDestinationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_DESTINATION_DETAILS_TYPE.properties))
    }
}

/// The configuration details of the Kinesis Data Firehose destination.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseDestinationDetails {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseDestinationDetails {
    /// A new value with its required properties: `DeliveryStream`.
    pub fn new(delivery_stream: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delivery_stream.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseDestinationDetails>
    for ::forma_core::Value<KinesisFirehoseDestinationDetails>
{
    fn from(v: KinesisFirehoseDestinationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_DESTINATION_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::ElastiCache::ReplicationGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::ReplicationGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AtRestEncryptionEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AuthToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutoMinorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutomaticFailoverEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CacheNodeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheSecurityGroupNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CacheSubnetGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClusterMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataTieringEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Durability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Engine",
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
            name: "GlobalReplicationGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpDiscovery",
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
            name: "LogDeliveryConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_DELIVERY_CONFIGURATION_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MultiAZEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NodeGroupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_GROUP_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotificationTopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumCacheClusters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(6.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "NumNodeGroups",
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
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PreferredCacheClusterAZs",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PreferredMaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrimaryClusterId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicasPerNodeGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationGroupDescription",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnapshotArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnapshotName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotRetentionLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshottingClusterId",
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
            name: "TransitEncryptionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TransitEncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z][a-zA-Z0-9\\-]*$"),
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "ConfigurationEndPoint",
        "ConfigurationEndPoint.Address",
        "ConfigurationEndPoint.Port",
        "PrimaryEndPoint",
        "PrimaryEndPoint.Address",
        "PrimaryEndPoint.Port",
        "ReadEndPoint",
        "ReadEndPoint.Addresses",
        "ReadEndPoint.AddressesList",
        "ReadEndPoint.Ports",
        "ReadEndPoint.PortsList",
        "ReaderEndPoint",
        "ReaderEndPoint.Address",
        "ReaderEndPoint.Port",
        "EffectiveDurability",
    ],
};

static LOG_DELIVERY_CONFIGURATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElastiCache::ReplicationGroup.LogDeliveryConfigurationRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationDetails",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DESTINATION_DETAILS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DestinationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogFormat",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static NODE_GROUP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ReplicationGroup.NodeGroupConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NodeGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+$"),
                min_length: Some(1),
                max_length: Some(4),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryAvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicaAvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReplicaCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Slots",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ReplicationGroup.Tag",
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

static DESTINATION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ReplicationGroup.DestinationDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_DESTINATION_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_DESTINATION_DETAILS_TYPE),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGS_DESTINATION_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElastiCache::ReplicationGroup.CloudWatchLogsDestinationDetails",
        properties: &[::forma_core::schema::Property {
            name: "LogGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static KINESIS_FIREHOSE_DESTINATION_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElastiCache::ReplicationGroup.KinesisFirehoseDestinationDetails",
        properties: &[::forma_core::schema::Property {
            name: "DeliveryStream",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
