// @generated from AWS::AppMesh::VirtualNode (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::VirtualNode` and its property types.

/// Resource Type definition for AWS::AppMesh::VirtualNode
///
/// CloudFormation type `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNode {
    props: ::forma_core::schema::Props,
}
impl VirtualNode {
    /// A new resource with its required properties: `MeshName`, `Spec`.
    #[track_caller]
    pub fn new(
        mesh_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spec: impl ::std::convert::Into<::forma_core::Value<VirtualNodeSpec>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, mesh_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, spec.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MeshOwner`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mesh_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VirtualNodeName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn virtual_node_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VirtualNode {
    type Attributes = VirtualNodeAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::VirtualNode"
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
/// The attributes of a `AWS::AppMesh::VirtualNode` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VirtualNodeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VirtualNodeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VirtualNodeAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ResourceOwner`.
    pub fn resource_owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceOwner")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Uid`.
    pub fn uid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Uid")
    }
}

/// The `VirtualNodeSpec` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeSpec {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackendDefaults`.
    pub fn backend_defaults(mut self, value: impl ::std::convert::Into<::forma_core::Value<BackendDefaults>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Backends`.
    pub fn backends(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Backend>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Listeners`.
    pub fn listeners(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Listener>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Logging`.
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<Logging>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ServiceDiscovery`.
    pub fn service_discovery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceDiscovery>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualNodeSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualNodeSpec> for ::forma_core::Value<VirtualNodeSpec> {
    fn from(v: VirtualNodeSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::VirtualNode`.
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

/// The `BackendDefaults` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackendDefaults {
    props: ::forma_core::schema::Props,
}
impl BackendDefaults {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientPolicy`.
    pub fn client_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClientPolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BackendDefaults {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BackendDefaults> for ::forma_core::Value<BackendDefaults> {
    fn from(v: BackendDefaults) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKEND_DEFAULTS_TYPE.properties))
    }
}

/// The `Backend` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct Backend {
    props: ::forma_core::schema::Props,
}
impl Backend {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `VirtualService`.
    pub fn virtual_service(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualServiceBackend>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Backend {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Backend> for ::forma_core::Value<Backend> {
    fn from(v: Backend) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKEND_TYPE.properties))
    }
}

/// The `Listener` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct Listener {
    props: ::forma_core::schema::Props,
}
impl Listener {
    /// A new value with its required properties: `PortMapping`.
    pub fn new(port_mapping: impl ::std::convert::Into<::forma_core::Value<PortMapping>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, port_mapping.into().into_expr());
        Self { props }
    }
    /// `ConnectionPool`.
    pub fn connection_pool(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualNodeConnectionPool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HealthCheck`.
    pub fn health_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<HealthCheck>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutlierDetection`.
    pub fn outlier_detection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutlierDetection>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TLS`.
    pub fn tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTls>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Timeout`.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTimeout>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Listener> for ::forma_core::Value<Listener> {
    fn from(v: Listener) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TYPE.properties))
    }
}

/// The `Logging` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessLog`.
    pub fn access_log(mut self, value: impl ::std::convert::Into<::forma_core::Value<AccessLog>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Logging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE.properties))
    }
}

/// The `ServiceDiscovery` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDiscovery {
    props: ::forma_core::schema::Props,
}
impl ServiceDiscovery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AWSCloudMap`.
    pub fn aws_cloud_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsCloudMapServiceDiscovery>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DNS`.
    pub fn dns(mut self, value: impl ::std::convert::Into<::forma_core::Value<DnsServiceDiscovery>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceDiscovery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceDiscovery> for ::forma_core::Value<ServiceDiscovery> {
    fn from(v: ServiceDiscovery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_DISCOVERY_TYPE.properties))
    }
}

/// The `ClientPolicy` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientPolicy {
    props: ::forma_core::schema::Props,
}
impl ClientPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TLS`.
    pub fn tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClientPolicyTls>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientPolicy> for ::forma_core::Value<ClientPolicy> {
    fn from(v: ClientPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_POLICY_TYPE.properties))
    }
}

/// The `VirtualServiceBackend` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualServiceBackend {
    props: ::forma_core::schema::Props,
}
impl VirtualServiceBackend {
    /// A new value with its required properties: `VirtualServiceName`.
    pub fn new(virtual_service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, virtual_service_name.into().into_expr());
        Self { props }
    }
    /// `ClientPolicy`.
    pub fn client_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClientPolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VirtualServiceBackend> for ::forma_core::Value<VirtualServiceBackend> {
    fn from(v: VirtualServiceBackend) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_SERVICE_BACKEND_TYPE.properties))
    }
}

/// The `VirtualNodeConnectionPool` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeConnectionPool {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GRPC`.
    pub fn grpc(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualNodeGrpcConnectionPool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HTTP`.
    pub fn http(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualNodeHttpConnectionPool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HTTP2`.
    pub fn http2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualNodeHttp2ConnectionPool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TCP`.
    pub fn tcp(mut self, value: impl ::std::convert::Into<::forma_core::Value<VirtualNodeTcpConnectionPool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualNodeConnectionPool {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualNodeConnectionPool> for ::forma_core::Value<VirtualNodeConnectionPool> {
    fn from(v: VirtualNodeConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `HealthCheck` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheck {
    props: ::forma_core::schema::Props,
}
impl HealthCheck {
    /// A new value with its required properties: `HealthyThreshold`, `IntervalMillis`, `Protocol`, `TimeoutMillis`, `UnhealthyThreshold`.
    pub fn new(
        healthy_threshold: impl ::std::convert::Into<::forma_core::Value<i64>>,
        interval_millis: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        timeout_millis: impl ::std::convert::Into<::forma_core::Value<i64>>,
        unhealthy_threshold: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, healthy_threshold.into().into_expr());
        props.set(1, interval_millis.into().into_expr());
        props.set(4, protocol.into().into_expr());
        props.set(5, timeout_millis.into().into_expr());
        props.set(6, unhealthy_threshold.into().into_expr());
        Self { props }
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HealthCheck> for ::forma_core::Value<HealthCheck> {
    fn from(v: HealthCheck) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_TYPE.properties))
    }
}

/// The `OutlierDetection` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlierDetection {
    props: ::forma_core::schema::Props,
}
impl OutlierDetection {
    /// A new value with its required properties: `BaseEjectionDuration`, `Interval`, `MaxEjectionPercent`, `MaxServerErrors`.
    pub fn new(
        base_ejection_duration: impl ::std::convert::Into<::forma_core::Value<Duration>>,
        interval: impl ::std::convert::Into<::forma_core::Value<Duration>>,
        max_ejection_percent: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_server_errors: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_ejection_duration.into().into_expr());
        props.set(1, interval.into().into_expr());
        props.set(2, max_ejection_percent.into().into_expr());
        props.set(3, max_server_errors.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OutlierDetection> for ::forma_core::Value<OutlierDetection> {
    fn from(v: OutlierDetection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTLIER_DETECTION_TYPE.properties))
    }
}

/// The `PortMapping` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortMapping {
    props: ::forma_core::schema::Props,
}
impl PortMapping {
    /// A new value with its required properties: `Port`, `Protocol`.
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, port.into().into_expr());
        props.set(1, protocol.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortMapping> for ::forma_core::Value<PortMapping> {
    fn from(v: PortMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_MAPPING_TYPE.properties))
    }
}

/// The `ListenerTls` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTls {
    props: ::forma_core::schema::Props,
}
impl ListenerTls {
    /// A new value with its required properties: `Certificate`, `Mode`.
    pub fn new(
        certificate: impl ::std::convert::Into<::forma_core::Value<ListenerTlsCertificate>>,
        mode: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate.into().into_expr());
        props.set(1, mode.into().into_expr());
        Self { props }
    }
    /// `Validation`.
    pub fn validation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ListenerTlsValidationContext>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ListenerTls> for ::forma_core::Value<ListenerTls> {
    fn from(v: ListenerTls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_TYPE.properties))
    }
}

/// The `ListenerTimeout` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTimeout {
    props: ::forma_core::schema::Props,
}
impl ListenerTimeout {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GRPC`.
    pub fn grpc(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcTimeout>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HTTP`.
    pub fn http(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpTimeout>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HTTP2`.
    pub fn http2(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpTimeout>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TCP`.
    pub fn tcp(mut self, value: impl ::std::convert::Into<::forma_core::Value<TcpTimeout>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ListenerTimeout {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ListenerTimeout> for ::forma_core::Value<ListenerTimeout> {
    fn from(v: ListenerTimeout) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TIMEOUT_TYPE.properties))
    }
}

/// The `AccessLog` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLog {
    props: ::forma_core::schema::Props,
}
impl AccessLog {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `File`.
    pub fn file(mut self, value: impl ::std::convert::Into<::forma_core::Value<FileAccessLog>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessLog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessLog> for ::forma_core::Value<AccessLog> {
    fn from(v: AccessLog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_LOG_TYPE.properties))
    }
}

/// The `AwsCloudMapServiceDiscovery` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsCloudMapServiceDiscovery {
    props: ::forma_core::schema::Props,
}
impl AwsCloudMapServiceDiscovery {
    /// A new value with its required properties: `NamespaceName`, `ServiceName`.
    pub fn new(
        namespace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, namespace_name.into().into_expr());
        props.set(3, service_name.into().into_expr());
        Self { props }
    }
    /// `Attributes`.
    pub fn attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AwsCloudMapInstanceAttribute>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IpPreference`.
    pub fn ip_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsCloudMapServiceDiscovery> for ::forma_core::Value<AwsCloudMapServiceDiscovery> {
    fn from(v: AwsCloudMapServiceDiscovery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_CLOUD_MAP_SERVICE_DISCOVERY_TYPE.properties))
    }
}

/// The `DnsServiceDiscovery` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsServiceDiscovery {
    props: ::forma_core::schema::Props,
}
impl DnsServiceDiscovery {
    /// A new value with its required properties: `Hostname`.
    pub fn new(hostname: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hostname.into().into_expr());
        Self { props }
    }
    /// `IpPreference`.
    pub fn ip_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResponseType`.
    pub fn response_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DnsServiceDiscovery> for ::forma_core::Value<DnsServiceDiscovery> {
    fn from(v: DnsServiceDiscovery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_SERVICE_DISCOVERY_TYPE.properties))
    }
}

/// The `ClientPolicyTls` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientPolicyTls {
    props: ::forma_core::schema::Props,
}
impl ClientPolicyTls {
    /// A new value with its required properties: `Validation`.
    pub fn new(validation: impl ::std::convert::Into<::forma_core::Value<TlsValidationContext>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, validation.into().into_expr());
        Self { props }
    }
    /// `Certificate`.
    pub fn certificate(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClientTlsCertificate>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enforce`.
    pub fn enforce(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Ports`.
    pub fn ports(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClientPolicyTls> for ::forma_core::Value<ClientPolicyTls> {
    fn from(v: ClientPolicyTls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_POLICY_TLS_TYPE.properties))
    }
}

/// The `VirtualNodeGrpcConnectionPool` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeGrpcConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeGrpcConnectionPool {
    /// A new value with its required properties: `MaxRequests`.
    pub fn new(max_requests: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_requests.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualNodeGrpcConnectionPool> for ::forma_core::Value<VirtualNodeGrpcConnectionPool> {
    fn from(v: VirtualNodeGrpcConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_GRPC_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualNodeHttpConnectionPool` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeHttpConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeHttpConnectionPool {
    /// A new value with its required properties: `MaxConnections`.
    pub fn new(max_connections: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_connections.into().into_expr());
        Self { props }
    }
    /// `MaxPendingRequests`.
    pub fn max_pending_requests(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VirtualNodeHttpConnectionPool> for ::forma_core::Value<VirtualNodeHttpConnectionPool> {
    fn from(v: VirtualNodeHttpConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_HTTP_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualNodeHttp2ConnectionPool` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeHttp2ConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeHttp2ConnectionPool {
    /// A new value with its required properties: `MaxRequests`.
    pub fn new(max_requests: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_requests.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualNodeHttp2ConnectionPool> for ::forma_core::Value<VirtualNodeHttp2ConnectionPool> {
    fn from(v: VirtualNodeHttp2ConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_HTTP2_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualNodeTcpConnectionPool` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeTcpConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeTcpConnectionPool {
    /// A new value with its required properties: `MaxConnections`.
    pub fn new(max_connections: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_connections.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualNodeTcpConnectionPool> for ::forma_core::Value<VirtualNodeTcpConnectionPool> {
    fn from(v: VirtualNodeTcpConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_TCP_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `Duration` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    props: ::forma_core::schema::Props,
}
impl Duration {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Duration> for ::forma_core::Value<Duration> {
    fn from(v: Duration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DURATION_TYPE.properties))
    }
}

/// The `ListenerTlsCertificate` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTlsCertificate {
    props: ::forma_core::schema::Props,
}
impl ListenerTlsCertificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ACM`.
    pub fn acm(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTlsAcmCertificate>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `File`.
    pub fn file(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTlsFileCertificate>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTlsSdsCertificate>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ListenerTlsCertificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ListenerTlsCertificate> for ::forma_core::Value<ListenerTlsCertificate> {
    fn from(v: ListenerTlsCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_CERTIFICATE_TYPE.properties))
    }
}

/// The `ListenerTlsValidationContext` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTlsValidationContext {
    props: ::forma_core::schema::Props,
}
impl ListenerTlsValidationContext {
    /// A new value with its required properties: `Trust`.
    pub fn new(trust: impl ::std::convert::Into<::forma_core::Value<ListenerTlsValidationContextTrust>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, trust.into().into_expr());
        Self { props }
    }
    /// `SubjectAlternativeNames`.
    pub fn subject_alternative_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SubjectAlternativeNames>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ListenerTlsValidationContext> for ::forma_core::Value<ListenerTlsValidationContext> {
    fn from(v: ListenerTlsValidationContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_VALIDATION_CONTEXT_TYPE.properties))
    }
}

/// The `GrpcTimeout` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcTimeout {
    props: ::forma_core::schema::Props,
}
impl GrpcTimeout {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Idle`.
    pub fn idle(mut self, value: impl ::std::convert::Into<::forma_core::Value<Duration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PerRequest`.
    pub fn per_request(mut self, value: impl ::std::convert::Into<::forma_core::Value<Duration>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GrpcTimeout {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GrpcTimeout> for ::forma_core::Value<GrpcTimeout> {
    fn from(v: GrpcTimeout) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_TIMEOUT_TYPE.properties))
    }
}

/// The `HttpTimeout` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpTimeout {
    props: ::forma_core::schema::Props,
}
impl HttpTimeout {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Idle`.
    pub fn idle(mut self, value: impl ::std::convert::Into<::forma_core::Value<Duration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PerRequest`.
    pub fn per_request(mut self, value: impl ::std::convert::Into<::forma_core::Value<Duration>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpTimeout {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpTimeout> for ::forma_core::Value<HttpTimeout> {
    fn from(v: HttpTimeout) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_TIMEOUT_TYPE.properties))
    }
}

/// The `TcpTimeout` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct TcpTimeout {
    props: ::forma_core::schema::Props,
}
impl TcpTimeout {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Idle`.
    pub fn idle(mut self, value: impl ::std::convert::Into<::forma_core::Value<Duration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TcpTimeout {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TcpTimeout> for ::forma_core::Value<TcpTimeout> {
    fn from(v: TcpTimeout) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TCP_TIMEOUT_TYPE.properties))
    }
}

/// The `FileAccessLog` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileAccessLog {
    props: ::forma_core::schema::Props,
}
impl FileAccessLog {
    /// A new value with its required properties: `Path`.
    pub fn new(path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, path.into().into_expr());
        Self { props }
    }
    /// `Format`.
    pub fn format(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingFormat>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FileAccessLog> for ::forma_core::Value<FileAccessLog> {
    fn from(v: FileAccessLog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_ACCESS_LOG_TYPE.properties))
    }
}

/// The `AwsCloudMapInstanceAttribute` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsCloudMapInstanceAttribute {
    props: ::forma_core::schema::Props,
}
impl AwsCloudMapInstanceAttribute {
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
impl ::std::convert::From<AwsCloudMapInstanceAttribute> for ::forma_core::Value<AwsCloudMapInstanceAttribute> {
    fn from(v: AwsCloudMapInstanceAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_CLOUD_MAP_INSTANCE_ATTRIBUTE_TYPE.properties))
    }
}

/// The `ClientTlsCertificate` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientTlsCertificate {
    props: ::forma_core::schema::Props,
}
impl ClientTlsCertificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `File`.
    pub fn file(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTlsFileCertificate>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerTlsSdsCertificate>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClientTlsCertificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClientTlsCertificate> for ::forma_core::Value<ClientTlsCertificate> {
    fn from(v: ClientTlsCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_TLS_CERTIFICATE_TYPE.properties))
    }
}

/// The `TlsValidationContext` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsValidationContext {
    props: ::forma_core::schema::Props,
}
impl TlsValidationContext {
    /// A new value with its required properties: `Trust`.
    pub fn new(trust: impl ::std::convert::Into<::forma_core::Value<TlsValidationContextTrust>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, trust.into().into_expr());
        Self { props }
    }
    /// `SubjectAlternativeNames`.
    pub fn subject_alternative_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SubjectAlternativeNames>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TlsValidationContext> for ::forma_core::Value<TlsValidationContext> {
    fn from(v: TlsValidationContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_VALIDATION_CONTEXT_TYPE.properties))
    }
}

/// The `ListenerTlsAcmCertificate` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTlsAcmCertificate {
    props: ::forma_core::schema::Props,
}
impl ListenerTlsAcmCertificate {
    /// A new value with its required properties: `CertificateArn`.
    pub fn new(certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ListenerTlsAcmCertificate> for ::forma_core::Value<ListenerTlsAcmCertificate> {
    fn from(v: ListenerTlsAcmCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_ACM_CERTIFICATE_TYPE.properties))
    }
}

/// The `ListenerTlsFileCertificate` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTlsFileCertificate {
    props: ::forma_core::schema::Props,
}
impl ListenerTlsFileCertificate {
    /// A new value with its required properties: `CertificateChain`, `PrivateKey`.
    pub fn new(
        certificate_chain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        private_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_chain.into().into_expr());
        props.set(1, private_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ListenerTlsFileCertificate> for ::forma_core::Value<ListenerTlsFileCertificate> {
    fn from(v: ListenerTlsFileCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_FILE_CERTIFICATE_TYPE.properties))
    }
}

/// The `ListenerTlsSdsCertificate` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTlsSdsCertificate {
    props: ::forma_core::schema::Props,
}
impl ListenerTlsSdsCertificate {
    /// A new value with its required properties: `SecretName`.
    pub fn new(secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ListenerTlsSdsCertificate> for ::forma_core::Value<ListenerTlsSdsCertificate> {
    fn from(v: ListenerTlsSdsCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_SDS_CERTIFICATE_TYPE.properties))
    }
}

/// The `SubjectAlternativeNames` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubjectAlternativeNames {
    props: ::forma_core::schema::Props,
}
impl SubjectAlternativeNames {
    /// A new value with its required properties: `Match`.
    pub fn new(match_: impl ::std::convert::Into<::forma_core::Value<SubjectAlternativeNameMatchers>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, match_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubjectAlternativeNames> for ::forma_core::Value<SubjectAlternativeNames> {
    fn from(v: SubjectAlternativeNames) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBJECT_ALTERNATIVE_NAMES_TYPE.properties))
    }
}

/// The `ListenerTlsValidationContextTrust` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerTlsValidationContextTrust {
    props: ::forma_core::schema::Props,
}
impl ListenerTlsValidationContextTrust {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `File`.
    pub fn file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TlsValidationContextFileTrust>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(mut self, value: impl ::std::convert::Into<::forma_core::Value<TlsValidationContextSdsTrust>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ListenerTlsValidationContextTrust {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ListenerTlsValidationContextTrust>
    for ::forma_core::Value<ListenerTlsValidationContextTrust>
{
    fn from(v: ListenerTlsValidationContextTrust) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_TLS_VALIDATION_CONTEXT_TRUST_TYPE.properties))
    }
}

/// The `LoggingFormat` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingFormat {
    props: ::forma_core::schema::Props,
}
impl LoggingFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Json`.
    pub fn json(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<JsonFormatRef>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Text`.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingFormat> for ::forma_core::Value<LoggingFormat> {
    fn from(v: LoggingFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_FORMAT_TYPE.properties))
    }
}

/// The `TlsValidationContextTrust` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsValidationContextTrust {
    props: ::forma_core::schema::Props,
}
impl TlsValidationContextTrust {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ACM`.
    pub fn acm(mut self, value: impl ::std::convert::Into<::forma_core::Value<TlsValidationContextAcmTrust>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `File`.
    pub fn file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TlsValidationContextFileTrust>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(mut self, value: impl ::std::convert::Into<::forma_core::Value<TlsValidationContextSdsTrust>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TlsValidationContextTrust {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TlsValidationContextTrust> for ::forma_core::Value<TlsValidationContextTrust> {
    fn from(v: TlsValidationContextTrust) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_VALIDATION_CONTEXT_TRUST_TYPE.properties))
    }
}

/// The `SubjectAlternativeNameMatchers` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubjectAlternativeNameMatchers {
    props: ::forma_core::schema::Props,
}
impl SubjectAlternativeNameMatchers {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    pub fn exact(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SubjectAlternativeNameMatchers {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SubjectAlternativeNameMatchers> for ::forma_core::Value<SubjectAlternativeNameMatchers> {
    fn from(v: SubjectAlternativeNameMatchers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBJECT_ALTERNATIVE_NAME_MATCHERS_TYPE.properties))
    }
}

/// The `TlsValidationContextFileTrust` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsValidationContextFileTrust {
    props: ::forma_core::schema::Props,
}
impl TlsValidationContextFileTrust {
    /// A new value with its required properties: `CertificateChain`.
    pub fn new(certificate_chain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_chain.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TlsValidationContextFileTrust> for ::forma_core::Value<TlsValidationContextFileTrust> {
    fn from(v: TlsValidationContextFileTrust) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE.properties))
    }
}

/// The `TlsValidationContextSdsTrust` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsValidationContextSdsTrust {
    props: ::forma_core::schema::Props,
}
impl TlsValidationContextSdsTrust {
    /// A new value with its required properties: `SecretName`.
    pub fn new(secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TlsValidationContextSdsTrust> for ::forma_core::Value<TlsValidationContextSdsTrust> {
    fn from(v: TlsValidationContextSdsTrust) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE.properties))
    }
}

/// The `JsonFormatRef` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonFormatRef {
    props: ::forma_core::schema::Props,
}
impl JsonFormatRef {
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
impl ::std::convert::From<JsonFormatRef> for ::forma_core::Value<JsonFormatRef> {
    fn from(v: JsonFormatRef) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_FORMAT_REF_TYPE.properties))
    }
}

/// The `TlsValidationContextAcmTrust` property type of `AWS::AppMesh::VirtualNode`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsValidationContextAcmTrust {
    props: ::forma_core::schema::Props,
}
impl TlsValidationContextAcmTrust {
    /// A new value with its required properties: `CertificateAuthorityArns`.
    pub fn new(
        certificate_authority_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_authority_arns.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TlsValidationContextAcmTrust> for ::forma_core::Value<TlsValidationContextAcmTrust> {
    fn from(v: TlsValidationContextAcmTrust) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_VALIDATION_CONTEXT_ACM_TRUST_TYPE.properties))
    }
}

/// The schema of `AWS::AppMesh::VirtualNode`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::VirtualNode",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeshName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MeshOwner",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Spec",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_SPEC_TYPE),
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
            name: "VirtualNodeName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "ResourceOwner", "Arn", "Uid"],
};

static VIRTUAL_NODE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.VirtualNodeSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackendDefaults",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BACKEND_DEFAULTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Backends",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BACKEND_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Listeners",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LISTENER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceDiscovery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_DISCOVERY_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.Tag",
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

static BACKEND_DEFAULTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.BackendDefaults",
    properties: &[::forma_core::schema::Property {
        name: "ClientPolicy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLIENT_POLICY_TYPE),
    }],
    rules: &[],
};

static BACKEND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.Backend",
    properties: &[::forma_core::schema::Property {
        name: "VirtualService",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIRTUAL_SERVICE_BACKEND_TYPE),
    }],
    rules: &[],
};

static LISTENER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.Listener",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionPool",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutlierDetection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTLIER_DETECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PortMapping",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PORT_MAPPING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TLS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TIMEOUT_TYPE),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.Logging",
    properties: &[::forma_core::schema::Property {
        name: "AccessLog",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ACCESS_LOG_TYPE),
    }],
    rules: &[],
};

static SERVICE_DISCOVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ServiceDiscovery",
    properties: &[
        ::forma_core::schema::Property {
            name: "AWSCloudMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_CLOUD_MAP_SERVICE_DISCOVERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DNS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DNS_SERVICE_DISCOVERY_TYPE),
        },
    ],
    rules: &[],
};

static CLIENT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ClientPolicy",
    properties: &[::forma_core::schema::Property {
        name: "TLS",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLIENT_POLICY_TLS_TYPE),
    }],
    rules: &[],
};

static VIRTUAL_SERVICE_BACKEND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.VirtualServiceBackend",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VirtualServiceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VIRTUAL_NODE_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.VirtualNodeConnectionPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "GRPC",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_GRPC_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HTTP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_HTTP_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HTTP2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_HTTP2_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TCP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_TCP_CONNECTION_POOL_TYPE),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.HealthCheck",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthyThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalMillis",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
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
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutMillis",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UnhealthyThreshold",
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

static OUTLIER_DETECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.OutlierDetection",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseEjectionDuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxEjectionPercent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxServerErrors",
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

static PORT_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.PortMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LISTENER_TLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTls",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Validation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_VALIDATION_CONTEXT_TYPE),
        },
    ],
    rules: &[],
};

static LISTENER_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTimeout",
    properties: &[
        ::forma_core::schema::Property {
            name: "GRPC",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_TIMEOUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HTTP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_TIMEOUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HTTP2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_TIMEOUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TCP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TCP_TIMEOUT_TYPE),
        },
    ],
    rules: &[],
};

static ACCESS_LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.AccessLog",
    properties: &[::forma_core::schema::Property {
        name: "File",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FILE_ACCESS_LOG_TYPE),
    }],
    rules: &[],
};

static AWS_CLOUD_MAP_SERVICE_DISCOVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.AwsCloudMapServiceDiscovery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AWS_CLOUD_MAP_INSTANCE_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IpPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NamespaceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DNS_SERVICE_DISCOVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.DnsServiceDiscovery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hostname",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLIENT_POLICY_TLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ClientPolicyTls",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_TLS_CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Ports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Validation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_TYPE),
        },
    ],
    rules: &[],
};

static VIRTUAL_NODE_GRPC_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualNode.VirtualNodeGrpcConnectionPool",
        properties: &[::forma_core::schema::Property {
            name: "MaxRequests",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };

static VIRTUAL_NODE_HTTP_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualNode.VirtualNodeHttpConnectionPool",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxConnections",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "MaxPendingRequests",
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

static VIRTUAL_NODE_HTTP2_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualNode.VirtualNodeHttp2ConnectionPool",
        properties: &[::forma_core::schema::Property {
            name: "MaxRequests",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };

static VIRTUAL_NODE_TCP_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.VirtualNodeTcpConnectionPool",
    properties: &[::forma_core::schema::Property {
        name: "MaxConnections",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static DURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.Duration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static LISTENER_TLS_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTlsCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "ACM",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_ACM_CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "File",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_FILE_CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SDS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_SDS_CERTIFICATE_TYPE),
        },
    ],
    rules: &[],
};

static LISTENER_TLS_VALIDATION_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTlsValidationContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubjectAlternativeNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUBJECT_ALTERNATIVE_NAMES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Trust",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_VALIDATION_CONTEXT_TRUST_TYPE),
        },
    ],
    rules: &[],
};

static GRPC_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.GrpcTimeout",
    properties: &[
        ::forma_core::schema::Property {
            name: "Idle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PerRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
    ],
    rules: &[],
};

static HTTP_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.HttpTimeout",
    properties: &[
        ::forma_core::schema::Property {
            name: "Idle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PerRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
    ],
    rules: &[],
};

static TCP_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.TcpTimeout",
    properties: &[::forma_core::schema::Property {
        name: "Idle",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
    }],
    rules: &[],
};

static FILE_ACCESS_LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.FileAccessLog",
    properties: &[
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_FORMAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AWS_CLOUD_MAP_INSTANCE_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.AwsCloudMapInstanceAttribute",
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

static CLIENT_TLS_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ClientTlsCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "File",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_FILE_CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SDS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LISTENER_TLS_SDS_CERTIFICATE_TYPE),
        },
    ],
    rules: &[],
};

static TLS_VALIDATION_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.TlsValidationContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubjectAlternativeNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUBJECT_ALTERNATIVE_NAMES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Trust",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_TRUST_TYPE),
        },
    ],
    rules: &[],
};

static LISTENER_TLS_ACM_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTlsAcmCertificate",
    properties: &[::forma_core::schema::Property {
        name: "CertificateArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static LISTENER_TLS_FILE_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTlsFileCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateChain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LISTENER_TLS_SDS_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.ListenerTlsSdsCertificate",
    properties: &[::forma_core::schema::Property {
        name: "SecretName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SUBJECT_ALTERNATIVE_NAMES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.SubjectAlternativeNames",
    properties: &[::forma_core::schema::Property {
        name: "Match",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SUBJECT_ALTERNATIVE_NAME_MATCHERS_TYPE),
    }],
    rules: &[],
};

static LISTENER_TLS_VALIDATION_CONTEXT_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualNode.ListenerTlsValidationContextTrust",
        properties: &[
            ::forma_core::schema::Property {
                name: "File",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SDS",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE),
            },
        ],
        rules: &[],
    };

static LOGGING_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.LoggingFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Json",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&JSON_FORMAT_REF_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TLS_VALIDATION_CONTEXT_TRUST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.TlsValidationContextTrust",
    properties: &[
        ::forma_core::schema::Property {
            name: "ACM",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_ACM_TRUST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "File",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SDS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE),
        },
    ],
    rules: &[],
};

static SUBJECT_ALTERNATIVE_NAME_MATCHERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualNode.SubjectAlternativeNameMatchers",
        properties: &[::forma_core::schema::Property {
            name: "Exact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualNode.TlsValidationContextFileTrust",
        properties: &[::forma_core::schema::Property {
            name: "CertificateChain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.TlsValidationContextSdsTrust",
    properties: &[::forma_core::schema::Property {
        name: "SecretName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static JSON_FORMAT_REF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.JsonFormatRef",
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

static TLS_VALIDATION_CONTEXT_ACM_TRUST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualNode.TlsValidationContextAcmTrust",
    properties: &[::forma_core::schema::Property {
        name: "CertificateAuthorityArns",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
