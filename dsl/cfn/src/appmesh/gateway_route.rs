// @generated from AWS::AppMesh::GatewayRoute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::GatewayRoute` and its property types.

/// Resource Type definition for AWS::AppMesh::GatewayRoute
///
/// CloudFormation type `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRoute {
    props: ::forma_core::schema::Props,
}
impl GatewayRoute {
    /// A new resource with its required properties: `MeshName`, `Spec`, `VirtualGatewayName`.
    #[track_caller]
    pub fn new(
        mesh_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spec: impl ::std::convert::Into<::forma_core::Value<GatewayRouteSpec>>,
        virtual_gateway_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, mesh_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, spec.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, virtual_gateway_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `GatewayRouteName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn gateway_route_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MeshOwner`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mesh_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
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
impl ::forma_core::CfnResource for GatewayRoute {
    type Attributes = GatewayRouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::GatewayRoute"
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
/// The attributes of a `AWS::AppMesh::GatewayRoute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayRouteAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayRouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayRouteAttributes {
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

/// The `GatewayRouteSpec` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteSpec {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GrpcRoute`.
    pub fn grpc_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcGatewayRoute>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Http2Route`.
    pub fn http2_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRoute>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HttpRoute`.
    pub fn http_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRoute>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayRouteSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayRouteSpec> for ::forma_core::Value<GatewayRouteSpec> {
    fn from(v: GatewayRouteSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::GatewayRoute`.
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

/// The `GrpcGatewayRoute` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcGatewayRoute {
    props: ::forma_core::schema::Props,
}
impl GrpcGatewayRoute {
    /// A new value with its required properties: `Action`, `Match`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<GrpcGatewayRouteAction>>,
        match_: impl ::std::convert::Into<::forma_core::Value<GrpcGatewayRouteMatch>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(1, match_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GrpcGatewayRoute> for ::forma_core::Value<GrpcGatewayRoute> {
    fn from(v: GrpcGatewayRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_GATEWAY_ROUTE_TYPE.properties))
    }
}

/// The `HttpGatewayRoute` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRoute {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRoute {
    /// A new value with its required properties: `Action`, `Match`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRouteAction>>,
        match_: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRouteMatch>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(1, match_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HttpGatewayRoute> for ::forma_core::Value<HttpGatewayRoute> {
    fn from(v: HttpGatewayRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_TYPE.properties))
    }
}

/// The `GrpcGatewayRouteAction` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcGatewayRouteAction {
    props: ::forma_core::schema::Props,
}
impl GrpcGatewayRouteAction {
    /// A new value with its required properties: `Target`.
    pub fn new(target: impl ::std::convert::Into<::forma_core::Value<GatewayRouteTarget>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, target.into().into_expr());
        Self { props }
    }
    /// `Rewrite`.
    pub fn rewrite(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcGatewayRouteRewrite>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrpcGatewayRouteAction> for ::forma_core::Value<GrpcGatewayRouteAction> {
    fn from(v: GrpcGatewayRouteAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_GATEWAY_ROUTE_ACTION_TYPE.properties))
    }
}

/// The `GrpcGatewayRouteMatch` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcGatewayRouteMatch {
    props: ::forma_core::schema::Props,
}
impl GrpcGatewayRouteMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Hostname`.
    pub fn hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteHostnameMatch>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Metadata`.
    pub fn metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GrpcGatewayRouteMetadata>>>,
    ) -> Self {
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
impl ::std::default::Default for GrpcGatewayRouteMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GrpcGatewayRouteMatch> for ::forma_core::Value<GrpcGatewayRouteMatch> {
    fn from(v: GrpcGatewayRouteMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_GATEWAY_ROUTE_MATCH_TYPE.properties))
    }
}

/// The `HttpGatewayRouteAction` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRouteAction {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRouteAction {
    /// A new value with its required properties: `Target`.
    pub fn new(target: impl ::std::convert::Into<::forma_core::Value<GatewayRouteTarget>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, target.into().into_expr());
        Self { props }
    }
    /// `Rewrite`.
    pub fn rewrite(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRouteRewrite>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpGatewayRouteAction> for ::forma_core::Value<HttpGatewayRouteAction> {
    fn from(v: HttpGatewayRouteAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_ACTION_TYPE.properties))
    }
}

/// The `HttpGatewayRouteMatch` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRouteMatch {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRouteMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Headers`.
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HttpGatewayRouteHeader>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Hostname`.
    pub fn hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteHostnameMatch>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Method`.
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpPathMatch>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `QueryParameters`.
    pub fn query_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryParameter>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpGatewayRouteMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpGatewayRouteMatch> for ::forma_core::Value<HttpGatewayRouteMatch> {
    fn from(v: HttpGatewayRouteMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_MATCH_TYPE.properties))
    }
}

/// The `GrpcGatewayRouteRewrite` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcGatewayRouteRewrite {
    props: ::forma_core::schema::Props,
}
impl GrpcGatewayRouteRewrite {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Hostname`.
    pub fn hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteHostnameRewrite>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GrpcGatewayRouteRewrite {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GrpcGatewayRouteRewrite> for ::forma_core::Value<GrpcGatewayRouteRewrite> {
    fn from(v: GrpcGatewayRouteRewrite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_GATEWAY_ROUTE_REWRITE_TYPE.properties))
    }
}

/// The `GatewayRouteTarget` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteTarget {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteTarget {
    /// A new value with its required properties: `VirtualService`.
    pub fn new(virtual_service: impl ::std::convert::Into<::forma_core::Value<GatewayRouteVirtualService>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, virtual_service.into().into_expr());
        Self { props }
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayRouteTarget> for ::forma_core::Value<GatewayRouteTarget> {
    fn from(v: GatewayRouteTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_TARGET_TYPE.properties))
    }
}

/// The `GatewayRouteHostnameMatch` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteHostnameMatch {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteHostnameMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Suffix`.
    pub fn suffix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayRouteHostnameMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayRouteHostnameMatch> for ::forma_core::Value<GatewayRouteHostnameMatch> {
    fn from(v: GatewayRouteHostnameMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_HOSTNAME_MATCH_TYPE.properties))
    }
}

/// The `GrpcGatewayRouteMetadata` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcGatewayRouteMetadata {
    props: ::forma_core::schema::Props,
}
impl GrpcGatewayRouteMetadata {
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
    pub fn match_(mut self, value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteMetadataMatch>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrpcGatewayRouteMetadata> for ::forma_core::Value<GrpcGatewayRouteMetadata> {
    fn from(v: GrpcGatewayRouteMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_GATEWAY_ROUTE_METADATA_TYPE.properties))
    }
}

/// The `HttpGatewayRouteRewrite` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRouteRewrite {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRouteRewrite {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Hostname`.
    pub fn hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteHostnameRewrite>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRoutePathRewrite>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Prefix`.
    pub fn prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRoutePrefixRewrite>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpGatewayRouteRewrite {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpGatewayRouteRewrite> for ::forma_core::Value<HttpGatewayRouteRewrite> {
    fn from(v: HttpGatewayRouteRewrite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_REWRITE_TYPE.properties))
    }
}

/// The `HttpGatewayRouteHeader` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRouteHeader {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRouteHeader {
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
        value: impl ::std::convert::Into<::forma_core::Value<HttpGatewayRouteHeaderMatch>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpGatewayRouteHeader> for ::forma_core::Value<HttpGatewayRouteHeader> {
    fn from(v: HttpGatewayRouteHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_HEADER_TYPE.properties))
    }
}

/// The `HttpPathMatch` property type of `AWS::AppMesh::GatewayRoute`.
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

/// The `QueryParameter` property type of `AWS::AppMesh::GatewayRoute`.
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

/// The `GatewayRouteHostnameRewrite` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteHostnameRewrite {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteHostnameRewrite {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultTargetHostname`.
    pub fn default_target_hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayRouteHostnameRewrite {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayRouteHostnameRewrite> for ::forma_core::Value<GatewayRouteHostnameRewrite> {
    fn from(v: GatewayRouteHostnameRewrite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_HOSTNAME_REWRITE_TYPE.properties))
    }
}

/// The `GatewayRouteVirtualService` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteVirtualService {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteVirtualService {
    /// A new value with its required properties: `VirtualServiceName`.
    pub fn new(virtual_service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, virtual_service_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatewayRouteVirtualService> for ::forma_core::Value<GatewayRouteVirtualService> {
    fn from(v: GatewayRouteVirtualService) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_VIRTUAL_SERVICE_TYPE.properties))
    }
}

/// The `GatewayRouteMetadataMatch` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteMetadataMatch {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteMetadataMatch {
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
    pub fn range(mut self, value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteRangeMatch>>) -> Self {
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
impl ::std::default::Default for GatewayRouteMetadataMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayRouteMetadataMatch> for ::forma_core::Value<GatewayRouteMetadataMatch> {
    fn from(v: GatewayRouteMetadataMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_METADATA_MATCH_TYPE.properties))
    }
}

/// The `HttpGatewayRoutePathRewrite` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRoutePathRewrite {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRoutePathRewrite {
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
impl ::std::default::Default for HttpGatewayRoutePathRewrite {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpGatewayRoutePathRewrite> for ::forma_core::Value<HttpGatewayRoutePathRewrite> {
    fn from(v: HttpGatewayRoutePathRewrite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_PATH_REWRITE_TYPE.properties))
    }
}

/// The `HttpGatewayRoutePrefixRewrite` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRoutePrefixRewrite {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRoutePrefixRewrite {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultPrefix`.
    pub fn default_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpGatewayRoutePrefixRewrite {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpGatewayRoutePrefixRewrite> for ::forma_core::Value<HttpGatewayRoutePrefixRewrite> {
    fn from(v: HttpGatewayRoutePrefixRewrite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_PREFIX_REWRITE_TYPE.properties))
    }
}

/// The `HttpGatewayRouteHeaderMatch` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGatewayRouteHeaderMatch {
    props: ::forma_core::schema::Props,
}
impl HttpGatewayRouteHeaderMatch {
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
    pub fn range(mut self, value: impl ::std::convert::Into<::forma_core::Value<GatewayRouteRangeMatch>>) -> Self {
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
impl ::std::default::Default for HttpGatewayRouteHeaderMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpGatewayRouteHeaderMatch> for ::forma_core::Value<HttpGatewayRouteHeaderMatch> {
    fn from(v: HttpGatewayRouteHeaderMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_GATEWAY_ROUTE_HEADER_MATCH_TYPE.properties))
    }
}

/// The `HttpQueryParameterMatch` property type of `AWS::AppMesh::GatewayRoute`.
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

/// The `GatewayRouteRangeMatch` property type of `AWS::AppMesh::GatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRouteRangeMatch {
    props: ::forma_core::schema::Props,
}
impl GatewayRouteRangeMatch {
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
impl ::std::convert::From<GatewayRouteRangeMatch> for ::forma_core::Value<GatewayRouteRangeMatch> {
    fn from(v: GatewayRouteRangeMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ROUTE_RANGE_MATCH_TYPE.properties))
    }
}

/// The schema of `AWS::AppMesh::GatewayRoute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::GatewayRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "GatewayRouteName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
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
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_SPEC_TYPE),
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
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "ResourceOwner", "Arn", "Uid"],
};

static GATEWAY_ROUTE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "GrpcRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_GATEWAY_ROUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Http2Route",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_TYPE),
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
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.Tag",
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

static GRPC_GATEWAY_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GrpcGatewayRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_GATEWAY_ROUTE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_GATEWAY_ROUTE_MATCH_TYPE),
        },
    ],
    rules: &[],
};

static HTTP_GATEWAY_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_MATCH_TYPE),
        },
    ],
    rules: &[],
};

static GRPC_GATEWAY_ROUTE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GrpcGatewayRouteAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rewrite",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_GATEWAY_ROUTE_REWRITE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_TARGET_TYPE),
        },
    ],
    rules: &[],
};

static GRPC_GATEWAY_ROUTE_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GrpcGatewayRouteMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hostname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_HOSTNAME_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GRPC_GATEWAY_ROUTE_METADATA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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

static HTTP_GATEWAY_ROUTE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRouteAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rewrite",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_REWRITE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_TARGET_TYPE),
        },
    ],
    rules: &[],
};

static HTTP_GATEWAY_ROUTE_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRouteMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Hostname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_HOSTNAME_MATCH_TYPE),
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
    ],
    rules: &[],
};

static GRPC_GATEWAY_ROUTE_REWRITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GrpcGatewayRouteRewrite",
    properties: &[::forma_core::schema::Property {
        name: "Hostname",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_HOSTNAME_REWRITE_TYPE),
    }],
    rules: &[],
};

static GATEWAY_ROUTE_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteTarget",
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
            name: "VirtualService",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_VIRTUAL_SERVICE_TYPE),
        },
    ],
    rules: &[],
};

static GATEWAY_ROUTE_HOSTNAME_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteHostnameMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exact",
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

static GRPC_GATEWAY_ROUTE_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GrpcGatewayRouteMetadata",
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
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_METADATA_MATCH_TYPE),
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

static HTTP_GATEWAY_ROUTE_REWRITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRouteRewrite",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hostname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_HOSTNAME_REWRITE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_PATH_REWRITE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_PREFIX_REWRITE_TYPE),
        },
    ],
    rules: &[],
};

static HTTP_GATEWAY_ROUTE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRouteHeader",
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
            shape: ::forma_core::schema::Shape::Object(&HTTP_GATEWAY_ROUTE_HEADER_MATCH_TYPE),
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
    name: "AWS::AppMesh::GatewayRoute.HttpPathMatch",
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
    name: "AWS::AppMesh::GatewayRoute.QueryParameter",
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

static GATEWAY_ROUTE_HOSTNAME_REWRITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteHostnameRewrite",
    properties: &[::forma_core::schema::Property {
        name: "DefaultTargetHostname",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static GATEWAY_ROUTE_VIRTUAL_SERVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteVirtualService",
    properties: &[::forma_core::schema::Property {
        name: "VirtualServiceName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static GATEWAY_ROUTE_METADATA_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteMetadataMatch",
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
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_RANGE_MATCH_TYPE),
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

static HTTP_GATEWAY_ROUTE_PATH_REWRITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRoutePathRewrite",
    properties: &[::forma_core::schema::Property {
        name: "Exact",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static HTTP_GATEWAY_ROUTE_PREFIX_REWRITE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppMesh::GatewayRoute.HttpGatewayRoutePrefixRewrite",
        properties: &[
            ::forma_core::schema::Property {
                name: "DefaultPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static HTTP_GATEWAY_ROUTE_HEADER_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.HttpGatewayRouteHeaderMatch",
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
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ROUTE_RANGE_MATCH_TYPE),
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
    name: "AWS::AppMesh::GatewayRoute.HttpQueryParameterMatch",
    properties: &[::forma_core::schema::Property {
        name: "Exact",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static GATEWAY_ROUTE_RANGE_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::GatewayRoute.GatewayRouteRangeMatch",
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
