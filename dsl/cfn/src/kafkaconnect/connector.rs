// @generated from AWS::KafkaConnect::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KafkaConnect::Connector` and its property types.

/// Resource Type definition for AWS::KafkaConnect::Connector
///
/// CloudFormation type `AWS::KafkaConnect::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `Capacity`, `ConnectorConfiguration`, `ConnectorName`, `KafkaCluster`, `KafkaClusterClientAuthentication`, `KafkaClusterEncryptionInTransit`, `KafkaConnectVersion`, `Plugins`, `ServiceExecutionRoleArn`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        capacity: impl ::std::convert::Into<::forma_core::Value<Capacity>>,
        connector_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        connector_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        kafka_cluster: impl ::std::convert::Into<::forma_core::Value<KafkaCluster>>,
        kafka_cluster_client_authentication: impl ::std::convert::Into<
            ::forma_core::Value<KafkaClusterClientAuthentication>,
        >,
        kafka_cluster_encryption_in_transit: impl ::std::convert::Into<::forma_core::Value<KafkaClusterEncryptionInTransit>>,
        kafka_connect_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        plugins: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Plugin>>>,
        service_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, connector_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, connector_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, kafka_cluster.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, kafka_cluster_client_authentication.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, kafka_cluster_encryption_in_transit.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, kafka_connect_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, plugins.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, service_execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A summary description of the connector.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connector_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Details of what logs are delivered and where they are delivered.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_delivery(mut self, value: impl ::std::convert::Into<::forma_core::Value<LogDelivery>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type of the Connector.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkType>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the worker configuration to use with the connector.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn worker_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkerConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::KafkaConnect::Connector"
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
/// The attributes of a `AWS::KafkaConnect::Connector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorAttributes {
    /// `Fn::GetAtt` `ConnectorArn`.
    pub fn connector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorArn")
    }
}

/// The values CloudFormation documents: `IPV4`, `DUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkType {
    /// `IPV4`
    Ipv4,
    /// `DUAL`
    Dual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Dual => "DUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUAL"]
    }
}
impl ::std::convert::From<NetworkType> for ::forma_core::Value<NetworkType> {
    fn from(v: NetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkType {}

/// Information about the capacity allocated to the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct Capacity {
    props: ::forma_core::schema::Props,
}
impl Capacity {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `AutoScaling` or `ProvisionedCapacity`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details about auto scaling of a connector.
    pub fn auto_scaling(mut self, value: impl ::std::convert::Into<::forma_core::Value<AutoScaling>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details about a fixed capacity allocated to a connector.
    pub fn provisioned_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedCapacity>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Capacity {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Capacity> for ::forma_core::Value<Capacity> {
    fn from(v: Capacity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_TYPE.properties))
    }
}

/// Details of how to connect to the Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaCluster {
    props: ::forma_core::schema::Props,
}
impl KafkaCluster {
    /// A new value with its required properties: `ApacheKafkaCluster`.
    pub fn new(apache_kafka_cluster: impl ::std::convert::Into<::forma_core::Value<ApacheKafkaCluster>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, apache_kafka_cluster.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KafkaCluster> for ::forma_core::Value<KafkaCluster> {
    fn from(v: KafkaCluster) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaClusterClientAuthenticationType {
    /// `NONE`
    None,
    /// `IAM`
    Iam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KafkaClusterClientAuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Iam => "IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "IAM"]
    }
}
impl ::std::convert::From<KafkaClusterClientAuthenticationType>
    for ::forma_core::Value<KafkaClusterClientAuthenticationType>
{
    fn from(v: KafkaClusterClientAuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KafkaClusterClientAuthenticationType {}

/// Details of the client authentication used by the Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KafkaClusterClientAuthentication {
    props: ::forma_core::schema::Props,
}
impl KafkaClusterClientAuthentication {
    /// A new value with its required properties: `AuthenticationType`.
    pub fn new(authentication_type: impl ::forma_core::schema::EnumArg<KafkaClusterClientAuthenticationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<KafkaClusterClientAuthentication> for ::forma_core::Value<KafkaClusterClientAuthentication> {
    fn from(v: KafkaClusterClientAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_CLIENT_AUTHENTICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PLAINTEXT`, `TLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaClusterEncryptionInTransitType {
    /// `PLAINTEXT`
    Plaintext,
    /// `TLS`
    Tls,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KafkaClusterEncryptionInTransitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plaintext => "PLAINTEXT",
            Self::Tls => "TLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PLAINTEXT", "TLS"]
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

/// Details of encryption in transit to the Kafka cluster.
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
}
impl ::std::convert::From<KafkaClusterEncryptionInTransit> for ::forma_core::Value<KafkaClusterEncryptionInTransit> {
    fn from(v: KafkaClusterEncryptionInTransit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KAFKA_CLUSTER_ENCRYPTION_IN_TRANSIT_TYPE.properties))
    }
}

/// Details of what logs are delivered and where they are delivered.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDelivery {
    props: ::forma_core::schema::Props,
}
impl LogDelivery {
    /// A new value with its required properties: `WorkerLogDelivery`.
    pub fn new(worker_log_delivery: impl ::std::convert::Into<::forma_core::Value<WorkerLogDelivery>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, worker_log_delivery.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogDelivery> for ::forma_core::Value<LogDelivery> {
    fn from(v: LogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DELIVERY_TYPE.properties))
    }
}

/// Details about a Kafka Connect plugin which will be used with the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct Plugin {
    props: ::forma_core::schema::Props,
}
impl Plugin {
    /// A new value with its required properties: `CustomPlugin`.
    pub fn new(custom_plugin: impl ::std::convert::Into<::forma_core::Value<CustomPlugin>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_plugin.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Plugin> for ::forma_core::Value<Plugin> {
    fn from(v: Plugin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLUGIN_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::KafkaConnect::Connector`.
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

/// Specifies the worker configuration to use with the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkerConfiguration {
    /// A new value with its required properties: `Revision`, `WorkerConfigurationArn`.
    pub fn new(
        revision: impl ::std::convert::Into<::forma_core::Value<i64>>,
        worker_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, revision.into().into_expr());
        props.set(1, worker_configuration_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WorkerConfiguration> for ::forma_core::Value<WorkerConfiguration> {
    fn from(v: WorkerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKER_CONFIGURATION_TYPE.properties))
    }
}

/// Details about auto scaling of a connector.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScaling {
    props: ::forma_core::schema::Props,
}
impl AutoScaling {
    /// A new value with its required properties: `MaxWorkerCount`, `McuCount`, `MinWorkerCount`, `ScaleInPolicy`, `ScaleOutPolicy`.
    pub fn new(
        max_worker_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        mcu_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_worker_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        scale_in_policy: impl ::std::convert::Into<::forma_core::Value<ScaleInPolicy>>,
        scale_out_policy: impl ::std::convert::Into<::forma_core::Value<ScaleOutPolicy>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, max_worker_count.into().into_expr());
        props.set(2, mcu_count.into().into_expr());
        props.set(3, min_worker_count.into().into_expr());
        props.set(4, scale_in_policy.into().into_expr());
        props.set(5, scale_out_policy.into().into_expr());
        Self { props }
    }
    /// The maximum number of tasks allocated to the connector during autoscaling operations.
    pub fn max_autoscaling_task_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoScaling> for ::forma_core::Value<AutoScaling> {
    fn from(v: AutoScaling) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_TYPE.properties))
    }
}

/// Details about a fixed capacity allocated to a connector.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedCapacity {
    props: ::forma_core::schema::Props,
}
impl ProvisionedCapacity {
    /// A new value with its required properties: `McuCount`, `WorkerCount`.
    pub fn new(
        mcu_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        worker_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mcu_count.into().into_expr());
        props.set(1, worker_count.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProvisionedCapacity> for ::forma_core::Value<ProvisionedCapacity> {
    fn from(v: ProvisionedCapacity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONED_CAPACITY_TYPE.properties))
    }
}

/// Details of how to connect to an Apache Kafka cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ApacheKafkaCluster {
    props: ::forma_core::schema::Props,
}
impl ApacheKafkaCluster {
    /// A new value with its required properties: `BootstrapServers`, `Vpc`.
    pub fn new(
        bootstrap_servers: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc: impl ::std::convert::Into<::forma_core::Value<Vpc>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bootstrap_servers.into().into_expr());
        props.set(1, vpc.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApacheKafkaCluster> for ::forma_core::Value<ApacheKafkaCluster> {
    fn from(v: ApacheKafkaCluster) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APACHE_KAFKA_CLUSTER_TYPE.properties))
    }
}

/// Specifies where worker logs are delivered.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerLogDelivery {
    props: ::forma_core::schema::Props,
}
impl WorkerLogDelivery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details about delivering logs to Amazon CloudWatch Logs.
    pub fn cloud_watch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsLogDelivery>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details about delivering logs to Amazon Kinesis Data Firehose.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<FirehoseLogDelivery>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Details about delivering logs to Amazon S3.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3LogDelivery>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkerLogDelivery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkerLogDelivery> for ::forma_core::Value<WorkerLogDelivery> {
    fn from(v: WorkerLogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKER_LOG_DELIVERY_TYPE.properties))
    }
}

/// Details about a custom plugin.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPlugin {
    props: ::forma_core::schema::Props,
}
impl CustomPlugin {
    /// A new value with its required properties: `CustomPluginArn`, `Revision`.
    pub fn new(
        custom_plugin_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        revision: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_plugin_arn.into().into_expr());
        props.set(1, revision.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomPlugin> for ::forma_core::Value<CustomPlugin> {
    fn from(v: CustomPlugin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PLUGIN_TYPE.properties))
    }
}

/// Information about the scale in policy of the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleInPolicy {
    props: ::forma_core::schema::Props,
}
impl ScaleInPolicy {
    /// A new value with its required properties: `CpuUtilizationPercentage`.
    pub fn new(cpu_utilization_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cpu_utilization_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScaleInPolicy> for ::forma_core::Value<ScaleInPolicy> {
    fn from(v: ScaleInPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALE_IN_POLICY_TYPE.properties))
    }
}

/// Information about the scale out policy of the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleOutPolicy {
    props: ::forma_core::schema::Props,
}
impl ScaleOutPolicy {
    /// A new value with its required properties: `CpuUtilizationPercentage`.
    pub fn new(cpu_utilization_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cpu_utilization_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScaleOutPolicy> for ::forma_core::Value<ScaleOutPolicy> {
    fn from(v: ScaleOutPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALE_OUT_POLICY_TYPE.properties))
    }
}

/// Information about a VPC used with the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    props: ::forma_core::schema::Props,
}
impl Vpc {
    /// A new value with its required properties: `SecurityGroups`, `Subnets`.
    pub fn new(
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_groups.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Vpc> for ::forma_core::Value<Vpc> {
    fn from(v: Vpc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_TYPE.properties))
    }
}

/// Details about delivering logs to Amazon CloudWatch Logs.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsLogDelivery {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsLogDelivery {
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
impl ::std::convert::From<CloudWatchLogsLogDelivery> for ::forma_core::Value<CloudWatchLogsLogDelivery> {
    fn from(v: CloudWatchLogsLogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_LOG_DELIVERY_TYPE.properties))
    }
}

/// Details about delivering logs to Amazon Kinesis Data Firehose.
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseLogDelivery {
    props: ::forma_core::schema::Props,
}
impl FirehoseLogDelivery {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The Kinesis Data Firehose delivery stream that is the destination for log delivery.
    pub fn delivery_stream(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FirehoseLogDelivery> for ::forma_core::Value<FirehoseLogDelivery> {
    fn from(v: FirehoseLogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_LOG_DELIVERY_TYPE.properties))
    }
}

/// Details about delivering logs to Amazon S3.
#[derive(Debug, Clone, PartialEq)]
pub struct S3LogDelivery {
    props: ::forma_core::schema::Props,
}
impl S3LogDelivery {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// The name of the S3 bucket that is the destination for log delivery.
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
impl ::std::convert::From<S3LogDelivery> for ::forma_core::Value<S3LogDelivery> {
    fn from(v: S3LogDelivery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOG_DELIVERY_TYPE.properties))
    }
}

/// The schema of `AWS::KafkaConnect::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KafkaConnect::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectorConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ConnectorDescription",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KafkaCluster",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KafkaClusterClientAuthentication",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_CLIENT_AUTHENTICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KafkaClusterEncryptionInTransit",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KAFKA_CLUSTER_ENCRYPTION_IN_TRANSIT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KafkaConnectVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogDelivery",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LOG_DELIVERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUAL"]),
        },
        ::forma_core::schema::Property {
            name: "Plugins",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PLUGIN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
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
        ::forma_core::schema::Property {
            name: "WorkerConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&WORKER_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ConnectorArn"],
};

static CAPACITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.Capacity",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONED_CAPACITY_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["AutoScaling"], &["ProvisionedCapacity"]])],
};

static KAFKA_CLUSTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.KafkaCluster",
    properties: &[::forma_core::schema::Property {
        name: "ApacheKafkaCluster",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&APACHE_KAFKA_CLUSTER_TYPE),
    }],
    rules: &[],
};

static KAFKA_CLUSTER_CLIENT_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KafkaConnect::Connector.KafkaClusterClientAuthentication",
        properties: &[::forma_core::schema::Property {
            name: "AuthenticationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "IAM"]),
        }],
        rules: &[],
    };

static KAFKA_CLUSTER_ENCRYPTION_IN_TRANSIT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KafkaConnect::Connector.KafkaClusterEncryptionInTransit",
        properties: &[::forma_core::schema::Property {
            name: "EncryptionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PLAINTEXT", "TLS"]),
        }],
        rules: &[],
    };

static LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.LogDelivery",
    properties: &[::forma_core::schema::Property {
        name: "WorkerLogDelivery",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&WORKER_LOG_DELIVERY_TYPE),
    }],
    rules: &[],
};

static PLUGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.Plugin",
    properties: &[::forma_core::schema::Property {
        name: "CustomPlugin",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_PLUGIN_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.Tag",
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

static WORKER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.WorkerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Revision",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(9.223372036854776e+18),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkerConfigurationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):kafkaconnect:.*"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static AUTO_SCALING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.AutoScaling",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxAutoscalingTaskCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxWorkerCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "McuCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[1, 2, 4, 8]),
        },
        ::forma_core::schema::Property {
            name: "MinWorkerCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScaleInPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALE_IN_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScaleOutPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALE_OUT_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static PROVISIONED_CAPACITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.ProvisionedCapacity",
    properties: &[
        ::forma_core::schema::Property {
            name: "McuCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[1, 2, 4, 8]),
        },
        ::forma_core::schema::Property {
            name: "WorkerCount",
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

static APACHE_KAFKA_CLUSTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.ApacheKafkaCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "BootstrapServers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Vpc",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_TYPE),
        },
    ],
    rules: &[],
};

static WORKER_LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.WorkerLogDelivery",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_LOG_DELIVERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Firehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_LOG_DELIVERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOG_DELIVERY_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOM_PLUGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.CustomPlugin",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomPluginArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):kafkaconnect:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Revision",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(9.223372036854776e+18),
            }),
        },
    ],
    rules: &[],
};

static SCALE_IN_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.ScaleInPolicy",
    properties: &[::forma_core::schema::Property {
        name: "CpuUtilizationPercentage",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
};

static SCALE_OUT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.ScaleOutPolicy",
    properties: &[::forma_core::schema::Property {
        name: "CpuUtilizationPercentage",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
};

static VPC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.Vpc",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGS_LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.CloudWatchLogsLogDelivery",
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

static FIREHOSE_LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.FirehoseLogDelivery",
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

static S3_LOG_DELIVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::Connector.S3LogDelivery",
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
