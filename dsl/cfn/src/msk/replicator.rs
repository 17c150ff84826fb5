// @generated from AWS::MSK::Replicator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::Replicator` and its property types.

/// Resource Type definition for AWS::MSK::Replicator
///
/// CloudFormation type `AWS::MSK::Replicator`.
#[derive(Debug, Clone, PartialEq)]
pub struct Replicator {
    props: ::forma_core::schema::Props,
}
impl Replicator {
    /// A new resource with its required properties: `KafkaClusters`, `ReplicationInfoList`, `ReplicatorName`, `ServiceExecutionRoleArn`.
    #[track_caller]
    pub fn new(
        kafka_clusters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KafkaCluster>>>,
        replication_info_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationInfo>>>,
        replicator_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, kafka_clusters.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, replication_info_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, replicator_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, service_execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A summary description of the replicator.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for log delivery for the replicator.
    #[track_caller]
    pub fn log_delivery(mut self, value: impl ::std::convert::Into<::forma_core::Value<LogDelivery>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Replicator {
    type Attributes = ReplicatorAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::Replicator"
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
/// The attributes of a `AWS::MSK::Replicator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicatorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicatorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicatorAttributes {
    /// `Fn::GetAtt` `ReplicatorArn`.
    pub fn replicator_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReplicatorArn")
    }
    /// `Fn::GetAtt` `CurrentVersion`.
    pub fn current_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrentVersion")
    }
}

/// Details of a Kafka cluster for replication.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaCluster {
    props: ::forma_core::schema::Props,
}
impl KafkaCluster {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details of an Amazon MSK cluster.
    pub fn amazon_msk_cluster(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonMskCluster>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details of an Apache Kafka cluster.
    pub fn apache_kafka_cluster(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApacheKafkaCluster>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Details of the client authentication used by the Apache Kafka cluster.
    pub fn client_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterClientAuthentication>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Details of encryption in transit to the Apache Kafka cluster.
    pub fn encryption_in_transit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterEncryptionInTransit>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Details of an Amazon VPC which has network connectivity to the Apache Kafka cluster.
    pub fn vpc_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterClientVpcConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KafkaCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KafkaCluster> for ::forma_core::Value<KafkaCluster> {
    fn from(v: KafkaCluster) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_TYPE.properties))
    }
}

/// Configuration for log delivery for the replicator.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDelivery {
    props: ::forma_core::schema::Props,
}
impl LogDelivery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The replicator logs configuration.
    pub fn replicator_log_delivery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicatorLogDelivery>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogDelivery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogDelivery> for ::forma_core::Value<LogDelivery> {
    fn from(v: LogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DELIVERY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `GZIP`, `SNAPPY`, `LZ4`, `ZSTD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetCompressionType {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// `SNAPPY`
    Snappy,
    /// `LZ4`
    Lz4,
    /// `ZSTD`
    Zstd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetCompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Gzip => "GZIP",
            Self::Snappy => "SNAPPY",
            Self::Lz4 => "LZ4",
            Self::Zstd => "ZSTD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "GZIP", "SNAPPY", "LZ4", "ZSTD"]
    }
}
impl ::std::convert::From<TargetCompressionType> for ::forma_core::Value<TargetCompressionType> {
    fn from(v: TargetCompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetCompressionType {}

/// Specifies configuration for replication between a source and target Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationInfo {
    props: ::forma_core::schema::Props,
}
impl ReplicationInfo {
    /// A new value with its required properties: `ConsumerGroupReplication`, `TargetCompressionType`, `TopicReplication`.
    pub fn new(
        consumer_group_replication: impl ::std::convert::Into<::forma_core::Value<ConsumerGroupReplication>>,
        target_compression_type: impl ::forma_core::schema::EnumArg<TargetCompressionType>,
        topic_replication: impl ::std::convert::Into<::forma_core::Value<TopicReplication>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, consumer_group_replication.into().into_expr());
        props.set(3, target_compression_type.into_enum_expr());
        props.set(6, topic_replication.into().into_expr());
        Self { props }
    }
    /// Amazon Resource Name of the source Kafka cluster.
    pub fn source_kafka_cluster_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ID of the source Kafka cluster.
    pub fn source_kafka_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Amazon Resource Name of the target Kafka cluster.
    pub fn target_kafka_cluster_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ID of the target Kafka cluster.
    pub fn target_kafka_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReplicationInfo> for ::forma_core::Value<ReplicationInfo> {
    fn from(v: ReplicationInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_INFO_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MSK::Replicator`.
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

/// Details of an Amazon MSK cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonMskCluster {
    props: ::forma_core::schema::Props,
}
impl AmazonMskCluster {
    /// A new value with its required properties: `MskClusterArn`.
    pub fn new(msk_cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, msk_cluster_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AmazonMskCluster> for ::forma_core::Value<AmazonMskCluster> {
    fn from(v: AmazonMskCluster) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_MSK_CLUSTER_TYPE.properties))
    }
}

/// Details of an Apache Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ApacheKafkaCluster {
    props: ::forma_core::schema::Props,
}
impl ApacheKafkaCluster {
    /// A new value with its required properties: `ApacheKafkaClusterId`, `BootstrapBrokerString`.
    pub fn new(
        apache_kafka_cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bootstrap_broker_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, apache_kafka_cluster_id.into().into_expr());
        props.set(1, bootstrap_broker_string.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApacheKafkaCluster> for ::forma_core::Value<ApacheKafkaCluster> {
    fn from(v: ApacheKafkaCluster) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APACHE_KAFKA_CLUSTER_TYPE.properties))
    }
}

/// Details of the client authentication used by the Apache Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterClientAuthentication {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterClientAuthentication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details for mTLS client authentication.
    pub fn mtls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterMtlsAuthentication>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details for client authentication using SASL/OAUTHBEARER.
    pub fn sasl_oauth_bearer(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterSaslOauthBearerAuthentication>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Details for SASL/SCRAM client authentication.
    pub fn sasl_scram(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterSaslScramAuthentication>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KafkaClusterClientAuthentication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KafkaClusterClientAuthentication> for ::forma_core::Value<KafkaClusterClientAuthentication> {
    fn from(v: KafkaClusterClientAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_CLIENT_AUTHENTICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaClusterEncryptionInTransitType {
    /// `TLS`
    Tls,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KafkaClusterEncryptionInTransitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tls => "TLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TLS"]
    }
}
impl ::std::convert::From<KafkaClusterEncryptionInTransitType>
    for ::forma_core::Value<KafkaClusterEncryptionInTransitType>
{
    fn from(v: KafkaClusterEncryptionInTransitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KafkaClusterEncryptionInTransitType {}

/// Details of encryption in transit to the Apache Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterEncryptionInTransit {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterEncryptionInTransit {
    /// A new value with its required properties: `EncryptionType`.
    pub fn new(encryption_type: impl ::forma_core::schema::EnumArg<KafkaClusterEncryptionInTransitType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_type.into_enum_expr());
        Self { props }
    }
    /// The root CA certificate.
    pub fn root_ca_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KafkaClusterEncryptionInTransit> for ::forma_core::Value<KafkaClusterEncryptionInTransit> {
    fn from(v: KafkaClusterEncryptionInTransit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_ENCRYPTION_IN_TRANSIT_TYPE.properties))
    }
}

/// Details of an Amazon VPC which has network connectivity to the Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterClientVpcConfig {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterClientVpcConfig {
    /// A new value with its required properties: `SubnetIds`.
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
    /// The AWS security groups to associate with the elastic network interfaces in order to specify what the replicator has access to.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KafkaClusterClientVpcConfig> for ::forma_core::Value<KafkaClusterClientVpcConfig> {
    fn from(v: KafkaClusterClientVpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_CLIENT_VPC_CONFIG_TYPE.properties))
    }
}

/// Details of the log delivery for the replicator.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicatorLogDelivery {
    props: ::forma_core::schema::Props,
}
impl ReplicatorLogDelivery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details of the CloudWatch Logs destination for replicator logs.
    pub fn cloud_watch_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogs>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details of the Kinesis Data Firehose delivery stream that is the destination for replicator logs.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<Firehose>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Details of the Amazon S3 destination for replicator logs.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReplicatorLogDelivery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicatorLogDelivery> for ::forma_core::Value<ReplicatorLogDelivery> {
    fn from(v: ReplicatorLogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATOR_LOG_DELIVERY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LEGACY`, `ENHANCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConsumerGroupOffsetSyncMode {
    /// `LEGACY`
    Legacy,
    /// `ENHANCED`
    Enhanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConsumerGroupOffsetSyncMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Legacy => "LEGACY",
            Self::Enhanced => "ENHANCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEGACY", "ENHANCED"]
    }
}
impl ::std::convert::From<ConsumerGroupOffsetSyncMode> for ::forma_core::Value<ConsumerGroupOffsetSyncMode> {
    fn from(v: ConsumerGroupOffsetSyncMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConsumerGroupOffsetSyncMode {}

/// Configuration relating to consumer group replication.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumerGroupReplication {
    props: ::forma_core::schema::Props,
}
impl ConsumerGroupReplication {
    /// A new value with its required properties: `ConsumerGroupsToReplicate`.
    pub fn new(
        consumer_groups_to_replicate: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, consumer_groups_to_replicate.into().into_expr());
        Self { props }
    }
    /// The consumer group offset synchronization mode.
    pub fn consumer_group_offset_sync_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ConsumerGroupOffsetSyncMode>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// List of regular expression patterns indicating the consumer groups that should not be replicated.
    pub fn consumer_groups_to_exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether to periodically check for new consumer groups.
    pub fn detect_and_copy_new_consumer_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Whether to periodically write the translated offsets to __consumer_offsets topic in target cluster.
    pub fn synchronise_consumer_group_offsets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConsumerGroupReplication> for ::forma_core::Value<ConsumerGroupReplication> {
    fn from(v: ConsumerGroupReplication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSUMER_GROUP_REPLICATION_TYPE.properties))
    }
}

/// The `TopicReplication` property type of `AWS::MSK::Replicator`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicReplication {
    props: ::forma_core::schema::Props,
}
impl TopicReplication {
    /// A new value with its required properties: `TopicsToReplicate`.
    pub fn new(
        topics_to_replicate: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, topics_to_replicate.into().into_expr());
        Self { props }
    }
    /// Whether to periodically configure remote topic ACLs to match their corresponding upstream topics.
    pub fn copy_access_control_lists_for_topics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether to periodically configure remote topics to match their corresponding upstream topics.
    pub fn copy_topic_configurations(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether to periodically check for new topics and partitions.
    pub fn detect_and_copy_new_topics(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Configuration for specifying the position in the topics to start replicating from.
    pub fn starting_position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationStartingPosition>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configuration for specifying replicated topic names should be the same as their corresponding upstream topics or prefixed with source cluster alias.
    pub fn topic_name_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationTopicNameConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// List of regular expression patterns indicating the topics that should not be replicated.
    pub fn topics_to_exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicReplication> for ::forma_core::Value<TopicReplication> {
    fn from(v: TopicReplication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_REPLICATION_TYPE.properties))
    }
}

/// Details for mTLS client authentication.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterMtlsAuthentication {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterMtlsAuthentication {
    /// A new value with its required properties: `SecretArn`.
    pub fn new(secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KafkaClusterMtlsAuthentication> for ::forma_core::Value<KafkaClusterMtlsAuthentication> {
    fn from(v: KafkaClusterMtlsAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_MTLS_AUTHENTICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `POST`, `BASIC`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenEndpointAuthenticationMethod {
    /// `POST`
    Post,
    /// `BASIC`
    Basic,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TokenEndpointAuthenticationMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Post => "POST",
            Self::Basic => "BASIC",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POST", "BASIC", "NONE"]
    }
}
impl ::std::convert::From<TokenEndpointAuthenticationMethod>
    for ::forma_core::Value<TokenEndpointAuthenticationMethod>
{
    fn from(v: TokenEndpointAuthenticationMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TokenEndpointAuthenticationMethod {}

/// Details for client authentication using SASL/OAUTHBEARER.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterSaslOauthBearerAuthentication {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterSaslOauthBearerAuthentication {
    /// A new value with its required properties: `TokenEndpointAuthenticationMethod`, `TokenEndpointUrl`.
    pub fn new(
        token_endpoint_authentication_method: impl ::forma_core::schema::EnumArg<TokenEndpointAuthenticationMethod>,
        token_endpoint_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, token_endpoint_authentication_method.into_enum_expr());
        props.set(6, token_endpoint_url.into().into_expr());
        Self { props }
    }
    /// Details for SASL/OAUTHBEARER using standard client_credentials grant.
    pub fn client_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterOauthClientCredentials>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details for SASL/OAUTHBEARER using client credentials grant with JWT client assertion (RFC 7521/7523).
    pub fn client_credentials_assertion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterOauthClientCredentialsAssertion>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Details for SASL/OAUTHBEARER using JWT Bearer assertion grant (RFC 7523).
    pub fn iam_jwt_bearer(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KafkaClusterOauthIamJwtBearer>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// OAuth scope to request.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Secrets Manager ARN containing a custom CA certificate for the identity provider.
    pub fn token_endpoint_tls_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KafkaClusterSaslOauthBearerAuthentication>
    for ::forma_core::Value<KafkaClusterSaslOauthBearerAuthentication>
{
    fn from(v: KafkaClusterSaslOauthBearerAuthentication) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(KAFKA_CLUSTER_SASL_OAUTH_BEARER_AUTHENTICATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `SHA256`, `SHA512`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaClusterSaslScramMechanism {
    /// `SHA256`
    Sha256,
    /// `SHA512`
    Sha512,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KafkaClusterSaslScramMechanism {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sha256 => "SHA256",
            Self::Sha512 => "SHA512",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHA256", "SHA512"]
    }
}
impl ::std::convert::From<KafkaClusterSaslScramMechanism> for ::forma_core::Value<KafkaClusterSaslScramMechanism> {
    fn from(v: KafkaClusterSaslScramMechanism) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KafkaClusterSaslScramMechanism {}

/// Details for SASL/SCRAM client authentication.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterSaslScramAuthentication {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterSaslScramAuthentication {
    /// A new value with its required properties: `Mechanism`, `SecretArn`.
    pub fn new(
        mechanism: impl ::forma_core::schema::EnumArg<KafkaClusterSaslScramMechanism>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mechanism.into_enum_expr());
        props.set(1, secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KafkaClusterSaslScramAuthentication>
    for ::forma_core::Value<KafkaClusterSaslScramAuthentication>
{
    fn from(v: KafkaClusterSaslScramAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_SASL_SCRAM_AUTHENTICATION_TYPE.properties))
    }
}

/// Details about delivering logs to CloudWatch Logs.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogs {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogs {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The CloudWatch log group that is the destination for log delivery.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchLogs> for ::forma_core::Value<CloudWatchLogs> {
    fn from(v: CloudWatchLogs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_TYPE.properties))
    }
}

/// Details about delivering logs to Firehose.
#[derive(Debug, Clone, PartialEq)]
pub struct Firehose {
    props: ::forma_core::schema::Props,
}
impl Firehose {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The Firehose delivery stream that is the destination for log delivery.
    pub fn delivery_stream(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Firehose> for ::forma_core::Value<Firehose> {
    fn from(v: Firehose) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_TYPE.properties))
    }
}

/// Details about delivering logs to S3.
#[derive(Debug, Clone, PartialEq)]
pub struct S3 {
    props: ::forma_core::schema::Props,
}
impl S3 {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The S3 bucket that is the destination for log delivery.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The S3 prefix that is the destination for log delivery.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3> for ::forma_core::Value<S3> {
    fn from(v: S3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LATEST`, `EARLIEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationStartingPositionType {
    /// `LATEST`
    Latest,
    /// `EARLIEST`
    Earliest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationStartingPositionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Latest => "LATEST",
            Self::Earliest => "EARLIEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LATEST", "EARLIEST"]
    }
}
impl ::std::convert::From<ReplicationStartingPositionType> for ::forma_core::Value<ReplicationStartingPositionType> {
    fn from(v: ReplicationStartingPositionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationStartingPositionType {}

/// Configuration for specifying the position in the topics to start replicating from.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationStartingPosition {
    props: ::forma_core::schema::Props,
}
impl ReplicationStartingPosition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of replication starting position.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<ReplicationStartingPositionType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ReplicationStartingPosition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationStartingPosition> for ::forma_core::Value<ReplicationStartingPosition> {
    fn from(v: ReplicationStartingPosition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_STARTING_POSITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PREFIXED_WITH_SOURCE_CLUSTER_ALIAS`, `IDENTICAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationTopicNameConfigurationType {
    /// `PREFIXED_WITH_SOURCE_CLUSTER_ALIAS`
    PrefixedWithSourceClusterAlias,
    /// `IDENTICAL`
    Identical,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationTopicNameConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrefixedWithSourceClusterAlias => "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS",
            Self::Identical => "IDENTICAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PREFIXED_WITH_SOURCE_CLUSTER_ALIAS", "IDENTICAL"]
    }
}
impl ::std::convert::From<ReplicationTopicNameConfigurationType>
    for ::forma_core::Value<ReplicationTopicNameConfigurationType>
{
    fn from(v: ReplicationTopicNameConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationTopicNameConfigurationType {}

/// Configuration for specifying replicated topic names should be the same as their corresponding upstream topics or prefixed with source cluster alias.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationTopicNameConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReplicationTopicNameConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of replicated topic name.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<ReplicationTopicNameConfigurationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ReplicationTopicNameConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationTopicNameConfiguration>
    for ::forma_core::Value<ReplicationTopicNameConfiguration>
{
    fn from(v: ReplicationTopicNameConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_TOPIC_NAME_CONFIGURATION_TYPE.properties))
    }
}

/// Details for SASL/OAUTHBEARER using the standard client_credentials grant.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterOauthClientCredentials {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterOauthClientCredentials {
    /// A new value with its required properties: `TokenRequestSecretArn`.
    pub fn new(
        token_request_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, token_request_secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KafkaClusterOauthClientCredentials>
    for ::forma_core::Value<KafkaClusterOauthClientCredentials>
{
    fn from(v: KafkaClusterOauthClientCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_OAUTH_CLIENT_CREDENTIALS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RS256`, `ES384`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JwtSigningAlgorithm {
    /// `RS256`
    Rs256,
    /// `ES384`
    Es384,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JwtSigningAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rs256 => "RS256",
            Self::Es384 => "ES384",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RS256", "ES384"]
    }
}
impl ::std::convert::From<JwtSigningAlgorithm> for ::forma_core::Value<JwtSigningAlgorithm> {
    fn from(v: JwtSigningAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JwtSigningAlgorithm {}

/// Details for SASL/OAUTHBEARER using the client credentials grant with a JWT client assertion (RFC 7521/7523 Section 2.2).
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterOauthClientCredentialsAssertion {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterOauthClientCredentialsAssertion {
    /// A new value with its required properties: `Audience`, `SigningAlgorithm`.
    pub fn new(
        audience: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_algorithm: impl ::forma_core::schema::EnumArg<JwtSigningAlgorithm>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audience.into().into_expr());
        props.set(1, signing_algorithm.into_enum_expr());
        Self { props }
    }
    /// Optional Secrets Manager ARN for identity providers that require client_id as a form parameter alongside the JWT client assertion.
    pub fn token_request_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KafkaClusterOauthClientCredentialsAssertion>
    for ::forma_core::Value<KafkaClusterOauthClientCredentialsAssertion>
{
    fn from(v: KafkaClusterOauthClientCredentialsAssertion) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(KAFKA_CLUSTER_OAUTH_CLIENT_CREDENTIALS_ASSERTION_TYPE.properties),
        )
    }
}

/// Details for SASL/OAUTHBEARER using the JWT Bearer assertion grant (RFC 7523).
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterOauthIamJwtBearer {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterOauthIamJwtBearer {
    /// A new value with its required properties: `Audience`, `SigningAlgorithm`.
    pub fn new(
        audience: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_algorithm: impl ::forma_core::schema::EnumArg<JwtSigningAlgorithm>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audience.into().into_expr());
        props.set(1, signing_algorithm.into_enum_expr());
        Self { props }
    }
    /// Optional Secrets Manager ARN for identity providers that require client authentication alongside the JWT Bearer assertion.
    pub fn token_request_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KafkaClusterOauthIamJwtBearer> for ::forma_core::Value<KafkaClusterOauthIamJwtBearer> {
    fn from(v: KafkaClusterOauthIamJwtBearer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_OAUTH_IAM_JWT_BEARER_TYPE.properties))
    }
}

/// The schema of `AWS::MSK::Replicator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::Replicator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "KafkaClusters",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogDelivery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_DELIVERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplicationInfoList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICATION_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReplicatorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][0-9A-Za-z-]{0,}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceExecutionRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):iam:.*"),
                min_length: None,
                max_length: None,
            }),
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
    attributes: &["ReplicatorArn", "CurrentVersion"],
};

static KAFKA_CLUSTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.KafkaCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmazonMskCluster",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMAZON_MSK_CLUSTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApacheKafkaCluster",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APACHE_KAFKA_CLUSTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_CLIENT_AUTHENTICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionInTransit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_ENCRYPTION_IN_TRANSIT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_CLIENT_VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.LogDelivery",
    properties: &[::forma_core::schema::Property {
        name: "ReplicatorLogDelivery",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&REPLICATOR_LOG_DELIVERY_TYPE),
    }],
    rules: &[],
};

static REPLICATION_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.ReplicationInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumerGroupReplication",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONSUMER_GROUP_REPLICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceKafkaClusterArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):kafka:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceKafkaClusterId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetCompressionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "GZIP", "SNAPPY", "LZ4", "ZSTD"]),
        },
        ::forma_core::schema::Property {
            name: "TargetKafkaClusterArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):kafka:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetKafkaClusterId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TopicReplication",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_REPLICATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.Tag",
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

static AMAZON_MSK_CLUSTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.AmazonMskCluster",
    properties: &[::forma_core::schema::Property {
        name: "MskClusterArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("arn:(aws|aws-us-gov|aws-cn):kafka:.*"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static APACHE_KAFKA_CLUSTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.ApacheKafkaCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApacheKafkaClusterId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BootstrapBrokerString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KAFKA_CLUSTER_CLIENT_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterClientAuthentication",
        properties: &[
            ::forma_core::schema::Property {
                name: "MTLS",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_MTLS_AUTHENTICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SaslOAuthBearer",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_SASL_OAUTH_BEARER_AUTHENTICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SaslScram",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_SASL_SCRAM_AUTHENTICATION_TYPE),
            },
        ],
        rules: &[],
    };

static KAFKA_CLUSTER_ENCRYPTION_IN_TRANSIT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterEncryptionInTransit",
        properties: &[
            ::forma_core::schema::Property {
                name: "EncryptionType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TLS"]),
            },
            ::forma_core::schema::Property {
                name: "RootCaCertificate",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static KAFKA_CLUSTER_CLIENT_VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.KafkaClusterClientVpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(3) },
            ),
        },
    ],
    rules: &[],
};

static REPLICATOR_LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.ReplicatorLogDelivery",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Firehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_TYPE),
        },
    ],
    rules: &[],
};

static CONSUMER_GROUP_REPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.ConsumerGroupReplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumerGroupOffsetSyncMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEGACY", "ENHANCED"]),
        },
        ::forma_core::schema::Property {
            name: "ConsumerGroupsToExclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConsumerGroupsToReplicate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DetectAndCopyNewConsumerGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SynchroniseConsumerGroupOffsets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TOPIC_REPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.TopicReplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyAccessControlListsForTopics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CopyTopicConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DetectAndCopyNewTopics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StartingPosition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_STARTING_POSITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TopicNameConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_TOPIC_NAME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TopicsToExclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(249),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicsToReplicate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(249),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static KAFKA_CLUSTER_MTLS_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterMtlsAuthentication",
        properties: &[::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static KAFKA_CLUSTER_SASL_OAUTH_BEARER_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterSaslOAuthBearerAuthentication",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientCredentials",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_OAUTH_CLIENT_CREDENTIALS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientCredentialsAssertion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_OAUTH_CLIENT_CREDENTIALS_ASSERTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "IamJwtBearer",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_OAUTH_IAM_JWT_BEARER_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Scope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TokenEndpointAuthenticationMethod",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["POST", "BASIC", "NONE"]),
            },
            ::forma_core::schema::Property {
                name: "TokenEndpointTlsCertificateArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TokenEndpointUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static KAFKA_CLUSTER_SASL_SCRAM_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterSaslScramAuthentication",
        properties: &[
            ::forma_core::schema::Property {
                name: "Mechanism",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SHA256", "SHA512"]),
            },
            ::forma_core::schema::Property {
                name: "SecretArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static CLOUD_WATCH_LOGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.CloudWatchLogs",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FIREHOSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.Firehose",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.S3",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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

static REPLICATION_STARTING_POSITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Replicator.ReplicationStartingPosition",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["LATEST", "EARLIEST"]),
    }],
    rules: &[],
};

static REPLICATION_TOPIC_NAME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.ReplicationTopicNameConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PREFIXED_WITH_SOURCE_CLUSTER_ALIAS", "IDENTICAL"]),
        }],
        rules: &[],
    };

static KAFKA_CLUSTER_OAUTH_CLIENT_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterOAuthClientCredentials",
        properties: &[::forma_core::schema::Property {
            name: "TokenRequestSecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static KAFKA_CLUSTER_OAUTH_CLIENT_CREDENTIALS_ASSERTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterOAuthClientCredentialsAssertion",
        properties: &[
            ::forma_core::schema::Property {
                name: "Audience",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SigningAlgorithm",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["RS256", "ES384"]),
            },
            ::forma_core::schema::Property {
                name: "TokenRequestSecretArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static KAFKA_CLUSTER_OAUTH_IAM_JWT_BEARER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Replicator.KafkaClusterOAuthIamJwtBearer",
        properties: &[
            ::forma_core::schema::Property {
                name: "Audience",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SigningAlgorithm",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["RS256", "ES384"]),
            },
            ::forma_core::schema::Property {
                name: "TokenRequestSecretArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
