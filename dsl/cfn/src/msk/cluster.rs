// @generated from AWS::MSK::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::Cluster` and its property types.

/// Resource Type definition for AWS::MSK::Cluster
///
/// CloudFormation type `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource with its required properties: `BrokerNodeGroupInfo`, `ClusterName`, `KafkaVersion`, `NumberOfBrokerNodes`.
    #[track_caller]
    pub fn new(
        broker_node_group_info: impl ::std::convert::Into<::forma_core::Value<BrokerNodeGroupInfo>>,
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        kafka_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        number_of_broker_nodes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, broker_node_group_info.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, kafka_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, number_of_broker_nodes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ClientAuthentication`.
    #[track_caller]
    pub fn client_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientAuthentication>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ConfigurationInfo`.
    #[track_caller]
    pub fn configuration_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfigurationInfo>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionInfo`.
    #[track_caller]
    pub fn encryption_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<EncryptionInfo>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnhancedMonitoring`.
    ///
    /// Allowed: length 7 to 23.
    #[track_caller]
    pub fn enhanced_monitoring(mut self, value: impl ::forma_core::schema::EnumArg<EnhancedMonitoring>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoggingInfo`.
    #[track_caller]
    pub fn logging_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingInfo>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OpenMonitoring`.
    #[track_caller]
    pub fn open_monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<OpenMonitoring>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Rebalancing`.
    #[track_caller]
    pub fn rebalancing(mut self, value: impl ::std::convert::Into<::forma_core::Value<Rebalancing>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StorageMode`.
    ///
    /// Allowed: length 5 to 6.
    #[track_caller]
    pub fn storage_mode(mut self, value: impl ::forma_core::schema::EnumArg<StorageMode>) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ZookeeperAccess`.
    #[track_caller]
    pub fn zookeeper_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<ZookeeperAccess>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::Cluster"
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
/// The attributes of a `AWS::MSK::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CurrentVersion`.
    pub fn current_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrentVersion")
    }
}

/// The values CloudFormation documents: `DEFAULT`, `PER_BROKER`, `PER_TOPIC_PER_BROKER`, `PER_TOPIC_PER_PARTITION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnhancedMonitoring {
    /// `DEFAULT`
    Default,
    /// `PER_BROKER`
    PerBroker,
    /// `PER_TOPIC_PER_BROKER`
    PerTopicPerBroker,
    /// `PER_TOPIC_PER_PARTITION`
    PerTopicPerPartition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnhancedMonitoring {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::PerBroker => "PER_BROKER",
            Self::PerTopicPerBroker => "PER_TOPIC_PER_BROKER",
            Self::PerTopicPerPartition => "PER_TOPIC_PER_PARTITION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"]
    }
}
impl ::std::convert::From<EnhancedMonitoring> for ::forma_core::Value<EnhancedMonitoring> {
    fn from(v: EnhancedMonitoring) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnhancedMonitoring {}

/// The values CloudFormation documents: `LOCAL`, `TIERED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageMode {
    /// `LOCAL`
    Local,
    /// `TIERED`
    Tiered,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "LOCAL",
            Self::Tiered => "TIERED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOCAL", "TIERED"]
    }
}
impl ::std::convert::From<StorageMode> for ::forma_core::Value<StorageMode> {
    fn from(v: StorageMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageMode {}

/// The values CloudFormation documents: `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BrokerAzDistribution {
    /// `DEFAULT`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BrokerAzDistribution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT"]
    }
}
impl ::std::convert::From<BrokerAzDistribution> for ::forma_core::Value<BrokerAzDistribution> {
    fn from(v: BrokerAzDistribution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BrokerAzDistribution {}

/// The `BrokerNodeGroupInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokerNodeGroupInfo {
    props: ::forma_core::schema::Props,
}
impl BrokerNodeGroupInfo {
    /// A new value with its required properties: `ClientSubnets`, `InstanceType`.
    pub fn new(
        client_subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, client_subnets.into().into_expr());
        props.set(3, instance_type.into().into_expr());
        Self { props }
    }
    /// `BrokerAZDistribution`.
    ///
    /// Allowed: length 6 to 9.
    pub fn broker_az_distribution(mut self, value: impl ::forma_core::schema::EnumArg<BrokerAzDistribution>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ConnectivityInfo`.
    pub fn connectivity_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectivityInfo>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StorageInfo`.
    pub fn storage_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<StorageInfo>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BrokerNodeGroupInfo> for ::forma_core::Value<BrokerNodeGroupInfo> {
    fn from(v: BrokerNodeGroupInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROKER_NODE_GROUP_INFO_TYPE.properties))
    }
}

/// The `ClientAuthentication` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientAuthentication {
    props: ::forma_core::schema::Props,
}
impl ClientAuthentication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Sasl`.
    pub fn sasl(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sasl>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Tls`.
    pub fn tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<Tls>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Unauthenticated`.
    pub fn unauthenticated(mut self, value: impl ::std::convert::Into<::forma_core::Value<Unauthenticated>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientAuthentication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientAuthentication> for ::forma_core::Value<ClientAuthentication> {
    fn from(v: ClientAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_AUTHENTICATION_TYPE.properties))
    }
}

/// The `ConfigurationInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationInfo {
    props: ::forma_core::schema::Props,
}
impl ConfigurationInfo {
    /// A new value with its required properties: `Arn`, `Revision`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        revision: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        props.set(1, revision.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfigurationInfo> for ::forma_core::Value<ConfigurationInfo> {
    fn from(v: ConfigurationInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_INFO_TYPE.properties))
    }
}

/// The `EncryptionInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionInfo {
    props: ::forma_core::schema::Props,
}
impl EncryptionInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EncryptionAtRest`.
    pub fn encryption_at_rest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionAtRest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EncryptionInTransit`.
    pub fn encryption_in_transit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionInTransit>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionInfo> for ::forma_core::Value<EncryptionInfo> {
    fn from(v: EncryptionInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_INFO_TYPE.properties))
    }
}

/// The `LoggingInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingInfo {
    props: ::forma_core::schema::Props,
}
impl LoggingInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AuthorizerLogs`.
    pub fn authorizer_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<AuthorizerLogs>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BrokerLogs`.
    pub fn broker_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<BrokerLogs>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingInfo> for ::forma_core::Value<LoggingInfo> {
    fn from(v: LoggingInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_INFO_TYPE.properties))
    }
}

/// The `OpenMonitoring` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenMonitoring {
    props: ::forma_core::schema::Props,
}
impl OpenMonitoring {
    /// A new value with its required properties: `Prometheus`.
    pub fn new(prometheus: impl ::std::convert::Into<::forma_core::Value<Prometheus>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, prometheus.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenMonitoring> for ::forma_core::Value<OpenMonitoring> {
    fn from(v: OpenMonitoring) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_MONITORING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PAUSED`, `ACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `PAUSED`
    Paused,
    /// `ACTIVE`
    Active,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Paused => "PAUSED",
            Self::Active => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PAUSED", "ACTIVE"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The `Rebalancing` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rebalancing {
    props: ::forma_core::schema::Props,
}
impl Rebalancing {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Rebalancing> for ::forma_core::Value<Rebalancing> {
    fn from(v: Rebalancing) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REBALANCING_TYPE.properties))
    }
}

/// The `ZookeeperAccess` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZookeeperAccess {
    props: ::forma_core::schema::Props,
}
impl ZookeeperAccess {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ZookeeperAccess {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZookeeperAccess> for ::forma_core::Value<ZookeeperAccess> {
    fn from(v: ZookeeperAccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZOOKEEPER_ACCESS_TYPE.properties))
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

/// The `ConnectivityInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectivityInfo {
    props: ::forma_core::schema::Props,
}
impl ConnectivityInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NetworkType`.
    pub fn network_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `PublicAccess`.
    pub fn public_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<PublicAccess>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VpcConnectivity`.
    pub fn vpc_connectivity(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConnectivity>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectivityInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectivityInfo> for ::forma_core::Value<ConnectivityInfo> {
    fn from(v: ConnectivityInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTIVITY_INFO_TYPE.properties))
    }
}

/// The `StorageInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageInfo {
    props: ::forma_core::schema::Props,
}
impl StorageInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EBSStorageInfo`.
    pub fn ebs_storage_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<EbsStorageInfo>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageInfo> for ::forma_core::Value<StorageInfo> {
    fn from(v: StorageInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_INFO_TYPE.properties))
    }
}

/// The `Sasl` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sasl {
    props: ::forma_core::schema::Props,
}
impl Sasl {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Iam`.
    pub fn iam(mut self, value: impl ::std::convert::Into<::forma_core::Value<Iam>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Scram`.
    pub fn scram(mut self, value: impl ::std::convert::Into<::forma_core::Value<Scram>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Sasl {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Sasl> for ::forma_core::Value<Sasl> {
    fn from(v: Sasl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SASL_TYPE.properties))
    }
}

/// The `Tls` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tls {
    props: ::forma_core::schema::Props,
}
impl Tls {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateAuthorityArnList`.
    pub fn certificate_authority_arn_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tls {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tls> for ::forma_core::Value<Tls> {
    fn from(v: Tls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_TYPE.properties))
    }
}

/// The `Unauthenticated` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Unauthenticated {
    props: ::forma_core::schema::Props,
}
impl Unauthenticated {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Unauthenticated> for ::forma_core::Value<Unauthenticated> {
    fn from(v: Unauthenticated) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNAUTHENTICATED_TYPE.properties))
    }
}

/// The `EncryptionAtRest` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionAtRest {
    props: ::forma_core::schema::Props,
}
impl EncryptionAtRest {
    /// A new value with its required properties: `DataVolumeKMSKeyId`.
    pub fn new(data_volume_kms_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_volume_kms_key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionAtRest> for ::forma_core::Value<EncryptionAtRest> {
    fn from(v: EncryptionAtRest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_AT_REST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TLS`, `TLS_PLAINTEXT`, `PLAINTEXT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientBroker {
    /// `TLS`
    Tls,
    /// `TLS_PLAINTEXT`
    TlsPlaintext,
    /// `PLAINTEXT`
    Plaintext,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClientBroker {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tls => "TLS",
            Self::TlsPlaintext => "TLS_PLAINTEXT",
            Self::Plaintext => "PLAINTEXT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TLS", "TLS_PLAINTEXT", "PLAINTEXT"]
    }
}
impl ::std::convert::From<ClientBroker> for ::forma_core::Value<ClientBroker> {
    fn from(v: ClientBroker) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClientBroker {}

/// The `EncryptionInTransit` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionInTransit {
    props: ::forma_core::schema::Props,
}
impl EncryptionInTransit {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientBroker`.
    pub fn client_broker(mut self, value: impl ::forma_core::schema::EnumArg<ClientBroker>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `InCluster`.
    pub fn in_cluster(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionInTransit {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionInTransit> for ::forma_core::Value<EncryptionInTransit> {
    fn from(v: EncryptionInTransit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_IN_TRANSIT_TYPE.properties))
    }
}

/// The `AuthorizerLogs` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizerLogs {
    props: ::forma_core::schema::Props,
}
impl AuthorizerLogs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogs`.
    pub fn cloud_watch_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogs>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Firehose`.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<Firehose>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizerLogs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizerLogs> for ::forma_core::Value<AuthorizerLogs> {
    fn from(v: AuthorizerLogs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZER_LOGS_TYPE.properties))
    }
}

/// The `BrokerLogs` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokerLogs {
    props: ::forma_core::schema::Props,
}
impl BrokerLogs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogs`.
    pub fn cloud_watch_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogs>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Firehose`.
    pub fn firehose(mut self, value: impl ::std::convert::Into<::forma_core::Value<Firehose>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BrokerLogs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BrokerLogs> for ::forma_core::Value<BrokerLogs> {
    fn from(v: BrokerLogs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROKER_LOGS_TYPE.properties))
    }
}

/// The `Prometheus` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Prometheus {
    props: ::forma_core::schema::Props,
}
impl Prometheus {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `JmxExporter`.
    pub fn jmx_exporter(mut self, value: impl ::std::convert::Into<::forma_core::Value<JmxExporter>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NodeExporter`.
    pub fn node_exporter(mut self, value: impl ::std::convert::Into<::forma_core::Value<NodeExporter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Prometheus {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Prometheus> for ::forma_core::Value<Prometheus> {
    fn from(v: Prometheus) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMETHEUS_TYPE.properties))
    }
}

/// The `PublicAccess` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicAccess {
    props: ::forma_core::schema::Props,
}
impl PublicAccess {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Type`.
    ///
    /// Allowed: length 7 to 23.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicAccess {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicAccess> for ::forma_core::Value<PublicAccess> {
    fn from(v: PublicAccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_ACCESS_TYPE.properties))
    }
}

/// The `VpcConnectivity` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectivity {
    props: ::forma_core::schema::Props,
}
impl VpcConnectivity {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientAuthentication`.
    pub fn client_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConnectivityClientAuthentication>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConnectivity {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConnectivity> for ::forma_core::Value<VpcConnectivity> {
    fn from(v: VpcConnectivity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTIVITY_TYPE.properties))
    }
}

/// The `EBSStorageInfo` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsStorageInfo {
    props: ::forma_core::schema::Props,
}
impl EbsStorageInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ProvisionedThroughput`.
    pub fn provisioned_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedThroughput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VolumeSize`.
    ///
    /// Allowed: 1 to 16384.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EbsStorageInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsStorageInfo> for ::forma_core::Value<EbsStorageInfo> {
    fn from(v: EbsStorageInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_STORAGE_INFO_TYPE.properties))
    }
}

/// The `Iam` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Iam {
    props: ::forma_core::schema::Props,
}
impl Iam {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Iam> for ::forma_core::Value<Iam> {
    fn from(v: Iam) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_TYPE.properties))
    }
}

/// The `Scram` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scram {
    props: ::forma_core::schema::Props,
}
impl Scram {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Scram> for ::forma_core::Value<Scram> {
    fn from(v: Scram) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRAM_TYPE.properties))
    }
}

/// The `CloudWatchLogs` property type of `AWS::MSK::Cluster`.
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
    /// `LogGroup`.
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

/// The `Firehose` property type of `AWS::MSK::Cluster`.
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
    /// `DeliveryStream`.
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

/// The `S3` property type of `AWS::MSK::Cluster`.
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
    /// `Bucket`.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Prefix`.
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

/// The `JmxExporter` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct JmxExporter {
    props: ::forma_core::schema::Props,
}
impl JmxExporter {
    /// A new value with its required properties: `EnabledInBroker`.
    pub fn new(enabled_in_broker: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled_in_broker.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JmxExporter> for ::forma_core::Value<JmxExporter> {
    fn from(v: JmxExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JMX_EXPORTER_TYPE.properties))
    }
}

/// The `NodeExporter` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeExporter {
    props: ::forma_core::schema::Props,
}
impl NodeExporter {
    /// A new value with its required properties: `EnabledInBroker`.
    pub fn new(enabled_in_broker: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled_in_broker.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NodeExporter> for ::forma_core::Value<NodeExporter> {
    fn from(v: NodeExporter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_EXPORTER_TYPE.properties))
    }
}

/// The `VpcConnectivityClientAuthentication` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectivityClientAuthentication {
    props: ::forma_core::schema::Props,
}
impl VpcConnectivityClientAuthentication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Sasl`.
    pub fn sasl(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConnectivitySasl>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Tls`.
    pub fn tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConnectivityTls>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConnectivityClientAuthentication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConnectivityClientAuthentication>
    for ::forma_core::Value<VpcConnectivityClientAuthentication>
{
    fn from(v: VpcConnectivityClientAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTIVITY_CLIENT_AUTHENTICATION_TYPE.properties))
    }
}

/// The `ProvisionedThroughput` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedThroughput {
    props: ::forma_core::schema::Props,
}
impl ProvisionedThroughput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VolumeThroughput`.
    pub fn volume_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProvisionedThroughput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProvisionedThroughput> for ::forma_core::Value<ProvisionedThroughput> {
    fn from(v: ProvisionedThroughput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONED_THROUGHPUT_TYPE.properties))
    }
}

/// The `VpcConnectivitySasl` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectivitySasl {
    props: ::forma_core::schema::Props,
}
impl VpcConnectivitySasl {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Iam`.
    pub fn iam(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConnectivityIam>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Scram`.
    pub fn scram(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConnectivityScram>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConnectivitySasl {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConnectivitySasl> for ::forma_core::Value<VpcConnectivitySasl> {
    fn from(v: VpcConnectivitySasl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTIVITY_SASL_TYPE.properties))
    }
}

/// The `VpcConnectivityTls` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectivityTls {
    props: ::forma_core::schema::Props,
}
impl VpcConnectivityTls {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConnectivityTls> for ::forma_core::Value<VpcConnectivityTls> {
    fn from(v: VpcConnectivityTls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTIVITY_TLS_TYPE.properties))
    }
}

/// The `VpcConnectivityIam` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectivityIam {
    props: ::forma_core::schema::Props,
}
impl VpcConnectivityIam {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConnectivityIam> for ::forma_core::Value<VpcConnectivityIam> {
    fn from(v: VpcConnectivityIam) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTIVITY_IAM_TYPE.properties))
    }
}

/// The `VpcConnectivityScram` property type of `AWS::MSK::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnectivityScram {
    props: ::forma_core::schema::Props,
}
impl VpcConnectivityScram {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConnectivityScram> for ::forma_core::Value<VpcConnectivityScram> {
    fn from(v: VpcConnectivityScram) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONNECTIVITY_SCRAM_TYPE.properties))
    }
}

/// The schema of `AWS::MSK::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "BrokerNodeGroupInfo",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BROKER_NODE_GROUP_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_AUTHENTICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnhancedMonitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DEFAULT",
                "PER_BROKER",
                "PER_TOPIC_PER_BROKER",
                "PER_TOPIC_PER_PARTITION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "KafkaVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "LoggingInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NumberOfBrokerNodes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OpenMonitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_MONITORING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Rebalancing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REBALANCING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOCAL", "TIERED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ZookeeperAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZOOKEEPER_ACCESS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CurrentVersion"],
};

static BROKER_NODE_GROUP_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.BrokerNodeGroupInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "BrokerAZDistribution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT"]),
        },
        ::forma_core::schema::Property {
            name: "ClientSubnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConnectivityInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTIVITY_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StorageInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_INFO_TYPE),
        },
    ],
    rules: &[],
};

static CLIENT_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.ClientAuthentication",
    properties: &[
        ::forma_core::schema::Property {
            name: "Sasl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SASL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Unauthenticated",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNAUTHENTICATED_TYPE),
        },
    ],
    rules: &[],
};

static CONFIGURATION_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.ConfigurationInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Revision",
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

static ENCRYPTION_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.EncryptionInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionAtRest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_AT_REST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionInTransit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_IN_TRANSIT_TYPE),
        },
    ],
    rules: &[],
};

static LOGGING_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.LoggingInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizerLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZER_LOGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BrokerLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BROKER_LOGS_TYPE),
        },
    ],
    rules: &[],
};

static OPEN_MONITORING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.OpenMonitoring",
    properties: &[::forma_core::schema::Property {
        name: "Prometheus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PROMETHEUS_TYPE),
    }],
    rules: &[],
};

static REBALANCING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Rebalancing",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["PAUSED", "ACTIVE"]),
    }],
    rules: &[],
};

static ZOOKEEPER_ACCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.ZookeeperAccess",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CONNECTIVITY_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.ConnectivityInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUAL"]),
        },
        ::forma_core::schema::Property {
            name: "PublicAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUBLIC_ACCESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcConnectivity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTIVITY_TYPE),
        },
    ],
    rules: &[],
};

static STORAGE_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.StorageInfo",
    properties: &[::forma_core::schema::Property {
        name: "EBSStorageInfo",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EBS_STORAGE_INFO_TYPE),
    }],
    rules: &[],
};

static SASL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Sasl",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scram",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCRAM_TYPE),
        },
    ],
    rules: &[],
};

static TLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Tls",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateAuthorityArnList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static UNAUTHENTICATED_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Unauthenticated",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ENCRYPTION_AT_REST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.EncryptionAtRest",
    properties: &[::forma_core::schema::Property {
        name: "DataVolumeKMSKeyId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ENCRYPTION_IN_TRANSIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.EncryptionInTransit",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientBroker",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TLS", "TLS_PLAINTEXT", "PLAINTEXT"]),
        },
        ::forma_core::schema::Property {
            name: "InCluster",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AUTHORIZER_LOGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.AuthorizerLogs",
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

static BROKER_LOGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.BrokerLogs",
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

static PROMETHEUS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Prometheus",
    properties: &[
        ::forma_core::schema::Property {
            name: "JmxExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JMX_EXPORTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NodeExporter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_EXPORTER_TYPE),
        },
    ],
    rules: &[],
};

static PUBLIC_ACCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.PublicAccess",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(7),
            max_length: Some(23),
        }),
    }],
    rules: &[],
};

static VPC_CONNECTIVITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.VpcConnectivity",
    properties: &[::forma_core::schema::Property {
        name: "ClientAuthentication",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTIVITY_CLIENT_AUTHENTICATION_TYPE),
    }],
    rules: &[],
};

static EBS_STORAGE_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.EBSStorageInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProvisionedThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONED_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VolumeSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(16384.0),
            }),
        },
    ],
    rules: &[],
};

static IAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Iam",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SCRAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.Scram",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CLOUD_WATCH_LOGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.CloudWatchLogs",
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
    name: "AWS::MSK::Cluster.Firehose",
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
    name: "AWS::MSK::Cluster.S3",
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

static JMX_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.JmxExporter",
    properties: &[::forma_core::schema::Property {
        name: "EnabledInBroker",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static NODE_EXPORTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.NodeExporter",
    properties: &[::forma_core::schema::Property {
        name: "EnabledInBroker",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static VPC_CONNECTIVITY_CLIENT_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MSK::Cluster.VpcConnectivityClientAuthentication",
        properties: &[
            ::forma_core::schema::Property {
                name: "Sasl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTIVITY_SASL_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Tls",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTIVITY_TLS_TYPE),
            },
        ],
        rules: &[],
    };

static PROVISIONED_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.ProvisionedThroughput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VolumeThroughput",
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

static VPC_CONNECTIVITY_SASL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.VpcConnectivitySasl",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTIVITY_IAM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scram",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONNECTIVITY_SCRAM_TYPE),
        },
    ],
    rules: &[],
};

static VPC_CONNECTIVITY_TLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.VpcConnectivityTls",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static VPC_CONNECTIVITY_IAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.VpcConnectivityIam",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static VPC_CONNECTIVITY_SCRAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::Cluster.VpcConnectivityScram",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
