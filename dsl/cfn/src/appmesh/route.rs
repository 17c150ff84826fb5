// @generated from AWS::AppMesh::Route (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::Route` and its property types.

/// Resource Type definition for AWS::AppMesh::Route
///
/// CloudFormation type `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    props: ::forma_core::schema::Props,
}
impl Route {
    /// A new resource with its required properties: `MeshName`, `Spec`, `VirtualRouterName`.
    #[track_caller]
    pub fn new(
        mesh_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spec: impl ::std::convert::Into<::forma_core::Value<RouteSpec>>,
        virtual_router_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, mesh_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, spec.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, virtual_router_name.into().into_expr(), ::std::panic::Location::caller());
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
    /// `RouteName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn route_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Route {
    type Attributes = RouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::Route"
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
/// The attributes of a `AWS::AppMesh::Route` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouteAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouteAttributes {
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

/// The `RouteSpec` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSpec {
    props: ::forma_core::schema::Props,
}
impl RouteSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GrpcRoute`.
    pub fn grpc_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcRoute>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Http2Route`.
    pub fn http2_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpRoute>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HttpRoute`.
    pub fn http_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpRoute>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TcpRoute`.
    pub fn tcp_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<TcpRoute>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RouteSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RouteSpec> for ::forma_core::Value<RouteSpec> {
    fn from(v: RouteSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTE_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::Route`.
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

/// The `GrpcRoute` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcRoute {
    props: ::forma_core::schema::Props,
}
impl GrpcRoute {
    /// A new value with its required properties: `Action`, `Match`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<GrpcRouteAction>>,
        match_: impl ::std::convert::Into<::forma_core::Value<GrpcRouteMatch>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(1, match_.into().into_expr());
        Self { props }
    }
    /// `RetryPolicy`.
    pub fn retry_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcRetryPolicy>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Timeout`.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcTimeout>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrpcRoute> for ::forma_core::Value<GrpcRoute> {
    fn from(v: GrpcRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_ROUTE_TYPE.properties))
    }
}

/// The `HttpRoute` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRoute {
    props: ::forma_core::schema::Props,
}
impl HttpRoute {
    /// A new value with its required properties: `Action`, `Match`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<HttpRouteAction>>,
        match_: impl ::std::convert::Into<::forma_core::Value<HttpRouteMatch>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(1, match_.into().into_expr());
        Self { props }
    }
    /// `RetryPolicy`.
    pub fn retry_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpRetryPolicy>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Timeout`.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpTimeout>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpRoute> for ::forma_core::Value<HttpRoute> {
    fn from(v: HttpRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ROUTE_TYPE.properties))
    }
}

/// The `TcpRoute` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct TcpRoute {
    props: ::forma_core::schema::Props,
}
impl TcpRoute {
    /// A new value with its required properties: `Action`.
    pub fn new(action: impl ::std::convert::Into<::forma_core::Value<TcpRouteAction>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        Self { props }
    }
    /// `Match`.
    pub fn match_(mut self, value: impl ::std::convert::Into<::forma_core::Value<TcpRouteMatch>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Timeout`.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<TcpTimeout>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TcpRoute> for ::forma_core::Value<TcpRoute> {
    fn from(v: TcpRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TCP_ROUTE_TYPE.properties))
    }
}

/// The `GrpcRouteAction` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcRouteAction {
    props: ::forma_core::schema::Props,
}
impl GrpcRouteAction {
    /// A new value with its required properties: `WeightedTargets`.
    pub fn new(
        weighted_targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WeightedTarget>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, weighted_targets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GrpcRouteAction> for ::forma_core::Value<GrpcRouteAction> {
    fn from(v: GrpcRouteAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_ROUTE_ACTION_TYPE.properties))
    }
}

/// The `GrpcRouteMatch` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcRouteMatch {
    props: ::forma_core::schema::Props,
}
impl GrpcRouteMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Metadata`.
    pub fn metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GrpcRouteMetadata>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MethodName`.
    pub fn method_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ServiceName`.
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GrpcRouteMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GrpcRouteMatch> for ::forma_core::Value<GrpcRouteMatch> {
    fn from(v: GrpcRouteMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_ROUTE_MATCH_TYPE.properties))
    }
}

/// The `GrpcRetryPolicy` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcRetryPolicy {
    props: ::forma_core::schema::Props,
}
impl GrpcRetryPolicy {
    /// A new value with its required properties: `MaxRetries`, `PerRetryTimeout`.
    pub fn new(
        max_retries: impl ::std::convert::Into<::forma_core::Value<i64>>,
        per_retry_timeout: impl ::std::convert::Into<::forma_core::Value<Duration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, max_retries.into().into_expr());
        props.set(3, per_retry_timeout.into().into_expr());
        Self { props }
    }
    /// `GrpcRetryEvents`.
    pub fn grpc_retry_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HttpRetryEvents`.
    pub fn http_retry_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TcpRetryEvents`.
    pub fn tcp_retry_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrpcRetryPolicy> for ::forma_core::Value<GrpcRetryPolicy> {
    fn from(v: GrpcRetryPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_RETRY_POLICY_TYPE.properties))
    }
}

/// The `GrpcTimeout` property type of `AWS::AppMesh::Route`.
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

/// The `HttpRouteAction` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRouteAction {
    props: ::forma_core::schema::Props,
}
impl HttpRouteAction {
    /// A new value with its required properties: `WeightedTargets`.
    pub fn new(
        weighted_targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WeightedTarget>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, weighted_targets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HttpRouteAction> for ::forma_core::Value<HttpRouteAction> {
    fn from(v: HttpRouteAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ROUTE_ACTION_TYPE.properties))
    }
}

/// The `HttpRouteMatch` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRouteMatch {
    props: ::forma_core::schema::Props,
}
impl HttpRouteMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Headers`.
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HttpRouteHeader>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Method`.
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpPathMatch>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `QueryParameters`.
    pub fn query_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryParameter>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Scheme`.
    pub fn scheme(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpRouteMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpRouteMatch> for ::forma_core::Value<HttpRouteMatch> {
    fn from(v: HttpRouteMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ROUTE_MATCH_TYPE.properties))
    }
}

/// The `HttpRetryPolicy` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRetryPolicy {
    props: ::forma_core::schema::Props,
}
impl HttpRetryPolicy {
    /// A new value with its required properties: `MaxRetries`, `PerRetryTimeout`.
    pub fn new(
        max_retries: impl ::std::convert::Into<::forma_core::Value<i64>>,
        per_retry_timeout: impl ::std::convert::Into<::forma_core::Value<Duration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, max_retries.into().into_expr());
        props.set(2, per_retry_timeout.into().into_expr());
        Self { props }
    }
    /// `HttpRetryEvents`.
    pub fn http_retry_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TcpRetryEvents`.
    pub fn tcp_retry_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpRetryPolicy> for ::forma_core::Value<HttpRetryPolicy> {
    fn from(v: HttpRetryPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_RETRY_POLICY_TYPE.properties))
    }
}

/// The `HttpTimeout` property type of `AWS::AppMesh::Route`.
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

/// The `TcpRouteAction` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct TcpRouteAction {
    props: ::forma_core::schema::Props,
}
impl TcpRouteAction {
    /// A new value with its required properties: `WeightedTargets`.
    pub fn new(
        weighted_targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WeightedTarget>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, weighted_targets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TcpRouteAction> for ::forma_core::Value<TcpRouteAction> {
    fn from(v: TcpRouteAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TCP_ROUTE_ACTION_TYPE.properties))
    }
}

/// The `TcpRouteMatch` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct TcpRouteMatch {
    props: ::forma_core::schema::Props,
}
impl TcpRouteMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TcpRouteMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TcpRouteMatch> for ::forma_core::Value<TcpRouteMatch> {
    fn from(v: TcpRouteMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TCP_ROUTE_MATCH_TYPE.properties))
    }
}

/// The `TcpTimeout` property type of `AWS::AppMesh::Route`.
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

/// The `WeightedTarget` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedTarget {
    props: ::forma_core::schema::Props,
}
impl WeightedTarget {
    /// A new value with its required properties: `VirtualNode`, `Weight`.
    pub fn new(
        virtual_node: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        weight: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, virtual_node.into().into_expr());
        props.set(2, weight.into().into_expr());
        Self { props }
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WeightedTarget> for ::forma_core::Value<WeightedTarget> {
    fn from(v: WeightedTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEIGHTED_TARGET_TYPE.properties))
    }
}

/// The `GrpcRouteMetadata` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcRouteMetadata {
    props: ::forma_core::schema::Props,
}
impl GrpcRouteMetadata {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `Invert`.
    pub fn invert(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Match`.
    pub fn match_(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GrpcRouteMetadataMatchMethod>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrpcRouteMetadata> for ::forma_core::Value<GrpcRouteMetadata> {
    fn from(v: GrpcRouteMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_ROUTE_METADATA_TYPE.properties))
    }
}

/// The `Duration` property type of `AWS::AppMesh::Route`.
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

/// The `HttpRouteHeader` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRouteHeader {
    props: ::forma_core::schema::Props,
}
impl HttpRouteHeader {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `Invert`.
    pub fn invert(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Match`.
    pub fn match_(mut self, value: impl ::std::convert::Into<::forma_core::Value<HeaderMatchMethod>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpRouteHeader> for ::forma_core::Value<HttpRouteHeader> {
    fn from(v: HttpRouteHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_ROUTE_HEADER_TYPE.properties))
    }
}

/// The `HttpPathMatch` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpPathMatch {
    props: ::forma_core::schema::Props,
}
impl HttpPathMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Regex`.
    pub fn regex(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpPathMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpPathMatch> for ::forma_core::Value<HttpPathMatch> {
    fn from(v: HttpPathMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_PATH_MATCH_TYPE.properties))
    }
}

/// The `QueryParameter` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryParameter {
    props: ::forma_core::schema::Props,
}
impl QueryParameter {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Match`.
    pub fn match_(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpQueryParameterMatch>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QueryParameter> for ::forma_core::Value<QueryParameter> {
    fn from(v: QueryParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_PARAMETER_TYPE.properties))
    }
}

/// The `GrpcRouteMetadataMatchMethod` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcRouteMetadataMatchMethod {
    props: ::forma_core::schema::Props,
}
impl GrpcRouteMetadataMatchMethod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Range`.
    pub fn range(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchRange>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Regex`.
    pub fn regex(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Suffix`.
    pub fn suffix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GrpcRouteMetadataMatchMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GrpcRouteMetadataMatchMethod> for ::forma_core::Value<GrpcRouteMetadataMatchMethod> {
    fn from(v: GrpcRouteMetadataMatchMethod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_ROUTE_METADATA_MATCH_METHOD_TYPE.properties))
    }
}

/// The `HeaderMatchMethod` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderMatchMethod {
    props: ::forma_core::schema::Props,
}
impl HeaderMatchMethod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Range`.
    pub fn range(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchRange>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Regex`.
    pub fn regex(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Suffix`.
    pub fn suffix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HeaderMatchMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HeaderMatchMethod> for ::forma_core::Value<HeaderMatchMethod> {
    fn from(v: HeaderMatchMethod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_MATCH_METHOD_TYPE.properties))
    }
}

/// The `HttpQueryParameterMatch` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpQueryParameterMatch {
    props: ::forma_core::schema::Props,
}
impl HttpQueryParameterMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpQueryParameterMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpQueryParameterMatch> for ::forma_core::Value<HttpQueryParameterMatch> {
    fn from(v: HttpQueryParameterMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_QUERY_PARAMETER_MATCH_TYPE.properties))
    }
}

/// The `MatchRange` property type of `AWS::AppMesh::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchRange {
    props: ::forma_core::schema::Props,
}
impl MatchRange {
    /// A new value with its required properties: `End`, `Start`.
    pub fn new(
        end: impl ::std::convert::Into<::forma_core::Value<i64>>,
        start: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end.into().into_expr());
        props.set(1, start.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MatchRange> for ::forma_core::Value<MatchRange> {
    fn from(v: MatchRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::AppMesh::Route`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::Route",
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
            name: "RouteName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Spec",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTE_SPEC_TYPE),
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
            name: "VirtualRouterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "ResourceOwner", "Arn", "Uid"],
};

static ROUTE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.RouteSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "GrpcRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_ROUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Http2Route",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_ROUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_ROUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TcpRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TCP_ROUTE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.Tag",
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

static GRPC_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_ROUTE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_ROUTE_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetryPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_RETRY_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_TIMEOUT_TYPE),
        },
    ],
    rules: &[],
};

static HTTP_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_ROUTE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_ROUTE_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetryPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_RETRY_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_TIMEOUT_TYPE),
        },
    ],
    rules: &[],
};

static TCP_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.TcpRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TCP_ROUTE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TCP_ROUTE_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TCP_TIMEOUT_TYPE),
        },
    ],
    rules: &[],
};

static GRPC_ROUTE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcRouteAction",
    properties: &[::forma_core::schema::Property {
        name: "WeightedTargets",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&WEIGHTED_TARGET_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static GRPC_ROUTE_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcRouteMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GRPC_ROUTE_METADATA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MethodName",
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
            name: "ServiceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GRPC_RETRY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcRetryPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "GrpcRetryEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HttpRetryEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxRetries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PerRetryTimeout",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TcpRetryEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GRPC_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcTimeout",
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

static HTTP_ROUTE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpRouteAction",
    properties: &[::forma_core::schema::Property {
        name: "WeightedTargets",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&WEIGHTED_TARGET_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static HTTP_ROUTE_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpRouteMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HTTP_ROUTE_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_PATH_MATCH_TYPE),
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
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QueryParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUERY_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HTTP_RETRY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpRetryPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpRetryEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxRetries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PerRetryTimeout",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TcpRetryEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static HTTP_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpTimeout",
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

static TCP_ROUTE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.TcpRouteAction",
    properties: &[::forma_core::schema::Property {
        name: "WeightedTargets",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&WEIGHTED_TARGET_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TCP_ROUTE_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.TcpRouteMatch",
    properties: &[::forma_core::schema::Property {
        name: "Port",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TCP_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.TcpTimeout",
    properties: &[::forma_core::schema::Property {
        name: "Idle",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DURATION_TYPE),
    }],
    rules: &[],
};

static WEIGHTED_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.WeightedTarget",
    properties: &[
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
            name: "VirtualNode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Weight",
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

static GRPC_ROUTE_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcRouteMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "Invert",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_ROUTE_METADATA_MATCH_METHOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.Duration",
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

static HTTP_ROUTE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpRouteHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Invert",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_MATCH_METHOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HTTP_PATH_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpPathMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Regex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static QUERY_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.QueryParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Match",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_QUERY_PARAMETER_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GRPC_ROUTE_METADATA_MATCH_METHOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.GrpcRouteMetadataMatchMethod",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Range",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Regex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Suffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HEADER_MATCH_METHOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HeaderMatchMethod",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Range",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Regex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Suffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HTTP_QUERY_PARAMETER_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.HttpQueryParameterMatch",
    properties: &[::forma_core::schema::Property {
        name: "Exact",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MATCH_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Route.MatchRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "End",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Start",
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
