// @generated from AWS::AppMesh::VirtualGateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::VirtualGateway` and its property types.

/// Resource Type definition for AWS::AppMesh::VirtualGateway
///
/// CloudFormation type `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGateway {
    props: ::forma_core::schema::Props,
}
impl VirtualGateway {
    /// A new resource with its required properties: `MeshName`, `Spec`.
    #[track_caller]
    pub fn new(
        mesh_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spec: impl ::std::convert::Into<::forma_core::Value<VirtualGatewaySpec>>,
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
    /// `VirtualGatewayName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn virtual_gateway_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VirtualGateway {
    type Attributes = VirtualGatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::VirtualGateway"
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
/// The attributes of a `AWS::AppMesh::VirtualGateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VirtualGatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VirtualGatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VirtualGatewayAttributes {
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

/// The `VirtualGatewaySpec` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewaySpec {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewaySpec {
    /// A new value with its required properties: `Listeners`.
    pub fn new(
        listeners: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VirtualGatewayListener>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, listeners.into().into_expr());
        Self { props }
    }
    /// `BackendDefaults`.
    pub fn backend_defaults(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayBackendDefaults>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Logging`.
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayLogging>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VirtualGatewaySpec> for ::forma_core::Value<VirtualGatewaySpec> {
    fn from(v: VirtualGatewaySpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::VirtualGateway`.
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

/// The `VirtualGatewayBackendDefaults` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayBackendDefaults {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayBackendDefaults {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClientPolicy`.
    pub fn client_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayClientPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayBackendDefaults {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayBackendDefaults> for ::forma_core::Value<VirtualGatewayBackendDefaults> {
    fn from(v: VirtualGatewayBackendDefaults) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_BACKEND_DEFAULTS_TYPE.properties))
    }
}

/// The `VirtualGatewayListener` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListener {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListener {
    /// A new value with its required properties: `PortMapping`.
    pub fn new(port_mapping: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayPortMapping>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, port_mapping.into().into_expr());
        Self { props }
    }
    /// `ConnectionPool`.
    pub fn connection_pool(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayConnectionPool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HealthCheck`.
    pub fn health_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayHealthCheckPolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TLS`.
    pub fn tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTls>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VirtualGatewayListener> for ::forma_core::Value<VirtualGatewayListener> {
    fn from(v: VirtualGatewayListener) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TYPE.properties))
    }
}

/// The `VirtualGatewayLogging` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayLogging {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayLogging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessLog`.
    pub fn access_log(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayAccessLog>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayLogging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayLogging> for ::forma_core::Value<VirtualGatewayLogging> {
    fn from(v: VirtualGatewayLogging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LOGGING_TYPE.properties))
    }
}

/// The `VirtualGatewayClientPolicy` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayClientPolicy {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayClientPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TLS`.
    pub fn tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayClientPolicyTls>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayClientPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayClientPolicy> for ::forma_core::Value<VirtualGatewayClientPolicy> {
    fn from(v: VirtualGatewayClientPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_CLIENT_POLICY_TYPE.properties))
    }
}

/// The `VirtualGatewayConnectionPool` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayConnectionPool {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GRPC`.
    pub fn grpc(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayGrpcConnectionPool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HTTP`.
    pub fn http(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayHttpConnectionPool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HTTP2`.
    pub fn http2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayHttp2ConnectionPool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayConnectionPool {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayConnectionPool> for ::forma_core::Value<VirtualGatewayConnectionPool> {
    fn from(v: VirtualGatewayConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualGatewayHealthCheckPolicy` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayHealthCheckPolicy {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayHealthCheckPolicy {
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
impl ::std::convert::From<VirtualGatewayHealthCheckPolicy> for ::forma_core::Value<VirtualGatewayHealthCheckPolicy> {
    fn from(v: VirtualGatewayHealthCheckPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_HEALTH_CHECK_POLICY_TYPE.properties))
    }
}

/// The `VirtualGatewayPortMapping` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayPortMapping {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayPortMapping {
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
impl ::std::convert::From<VirtualGatewayPortMapping> for ::forma_core::Value<VirtualGatewayPortMapping> {
    fn from(v: VirtualGatewayPortMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_PORT_MAPPING_TYPE.properties))
    }
}

/// The `VirtualGatewayListenerTls` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTls {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTls {
    /// A new value with its required properties: `Certificate`, `Mode`.
    pub fn new(
        certificate: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsCertificate>>,
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
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsValidationContext>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VirtualGatewayListenerTls> for ::forma_core::Value<VirtualGatewayListenerTls> {
    fn from(v: VirtualGatewayListenerTls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_TYPE.properties))
    }
}

/// The `VirtualGatewayAccessLog` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayAccessLog {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayAccessLog {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `File`.
    pub fn file(mut self, value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayFileAccessLog>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayAccessLog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayAccessLog> for ::forma_core::Value<VirtualGatewayAccessLog> {
    fn from(v: VirtualGatewayAccessLog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_ACCESS_LOG_TYPE.properties))
    }
}

/// The `VirtualGatewayClientPolicyTls` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayClientPolicyTls {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayClientPolicyTls {
    /// A new value with its required properties: `Validation`.
    pub fn new(validation: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContext>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, validation.into().into_expr());
        Self { props }
    }
    /// `Certificate`.
    pub fn certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayClientTlsCertificate>>,
    ) -> Self {
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
impl ::std::convert::From<VirtualGatewayClientPolicyTls> for ::forma_core::Value<VirtualGatewayClientPolicyTls> {
    fn from(v: VirtualGatewayClientPolicyTls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_CLIENT_POLICY_TLS_TYPE.properties))
    }
}

/// The `VirtualGatewayGrpcConnectionPool` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayGrpcConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayGrpcConnectionPool {
    /// A new value with its required properties: `MaxRequests`.
    pub fn new(max_requests: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_requests.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayGrpcConnectionPool> for ::forma_core::Value<VirtualGatewayGrpcConnectionPool> {
    fn from(v: VirtualGatewayGrpcConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_GRPC_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualGatewayHttpConnectionPool` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayHttpConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayHttpConnectionPool {
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
impl ::std::convert::From<VirtualGatewayHttpConnectionPool> for ::forma_core::Value<VirtualGatewayHttpConnectionPool> {
    fn from(v: VirtualGatewayHttpConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_HTTP_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualGatewayHttp2ConnectionPool` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayHttp2ConnectionPool {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayHttp2ConnectionPool {
    /// A new value with its required properties: `MaxRequests`.
    pub fn new(max_requests: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_requests.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayHttp2ConnectionPool>
    for ::forma_core::Value<VirtualGatewayHttp2ConnectionPool>
{
    fn from(v: VirtualGatewayHttp2ConnectionPool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_HTTP2_CONNECTION_POOL_TYPE.properties))
    }
}

/// The `VirtualGatewayListenerTlsCertificate` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTlsCertificate {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTlsCertificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ACM`.
    pub fn acm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsAcmCertificate>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `File`.
    pub fn file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsFileCertificate>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsSdsCertificate>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayListenerTlsCertificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayListenerTlsCertificate>
    for ::forma_core::Value<VirtualGatewayListenerTlsCertificate>
{
    fn from(v: VirtualGatewayListenerTlsCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_CERTIFICATE_TYPE.properties))
    }
}

/// The `VirtualGatewayListenerTlsValidationContext` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTlsValidationContext {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTlsValidationContext {
    /// A new value with its required properties: `Trust`.
    pub fn new(
        trust: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsValidationContextTrust>>,
    ) -> Self {
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
impl ::std::convert::From<VirtualGatewayListenerTlsValidationContext>
    for ::forma_core::Value<VirtualGatewayListenerTlsValidationContext>
{
    fn from(v: VirtualGatewayListenerTlsValidationContext) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_VALIDATION_CONTEXT_TYPE.properties),
        )
    }
}

/// The `VirtualGatewayFileAccessLog` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayFileAccessLog {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayFileAccessLog {
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
impl ::std::convert::From<VirtualGatewayFileAccessLog> for ::forma_core::Value<VirtualGatewayFileAccessLog> {
    fn from(v: VirtualGatewayFileAccessLog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_FILE_ACCESS_LOG_TYPE.properties))
    }
}

/// The `VirtualGatewayClientTlsCertificate` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayClientTlsCertificate {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayClientTlsCertificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `File`.
    pub fn file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsFileCertificate>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayListenerTlsSdsCertificate>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayClientTlsCertificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayClientTlsCertificate>
    for ::forma_core::Value<VirtualGatewayClientTlsCertificate>
{
    fn from(v: VirtualGatewayClientTlsCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_CLIENT_TLS_CERTIFICATE_TYPE.properties))
    }
}

/// The `VirtualGatewayTlsValidationContext` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayTlsValidationContext {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayTlsValidationContext {
    /// A new value with its required properties: `Trust`.
    pub fn new(trust: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContextTrust>>) -> Self {
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
impl ::std::convert::From<VirtualGatewayTlsValidationContext>
    for ::forma_core::Value<VirtualGatewayTlsValidationContext>
{
    fn from(v: VirtualGatewayTlsValidationContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_TYPE.properties))
    }
}

/// The `VirtualGatewayListenerTlsAcmCertificate` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTlsAcmCertificate {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTlsAcmCertificate {
    /// A new value with its required properties: `CertificateArn`.
    pub fn new(certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayListenerTlsAcmCertificate>
    for ::forma_core::Value<VirtualGatewayListenerTlsAcmCertificate>
{
    fn from(v: VirtualGatewayListenerTlsAcmCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_ACM_CERTIFICATE_TYPE.properties))
    }
}

/// The `VirtualGatewayListenerTlsFileCertificate` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTlsFileCertificate {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTlsFileCertificate {
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
impl ::std::convert::From<VirtualGatewayListenerTlsFileCertificate>
    for ::forma_core::Value<VirtualGatewayListenerTlsFileCertificate>
{
    fn from(v: VirtualGatewayListenerTlsFileCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_FILE_CERTIFICATE_TYPE.properties))
    }
}

/// The `VirtualGatewayListenerTlsSdsCertificate` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTlsSdsCertificate {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTlsSdsCertificate {
    /// A new value with its required properties: `SecretName`.
    pub fn new(secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayListenerTlsSdsCertificate>
    for ::forma_core::Value<VirtualGatewayListenerTlsSdsCertificate>
{
    fn from(v: VirtualGatewayListenerTlsSdsCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_SDS_CERTIFICATE_TYPE.properties))
    }
}

/// The `SubjectAlternativeNames` property type of `AWS::AppMesh::VirtualGateway`.
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

/// The `VirtualGatewayListenerTlsValidationContextTrust` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayListenerTlsValidationContextTrust {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayListenerTlsValidationContextTrust {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `File`.
    pub fn file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContextFileTrust>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContextSdsTrust>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayListenerTlsValidationContextTrust {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayListenerTlsValidationContextTrust>
    for ::forma_core::Value<VirtualGatewayListenerTlsValidationContextTrust>
{
    fn from(v: VirtualGatewayListenerTlsValidationContextTrust) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VIRTUAL_GATEWAY_LISTENER_TLS_VALIDATION_CONTEXT_TRUST_TYPE.properties),
        )
    }
}

/// The `LoggingFormat` property type of `AWS::AppMesh::VirtualGateway`.
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

/// The `VirtualGatewayTlsValidationContextTrust` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayTlsValidationContextTrust {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayTlsValidationContextTrust {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ACM`.
    pub fn acm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContextAcmTrust>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `File`.
    pub fn file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContextFileTrust>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SDS`.
    pub fn sds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualGatewayTlsValidationContextSdsTrust>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualGatewayTlsValidationContextTrust {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualGatewayTlsValidationContextTrust>
    for ::forma_core::Value<VirtualGatewayTlsValidationContextTrust>
{
    fn from(v: VirtualGatewayTlsValidationContextTrust) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_TRUST_TYPE.properties))
    }
}

/// The `SubjectAlternativeNameMatchers` property type of `AWS::AppMesh::VirtualGateway`.
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

/// The `VirtualGatewayTlsValidationContextFileTrust` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayTlsValidationContextFileTrust {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayTlsValidationContextFileTrust {
    /// A new value with its required properties: `CertificateChain`.
    pub fn new(certificate_chain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_chain.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayTlsValidationContextFileTrust>
    for ::forma_core::Value<VirtualGatewayTlsValidationContextFileTrust>
{
    fn from(v: VirtualGatewayTlsValidationContextFileTrust) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE.properties),
        )
    }
}

/// The `VirtualGatewayTlsValidationContextSdsTrust` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayTlsValidationContextSdsTrust {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayTlsValidationContextSdsTrust {
    /// A new value with its required properties: `SecretName`.
    pub fn new(secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayTlsValidationContextSdsTrust>
    for ::forma_core::Value<VirtualGatewayTlsValidationContextSdsTrust>
{
    fn from(v: VirtualGatewayTlsValidationContextSdsTrust) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE.properties),
        )
    }
}

/// The `JsonFormatRef` property type of `AWS::AppMesh::VirtualGateway`.
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

/// The `VirtualGatewayTlsValidationContextAcmTrust` property type of `AWS::AppMesh::VirtualGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualGatewayTlsValidationContextAcmTrust {
    props: ::forma_core::schema::Props,
}
impl VirtualGatewayTlsValidationContextAcmTrust {
    /// A new value with its required properties: `CertificateAuthorityArns`.
    pub fn new(
        certificate_authority_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_authority_arns.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualGatewayTlsValidationContextAcmTrust>
    for ::forma_core::Value<VirtualGatewayTlsValidationContextAcmTrust>
{
    fn from(v: VirtualGatewayTlsValidationContextAcmTrust) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_ACM_TRUST_TYPE.properties),
        )
    }
}

/// The schema of `AWS::AppMesh::VirtualGateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::VirtualGateway",
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
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_SPEC_TYPE),
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
            name: "VirtualGatewayName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "ResourceOwner", "Arn", "Uid"],
};

static VIRTUAL_GATEWAY_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewaySpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackendDefaults",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_BACKEND_DEFAULTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Listeners",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LOGGING_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.Tag",
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

static VIRTUAL_GATEWAY_BACKEND_DEFAULTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayBackendDefaults",
    properties: &[::forma_core::schema::Property {
        name: "ClientPolicy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_CLIENT_POLICY_TYPE),
    }],
    rules: &[],
};

static VIRTUAL_GATEWAY_LISTENER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListener",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionPool",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_HEALTH_CHECK_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PortMapping",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_PORT_MAPPING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TLS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_TYPE),
        },
    ],
    rules: &[],
};

static VIRTUAL_GATEWAY_LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayLogging",
    properties: &[::forma_core::schema::Property {
        name: "AccessLog",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_ACCESS_LOG_TYPE),
    }],
    rules: &[],
};

static VIRTUAL_GATEWAY_CLIENT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayClientPolicy",
    properties: &[::forma_core::schema::Property {
        name: "TLS",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_CLIENT_POLICY_TLS_TYPE),
    }],
    rules: &[],
};

static VIRTUAL_GATEWAY_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayConnectionPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "GRPC",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_GRPC_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HTTP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_HTTP_CONNECTION_POOL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HTTP2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_HTTP2_CONNECTION_POOL_TYPE),
        },
    ],
    rules: &[],
};

static VIRTUAL_GATEWAY_HEALTH_CHECK_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayHealthCheckPolicy",
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

static VIRTUAL_GATEWAY_PORT_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayPortMapping",
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

static VIRTUAL_GATEWAY_LISTENER_TLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTls",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_CERTIFICATE_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_VALIDATION_CONTEXT_TYPE),
        },
    ],
    rules: &[],
};

static VIRTUAL_GATEWAY_ACCESS_LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayAccessLog",
    properties: &[::forma_core::schema::Property {
        name: "File",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_FILE_ACCESS_LOG_TYPE),
    }],
    rules: &[],
};

static VIRTUAL_GATEWAY_CLIENT_POLICY_TLS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayClientPolicyTls",
        properties: &[
            ::forma_core::schema::Property {
                name: "Certificate",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_CLIENT_TLS_CERTIFICATE_TYPE),
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
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_TYPE),
            },
        ],
        rules: &[],
    };

static VIRTUAL_GATEWAY_GRPC_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayGrpcConnectionPool",
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

static VIRTUAL_GATEWAY_HTTP_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayHttpConnectionPool",
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

static VIRTUAL_GATEWAY_HTTP2_CONNECTION_POOL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayHttp2ConnectionPool",
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

static VIRTUAL_GATEWAY_LISTENER_TLS_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsCertificate",
        properties: &[
            ::forma_core::schema::Property {
                name: "ACM",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_ACM_CERTIFICATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "File",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_FILE_CERTIFICATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SDS",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_SDS_CERTIFICATE_TYPE),
            },
        ],
        rules: &[],
    };

static VIRTUAL_GATEWAY_LISTENER_TLS_VALIDATION_CONTEXT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsValidationContext",
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
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_VALIDATION_CONTEXT_TRUST_TYPE),
            },
        ],
        rules: &[],
    };

static VIRTUAL_GATEWAY_FILE_ACCESS_LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.VirtualGatewayFileAccessLog",
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

static VIRTUAL_GATEWAY_CLIENT_TLS_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayClientTlsCertificate",
        properties: &[
            ::forma_core::schema::Property {
                name: "File",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_FILE_CERTIFICATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SDS",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_LISTENER_TLS_SDS_CERTIFICATE_TYPE),
            },
        ],
        rules: &[],
    };

static VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContext",
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
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_TRUST_TYPE),
            },
        ],
        rules: &[],
    };

static VIRTUAL_GATEWAY_LISTENER_TLS_ACM_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsAcmCertificate",
        properties: &[::forma_core::schema::Property {
            name: "CertificateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static VIRTUAL_GATEWAY_LISTENER_TLS_FILE_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsFileCertificate",
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

static VIRTUAL_GATEWAY_LISTENER_TLS_SDS_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsSdsCertificate",
        properties: &[::forma_core::schema::Property {
            name: "SecretName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static SUBJECT_ALTERNATIVE_NAMES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.SubjectAlternativeNames",
    properties: &[::forma_core::schema::Property {
        name: "Match",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SUBJECT_ALTERNATIVE_NAME_MATCHERS_TYPE),
    }],
    rules: &[],
};

static VIRTUAL_GATEWAY_LISTENER_TLS_VALIDATION_CONTEXT_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsValidationContextTrust",
        properties: &[
            ::forma_core::schema::Property {
                name: "File",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SDS",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE),
            },
        ],
        rules: &[],
    };

static LOGGING_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.LoggingFormat",
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

static VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextTrust",
        properties: &[
            ::forma_core::schema::Property {
                name: "ACM",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_ACM_TRUST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "File",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SDS",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE),
            },
        ],
        rules: &[],
    };

static SUBJECT_ALTERNATIVE_NAME_MATCHERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.SubjectAlternativeNameMatchers",
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

static VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_FILE_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextFileTrust",
        properties: &[::forma_core::schema::Property {
            name: "CertificateChain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_SDS_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextSdsTrust",
        properties: &[::forma_core::schema::Property {
            name: "SecretName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static JSON_FORMAT_REF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualGateway.JsonFormatRef",
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

static VIRTUAL_GATEWAY_TLS_VALIDATION_CONTEXT_ACM_TRUST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextAcmTrust",
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
