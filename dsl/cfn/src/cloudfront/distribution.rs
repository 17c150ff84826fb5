// @generated from AWS::CloudFront::Distribution (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::Distribution` and its property types.

/// A distribution tells CloudFront where you want content to be delivered from, and the details about how to track and manage content delivery.
///
/// CloudFormation type `AWS::CloudFront::Distribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    props: ::forma_core::schema::Props,
}
impl Distribution {
    /// A new resource with its required properties: `DistributionConfig`.
    #[track_caller]
    pub fn new(distribution_config: impl ::std::convert::Into<::forma_core::Value<DistributionConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, distribution_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A complex type that contains zero or more `Tag` elements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Distribution {
    type Attributes = DistributionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::Distribution"
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
/// The attributes of a `AWS::CloudFront::Distribution` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DistributionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DistributionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DistributionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `DomainName`.
    pub fn domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainName")
    }
}

/// The values CloudFormation documents: `direct`, `tenant-only`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionMode {
    /// `direct`
    Direct,
    /// `tenant-only`
    TenantOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "direct",
            Self::TenantOnly => "tenant-only",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["direct", "tenant-only"]
    }
}
impl ::std::convert::From<ConnectionMode> for ::forma_core::Value<ConnectionMode> {
    fn from(v: ConnectionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionMode {}

/// The values CloudFormation documents: `http1.1`, `http2`, `http2and3`, `http3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpVersion {
    /// `http1.1`
    Http11,
    /// `http2`
    Http2,
    /// `http2and3`
    Http2And3,
    /// `http3`
    Http3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http11 => "http1.1",
            Self::Http2 => "http2",
            Self::Http2And3 => "http2and3",
            Self::Http3 => "http3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http1.1", "http2", "http2and3", "http3"]
    }
}
impl ::std::convert::From<HttpVersion> for ::forma_core::Value<HttpVersion> {
    fn from(v: HttpVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpVersion {}

/// The values CloudFormation documents: `None`, `PriceClass_100`, `PriceClass_200`, `PriceClass_All`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriceClass {
    /// `None`
    None,
    /// `PriceClass_100`
    PriceClass100,
    /// `PriceClass_200`
    PriceClass200,
    /// `PriceClass_All`
    PriceClassAll,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PriceClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::PriceClass100 => "PriceClass_100",
            Self::PriceClass200 => "PriceClass_200",
            Self::PriceClassAll => "PriceClass_All",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "PriceClass_100", "PriceClass_200", "PriceClass_All"]
    }
}
impl ::std::convert::From<PriceClass> for ::forma_core::Value<PriceClass> {
    fn from(v: PriceClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PriceClass {}

/// A distribution configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionConfig {
    props: ::forma_core::schema::Props,
}
impl DistributionConfig {
    /// A new value with its required properties: `DefaultCacheBehavior`, `Enabled`.
    pub fn new(
        default_cache_behavior: impl ::std::convert::Into<::forma_core::Value<DefaultCacheBehavior>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(11, default_cache_behavior.into().into_expr());
        props.set(13, enabled.into().into_expr());
        Self { props }
    }
    /// This field only supports standard distributions.
    pub fn aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// To use this field for a multi-tenant distribution, use a connection group instead.
    pub fn anycast_ip_list_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An alias for the CF distribution's domain name.
    pub fn cnam_es(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A complex type that contains zero or more `CacheBehavior` elements.
    pub fn cache_behaviors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CacheBehavior>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configuration for cache tag extraction from origin responses.
    pub fn cache_tag_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CacheTagConfig>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A comment to describe the distribution.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The distribution's connection function association.
    pub fn connection_function_association(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionFunctionAssociation>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// This field specifies whether the connection mode is through a standard distribution (direct) or a multi-tenant distribution with distribution tenants (tenant-only).
    pub fn connection_mode(mut self, value: impl ::forma_core::schema::EnumArg<ConnectionMode>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn continuous_deployment_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A complex type that controls the following: + Whether CloudFront replaces HTTP status codes in the 4xx and 5xx range with custom error messages before returning the response to the viewer.
    pub fn custom_error_responses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomErrorResponse>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The user-defined HTTP server that serves as the origin for content that CF distributes.
    pub fn custom_origin(mut self, value: impl ::std::convert::Into<::forma_core::Value<LegacyCustomOrigin>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// When a viewer requests the root URL for your distribution, the default root object is the object that you want CloudFront to request from your origin.
    pub fn default_root_object(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// (Optional) Specify the HTTP version(s) that you want viewers to use to communicate with CF.
    pub fn http_version(mut self, value: impl ::forma_core::schema::EnumArg<HttpVersion>) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
    /// To use this field for a multi-tenant distribution, use a connection group instead.
    pub fn ipv6_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// A complex type that controls whether access logs are written for the distribution.
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<Logging>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// A complex type that contains information about origin groups for this distribution.
    pub fn origin_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<OriginGroups>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// A complex type that contains information about origins for this distribution.
    pub fn origins(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Origin>>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn price_class(mut self, value: impl ::forma_core::schema::EnumArg<PriceClass>) -> Self {
        self.props.set(19, value.into_enum_expr());
        self
    }
    /// A complex type that identifies ways in which you want to restrict distribution of your content.
    pub fn restrictions(mut self, value: impl ::std::convert::Into<::forma_core::Value<Restrictions>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The origin as an S3 bucket.
    pub fn s3_origin(mut self, value: impl ::std::convert::Into<::forma_core::Value<LegacyS3Origin>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn staging(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// This field only supports multi-tenant distributions.
    pub fn tenant_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DistributionConfigTenantConfig>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// A complex type that determines the distribution's SSL/TLS configuration for communicating with viewers.
    pub fn viewer_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ViewerCertificate>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The distribution's viewer mTLS configuration.
    pub fn viewer_mtls_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ViewerMtlsConfig>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// Multi-tenant distributions only support WAF V2 web ACLs.
    pub fn web_acl_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DistributionConfig> for ::forma_core::Value<DistributionConfig> {
    fn from(v: DistributionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISTRIBUTION_CONFIG_TYPE.properties))
    }
}

/// A complex type that contains `Tag` key and `Tag` value.
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

/// A complex type that describes how CloudFront processes requests.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheBehavior {
    props: ::forma_core::schema::Props,
}
impl CacheBehavior {
    /// A new value with its required properties: `PathPattern`, `TargetOriginId`, `ViewerProtocolPolicy`.
    pub fn new(
        path_pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_origin_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        viewer_protocol_policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(13, path_pattern.into().into_expr());
        props.set(17, target_origin_id.into().into_expr());
        props.set(20, viewer_protocol_policy.into().into_expr());
        Self { props }
    }
    /// A complex type that controls which HTTP methods CloudFront processes and forwards to your Amazon S3 bucket or your custom origin.
    pub fn allowed_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The unique identifier of the cache policy that is attached to this cache behavior.
    pub fn cache_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A complex type that controls whether CloudFront caches the response to requests using the specified HTTP methods.
    pub fn cached_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Whether you want CloudFront to automatically compress certain files for this cache behavior.
    pub fn compress(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn default_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The value of `ID` for the field-level encryption configuration that you want CloudFront to use for encrypting specific fields of data for this cache behavior.
    pub fn field_level_encryption_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// This field is deprecated.
    pub fn forwarded_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<ForwardedValues>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A list of CloudFront functions that are associated with this cache behavior.
    pub fn function_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FunctionAssociation>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The gRPC configuration for your cache behavior.
    pub fn grpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcConfig>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A complex type that contains zero or more Lambda@Edge function associations for a cache behavior.
    pub fn lambda_function_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LambdaFunctionAssociation>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn max_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn min_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The unique identifier of the origin request policy that is attached to this cache behavior.
    pub fn origin_request_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this cache behavior.
    pub fn realtime_log_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The identifier for a response headers policy.
    pub fn response_headers_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn smooth_streaming(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// A list of key groups that CloudFront can use to validate signed URLs or signed cookies.
    pub fn trusted_key_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// We recommend using `TrustedKeyGroups` instead of `TrustedSigners`.
    pub fn trusted_signers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CacheBehavior> for ::forma_core::Value<CacheBehavior> {
    fn from(v: CacheBehavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_BEHAVIOR_TYPE.properties))
    }
}

/// A complex type that specifies the HTTP header name from which CloudFront extracts cache tags from origin responses.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheTagConfig {
    props: ::forma_core::schema::Props,
}
impl CacheTagConfig {
    /// A new value with its required properties: `HeaderName`.
    pub fn new(header_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CacheTagConfig> for ::forma_core::Value<CacheTagConfig> {
    fn from(v: CacheTagConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_TAG_CONFIG_TYPE.properties))
    }
}

/// A connection function association.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionFunctionAssociation {
    props: ::forma_core::schema::Props,
}
impl ConnectionFunctionAssociation {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectionFunctionAssociation> for ::forma_core::Value<ConnectionFunctionAssociation> {
    fn from(v: ConnectionFunctionAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_FUNCTION_ASSOCIATION_TYPE.properties))
    }
}

/// A complex type that controls: + Whether CloudFront replaces HTTP status codes in the 4xx and 5xx range with custom error messages before returning the response to the viewer.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomErrorResponse {
    props: ::forma_core::schema::Props,
}
impl CustomErrorResponse {
    /// A new value with its required properties: `ErrorCode`.
    pub fn new(error_code: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, error_code.into().into_expr());
        Self { props }
    }
    /// The minimum amount of time, in seconds, that you want CloudFront to cache the HTTP status code specified in `ErrorCode`.
    pub fn error_caching_min_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The HTTP status code that you want CloudFront to return to the viewer along with the custom error page.
    ///
    /// Allowed: one of 200, 400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504.
    pub fn response_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The path to the custom error page that you want CloudFront to return to a viewer when your origin returns the HTTP status code specified by `ErrorCode`, for example, `/4xx-errors/403-forbidden.html`.
    pub fn response_page_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomErrorResponse> for ::forma_core::Value<CustomErrorResponse> {
    fn from(v: CustomErrorResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ERROR_RESPONSE_TYPE.properties))
    }
}

/// A custom origin.
#[derive(Debug, Clone, PartialEq)]
pub struct LegacyCustomOrigin {
    props: ::forma_core::schema::Props,
}
impl LegacyCustomOrigin {
    /// A new value with its required properties: `DNSName`, `OriginProtocolPolicy`, `OriginSSLProtocols`.
    pub fn new(
        dns_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin_protocol_policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin_ssl_protocols: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dns_name.into().into_expr());
        props.set(3, origin_protocol_policy.into().into_expr());
        props.set(4, origin_ssl_protocols.into().into_expr());
        Self { props }
    }
    /// The HTTP port that CF uses to connect to the origin.
    pub fn http_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The HTTPS port that CF uses to connect to the origin.
    pub fn https_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LegacyCustomOrigin> for ::forma_core::Value<LegacyCustomOrigin> {
    fn from(v: LegacyCustomOrigin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEGACY_CUSTOM_ORIGIN_TYPE.properties))
    }
}

/// The values CloudFormation documents: `allow-all`, `https-only`, `redirect-to-https`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ViewerProtocolPolicy {
    /// `allow-all`
    AllowAll,
    /// `https-only`
    HttpsOnly,
    /// `redirect-to-https`
    RedirectToHttps,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ViewerProtocolPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowAll => "allow-all",
            Self::HttpsOnly => "https-only",
            Self::RedirectToHttps => "redirect-to-https",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["allow-all", "https-only", "redirect-to-https"]
    }
}
impl ::std::convert::From<ViewerProtocolPolicy> for ::forma_core::Value<ViewerProtocolPolicy> {
    fn from(v: ViewerProtocolPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ViewerProtocolPolicy {}

/// A complex type that describes the default cache behavior if you don't specify a `CacheBehavior` element or if request URLs don't match any of the values of `PathPattern` in `CacheBehavior` elements.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultCacheBehavior {
    props: ::forma_core::schema::Props,
}
impl DefaultCacheBehavior {
    /// A new value with its required properties: `TargetOriginId`, `ViewerProtocolPolicy`.
    pub fn new(
        target_origin_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        viewer_protocol_policy: impl ::forma_core::schema::EnumArg<ViewerProtocolPolicy>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(16, target_origin_id.into().into_expr());
        props.set(19, viewer_protocol_policy.into_enum_expr());
        Self { props }
    }
    /// A complex type that controls which HTTP methods CloudFront processes and forwards to your Amazon S3 bucket or your custom origin.
    pub fn allowed_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The unique identifier of the cache policy that is attached to the default cache behavior.
    pub fn cache_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A complex type that controls whether CloudFront caches the response to requests using the specified HTTP methods.
    pub fn cached_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Whether you want CloudFront to automatically compress certain files for this cache behavior.
    pub fn compress(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn default_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The value of `ID` for the field-level encryption configuration that you want CloudFront to use for encrypting specific fields of data for the default cache behavior.
    pub fn field_level_encryption_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// This field is deprecated.
    pub fn forwarded_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<ForwardedValues>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A list of CloudFront functions that are associated with this cache behavior.
    pub fn function_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FunctionAssociation>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The gRPC configuration for your cache behavior.
    pub fn grpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrpcConfig>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A complex type that contains zero or more Lambda@Edge function associations for a cache behavior.
    pub fn lambda_function_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LambdaFunctionAssociation>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn max_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn min_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The unique identifier of the origin request policy that is attached to the default cache behavior.
    pub fn origin_request_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this cache behavior.
    pub fn realtime_log_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The identifier for a response headers policy.
    pub fn response_headers_policy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    pub fn smooth_streaming(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// A list of key groups that CloudFront can use to validate signed URLs or signed cookies.
    pub fn trusted_key_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// We recommend using `TrustedKeyGroups` instead of `TrustedSigners`.
    pub fn trusted_signers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DefaultCacheBehavior> for ::forma_core::Value<DefaultCacheBehavior> {
    fn from(v: DefaultCacheBehavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_CACHE_BEHAVIOR_TYPE.properties))
    }
}

/// A complex type that specifies whether access logs are written for the distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon S3 bucket to store the access logs in, for example, `amzn-s3-demo-bucket.s3.amazonaws.com`.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether you want CloudFront to include cookies in access logs, specify `true` for `IncludeCookies`.
    pub fn include_cookies(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional string that you want CloudFront to prefix to the access log `filenames` for this distribution, for example, `myprefix/`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
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

/// A complex data type for the origin groups specified for a distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginGroups {
    props: ::forma_core::schema::Props,
}
impl OriginGroups {
    /// A new value with its required properties: `Quantity`.
    pub fn new(quantity: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, quantity.into().into_expr());
        Self { props }
    }
    /// The items (origin groups) in a distribution.
    pub fn items(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OriginGroup>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OriginGroups> for ::forma_core::Value<OriginGroups> {
    fn from(v: OriginGroups) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_GROUPS_TYPE.properties))
    }
}

/// An origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    props: ::forma_core::schema::Props,
}
impl Origin {
    /// A new value with its required properties: `DomainName`, `Id`.
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, domain_name.into().into_expr());
        props.set(4, id.into().into_expr());
        Self { props }
    }
    /// The number of times that CloudFront attempts to connect to the origin.
    pub fn connection_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of seconds that CloudFront waits when trying to establish a connection to the origin.
    pub fn connection_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Use this type to specify an origin that is not an Amazon S3 bucket, with one exception.
    pub fn custom_origin_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomOriginConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The unique identifier of an origin access control for this origin.
    pub fn origin_access_control_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A list of HTTP header names and values that CloudFront adds to the requests that it sends to the origin.
    pub fn origin_custom_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OriginCustomHeader>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// An optional path that CloudFront appends to the origin domain name when CloudFront requests content from the origin.
    pub fn origin_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// CloudFront Origin Shield.
    pub fn origin_shield(mut self, value: impl ::std::convert::Into<::forma_core::Value<OriginShield>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The time (in seconds) that a request from CloudFront to the origin can stay open and wait for a response.
    pub fn response_completion_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Use this type to specify an origin that is an Amazon S3 bucket that is not configured with static website hosting.
    pub fn s3_origin_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3OriginConfig>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The VPC origin configuration.
    pub fn vpc_origin_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcOriginConfig>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Origin> for ::forma_core::Value<Origin> {
    fn from(v: Origin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_TYPE.properties))
    }
}

/// A complex type that identifies ways in which you want to restrict distribution of your content.
#[derive(Debug, Clone, PartialEq)]
pub struct Restrictions {
    props: ::forma_core::schema::Props,
}
impl Restrictions {
    /// A new value with its required properties: `GeoRestriction`.
    pub fn new(geo_restriction: impl ::std::convert::Into<::forma_core::Value<GeoRestriction>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, geo_restriction.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Restrictions> for ::forma_core::Value<Restrictions> {
    fn from(v: Restrictions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTRICTIONS_TYPE.properties))
    }
}

/// The origin as an S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct LegacyS3Origin {
    props: ::forma_core::schema::Props,
}
impl LegacyS3Origin {
    /// A new value with its required properties: `DNSName`.
    pub fn new(dns_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dns_name.into().into_expr());
        Self { props }
    }
    /// The CF origin access identity to associate with the distribution.
    pub fn origin_access_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LegacyS3Origin> for ::forma_core::Value<LegacyS3Origin> {
    fn from(v: LegacyS3Origin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEGACY_S3_ORIGIN_TYPE.properties))
    }
}

/// This field only supports multi-tenant distributions.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionConfigTenantConfig {
    props: ::forma_core::schema::Props,
}
impl DistributionConfigTenantConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ParameterDefinitions`.
    pub fn parameter_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ParameterDefinition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DistributionConfigTenantConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DistributionConfigTenantConfig> for ::forma_core::Value<DistributionConfigTenantConfig> {
    fn from(v: DistributionConfigTenantConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISTRIBUTION_CONFIG_TENANT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SSLv3`, `TLSv1`, `TLSv1.1_2016`, `TLSv1.2_2018`, `TLSv1.2_2019`, `TLSv1.2_2021`, `TLSv1.2_2025`, `TLSv1.3_2025`, `TLSv1_2016`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MinimumProtocolVersion {
    /// `SSLv3`
    SsLv3,
    /// `TLSv1`
    TlSv1,
    /// `TLSv1.1_2016`
    TlSv112016,
    /// `TLSv1.2_2018`
    TlSv122018,
    /// `TLSv1.2_2019`
    TlSv122019,
    /// `TLSv1.2_2021`
    TlSv122021,
    /// `TLSv1.2_2025`
    TlSv122025,
    /// `TLSv1.3_2025`
    TlSv132025,
    /// `TLSv1_2016`
    TlSv12016,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MinimumProtocolVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SsLv3 => "SSLv3",
            Self::TlSv1 => "TLSv1",
            Self::TlSv112016 => "TLSv1.1_2016",
            Self::TlSv122018 => "TLSv1.2_2018",
            Self::TlSv122019 => "TLSv1.2_2019",
            Self::TlSv122021 => "TLSv1.2_2021",
            Self::TlSv122025 => "TLSv1.2_2025",
            Self::TlSv132025 => "TLSv1.3_2025",
            Self::TlSv12016 => "TLSv1_2016",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SSLv3",
            "TLSv1",
            "TLSv1.1_2016",
            "TLSv1.2_2018",
            "TLSv1.2_2019",
            "TLSv1.2_2021",
            "TLSv1.2_2025",
            "TLSv1.3_2025",
            "TLSv1_2016",
        ]
    }
}
impl ::std::convert::From<MinimumProtocolVersion> for ::forma_core::Value<MinimumProtocolVersion> {
    fn from(v: MinimumProtocolVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MinimumProtocolVersion {}

/// The values CloudFormation documents: `sni-only`, `static-ip`, `vip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SslSupportMethod {
    /// `sni-only`
    SniOnly,
    /// `static-ip`
    StaticIp,
    /// `vip`
    Vip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SslSupportMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SniOnly => "sni-only",
            Self::StaticIp => "static-ip",
            Self::Vip => "vip",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["sni-only", "static-ip", "vip"]
    }
}
impl ::std::convert::From<SslSupportMethod> for ::forma_core::Value<SslSupportMethod> {
    fn from(v: SslSupportMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SslSupportMethod {}

/// A complex type that determines the distribution's SSL/TLS configuration for communicating with viewers.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewerCertificate {
    props: ::forma_core::schema::Props,
}
impl ViewerCertificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// In CloudFormation, this field name is `AcmCertificateArn`.
    pub fn acm_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If the distribution uses the CloudFront domain name such as `d111111abcdef8.cloudfront.net`, set this field to `true`.
    pub fn cloud_front_default_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This field only supports standard distributions.
    ///
    /// Allowed: length 0 to 32.
    pub fn iam_certificate_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// If the distribution uses `Aliases` (alternate domain names or CNAMEs), specify the security policy that you want CloudFront to use for HTTPS connections with viewers.
    pub fn minimum_protocol_version(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MinimumProtocolVersion>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// In CloudFormation, this field name is `SslSupportMethod`.
    pub fn ssl_support_method(mut self, value: impl ::forma_core::schema::EnumArg<SslSupportMethod>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ViewerCertificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ViewerCertificate> for ::forma_core::Value<ViewerCertificate> {
    fn from(v: ViewerCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIEWER_CERTIFICATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `required`, `optional`, `passthrough`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ViewerMtlsMode {
    /// `required`
    Required,
    /// `optional`
    Optional,
    /// `passthrough`
    Passthrough,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ViewerMtlsMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Passthrough => "passthrough",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["required", "optional", "passthrough"]
    }
}
impl ::std::convert::From<ViewerMtlsMode> for ::forma_core::Value<ViewerMtlsMode> {
    fn from(v: ViewerMtlsMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ViewerMtlsMode {}

/// A viewer mTLS configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewerMtlsConfig {
    props: ::forma_core::schema::Props,
}
impl ViewerMtlsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The viewer mTLS mode.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<ViewerMtlsMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The trust store configuration associated with the viewer mTLS configuration.
    pub fn trust_store_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrustStoreConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ViewerMtlsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ViewerMtlsConfig> for ::forma_core::Value<ViewerMtlsConfig> {
    fn from(v: ViewerMtlsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIEWER_MTLS_CONFIG_TYPE.properties))
    }
}

/// This field only supports standard distributions.
#[derive(Debug, Clone, PartialEq)]
pub struct ForwardedValues {
    props: ::forma_core::schema::Props,
}
impl ForwardedValues {
    /// A new value with its required properties: `QueryString`.
    pub fn new(query_string: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, query_string.into().into_expr());
        Self { props }
    }
    /// This field is deprecated.
    pub fn cookies(mut self, value: impl ::std::convert::Into<::forma_core::Value<Cookies>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This field is deprecated.
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This field is deprecated.
    pub fn query_string_cache_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ForwardedValues> for ::forma_core::Value<ForwardedValues> {
    fn from(v: ForwardedValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORWARDED_VALUES_TYPE.properties))
    }
}

/// A CloudFront function that is associated with a cache behavior in a CloudFront distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionAssociation {
    props: ::forma_core::schema::Props,
}
impl FunctionAssociation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The event type of the function, either `viewer-request` or `viewer-response`.
    pub fn event_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the function.
    pub fn function_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FunctionAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FunctionAssociation> for ::forma_core::Value<FunctionAssociation> {
    fn from(v: FunctionAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_ASSOCIATION_TYPE.properties))
    }
}

/// Amazon CloudFront supports gRPC, an open-source remote procedure call (RPC) framework built on HTTP/2.
#[derive(Debug, Clone, PartialEq)]
pub struct GrpcConfig {
    props: ::forma_core::schema::Props,
}
impl GrpcConfig {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GrpcConfig> for ::forma_core::Value<GrpcConfig> {
    fn from(v: GrpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRPC_CONFIG_TYPE.properties))
    }
}

/// A complex type that contains a Lambda@Edge function association.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaFunctionAssociation {
    props: ::forma_core::schema::Props,
}
impl LambdaFunctionAssociation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the event type that triggers a Lambda@Edge function invocation.
    pub fn event_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A flag that allows a Lambda@Edge function to have read access to the body content.
    pub fn include_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the Lambda@Edge function.
    pub fn lambda_function_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaFunctionAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaFunctionAssociation> for ::forma_core::Value<LambdaFunctionAssociation> {
    fn from(v: LambdaFunctionAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_FUNCTION_ASSOCIATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `media-quality-based`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OriginGroupSelectionCriteria {
    /// `default`
    Default,
    /// `media-quality-based`
    MediaQualityBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OriginGroupSelectionCriteria {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::MediaQualityBased => "media-quality-based",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "media-quality-based"]
    }
}
impl ::std::convert::From<OriginGroupSelectionCriteria> for ::forma_core::Value<OriginGroupSelectionCriteria> {
    fn from(v: OriginGroupSelectionCriteria) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OriginGroupSelectionCriteria {}

/// An origin group includes two origins (a primary origin and a secondary origin to failover to) and a failover criteria that you specify.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginGroup {
    props: ::forma_core::schema::Props,
}
impl OriginGroup {
    /// A new value with its required properties: `FailoverCriteria`, `Id`, `Members`.
    pub fn new(
        failover_criteria: impl ::std::convert::Into<::forma_core::Value<OriginGroupFailoverCriteria>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        members: impl ::std::convert::Into<::forma_core::Value<OriginGroupMembers>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, failover_criteria.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(2, members.into().into_expr());
        Self { props }
    }
    /// The selection criteria for the origin group.
    pub fn selection_criteria(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OriginGroupSelectionCriteria>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<OriginGroup> for ::forma_core::Value<OriginGroup> {
    fn from(v: OriginGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_GROUP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ipv4`, `ipv6`, `dualstack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// `dualstack`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Dualstack => "dualstack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6", "dualstack"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// A custom origin.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomOriginConfig {
    props: ::forma_core::schema::Props,
}
impl CustomOriginConfig {
    /// A new value with its required properties: `OriginProtocolPolicy`.
    pub fn new(origin_protocol_policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, origin_protocol_policy.into().into_expr());
        Self { props }
    }
    /// The HTTP port that CloudFront uses to connect to the origin.
    pub fn http_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The HTTPS port that CloudFront uses to connect to the origin.
    pub fn https_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies which IP protocol CloudFront uses when connecting to your origin.
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies how long, in seconds, CloudFront persists its connection to the origin.
    pub fn origin_keepalive_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configures mutual TLS authentication between CloudFront and your origin server.
    pub fn origin_mtls_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OriginMtlsConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies how long, in seconds, CloudFront waits for a response from the origin.
    pub fn origin_read_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin over HTTPS.
    pub fn origin_ssl_protocols(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomOriginConfig> for ::forma_core::Value<CustomOriginConfig> {
    fn from(v: CustomOriginConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ORIGIN_CONFIG_TYPE.properties))
    }
}

/// A complex type that contains `HeaderName` and `HeaderValue` elements, if any, for this distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginCustomHeader {
    props: ::forma_core::schema::Props,
}
impl OriginCustomHeader {
    /// A new value with its required properties: `HeaderName`, `HeaderValue`.
    pub fn new(
        header_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        header_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header_name.into().into_expr());
        props.set(1, header_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginCustomHeader> for ::forma_core::Value<OriginCustomHeader> {
    fn from(v: OriginCustomHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_CUSTOM_HEADER_TYPE.properties))
    }
}

/// CloudFront Origin Shield.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginShield {
    props: ::forma_core::schema::Props,
}
impl OriginShield {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A flag that specifies whether Origin Shield is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS-Region for Origin Shield.
    pub fn origin_shield_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OriginShield {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OriginShield> for ::forma_core::Value<OriginShield> {
    fn from(v: OriginShield) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_SHIELD_TYPE.properties))
    }
}

/// A complex type that contains information about the Amazon S3 origin.
#[derive(Debug, Clone, PartialEq)]
pub struct S3OriginConfig {
    props: ::forma_core::schema::Props,
}
impl S3OriginConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If you're using origin access control (OAC) instead of origin access identity, specify an empty `OriginAccessIdentity` element.
    pub fn origin_access_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies how long, in seconds, CloudFront waits for a response from the origin.
    pub fn origin_read_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3OriginConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3OriginConfig> for ::forma_core::Value<S3OriginConfig> {
    fn from(v: S3OriginConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ORIGIN_CONFIG_TYPE.properties))
    }
}

/// An Amazon CloudFront VPC origin configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOriginConfig {
    props: ::forma_core::schema::Props,
}
impl VpcOriginConfig {
    /// A new value with its required properties: `VpcOriginId`.
    pub fn new(vpc_origin_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, vpc_origin_id.into().into_expr());
        Self { props }
    }
    /// Specifies how long, in seconds, CloudFront persists its connection to the origin.
    pub fn origin_keepalive_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies how long, in seconds, CloudFront waits for a response from the origin.
    pub fn origin_read_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The account ID of the AWS-account that owns the VPC origin.
    pub fn owner_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VpcOriginConfig> for ::forma_core::Value<VpcOriginConfig> {
    fn from(v: VpcOriginConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_ORIGIN_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AD`, `AE`, `AF`, `AG`, `AI`, `AL`, `AM`, `AO`, `AQ`, `AR`, `AS`, `AT`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locations {
    /// `AD`
    Ad,
    /// `AE`
    Ae,
    /// `AF`
    Af,
    /// `AG`
    Ag,
    /// `AI`
    Ai,
    /// `AL`
    Al,
    /// `AM`
    Am,
    /// `AO`
    Ao,
    /// `AQ`
    Aq,
    /// `AR`
    Ar,
    /// `AS`
    As,
    /// `AT`
    At,
    /// `AU`
    Au,
    /// `AW`
    Aw,
    /// `AX`
    Ax,
    /// `AZ`
    Az,
    /// `BA`
    Ba,
    /// `BB`
    Bb,
    /// `BD`
    Bd,
    /// `BE`
    Be,
    /// `BF`
    Bf,
    /// `BG`
    Bg,
    /// `BH`
    Bh,
    /// `BI`
    Bi,
    /// `BJ`
    Bj,
    /// `BL`
    Bl,
    /// `BM`
    Bm,
    /// `BN`
    Bn,
    /// `BO`
    Bo,
    /// `BQ`
    Bq,
    /// `BR`
    Br,
    /// `BS`
    Bs,
    /// `BT`
    Bt,
    /// `BV`
    Bv,
    /// `BW`
    Bw,
    /// `BY`
    By,
    /// `BZ`
    Bz,
    /// `CA`
    Ca,
    /// `CC`
    Cc,
    /// `CD`
    Cd,
    /// `CF`
    Cf,
    /// `CG`
    Cg,
    /// `CH`
    Ch,
    /// `CI`
    Ci,
    /// `CK`
    Ck,
    /// `CL`
    Cl,
    /// `CM`
    Cm,
    /// `CN`
    Cn,
    /// `CO`
    Co,
    /// `CR`
    Cr,
    /// `CU`
    Cu,
    /// `CV`
    Cv,
    /// `CW`
    Cw,
    /// `CX`
    Cx,
    /// `CY`
    Cy,
    /// `CZ`
    Cz,
    /// `DE`
    De,
    /// `DJ`
    Dj,
    /// `DK`
    Dk,
    /// `DM`
    Dm,
    /// `DO`
    Do,
    /// `DZ`
    Dz,
    /// `EC`
    Ec,
    /// `EE`
    Ee,
    /// `EG`
    Eg,
    /// `EH`
    Eh,
    /// `ER`
    Er,
    /// `ES`
    Es,
    /// `ET`
    Et,
    /// `FI`
    Fi,
    /// `FJ`
    Fj,
    /// `FK`
    Fk,
    /// `FM`
    Fm,
    /// `FO`
    Fo,
    /// `FR`
    Fr,
    /// `GA`
    Ga,
    /// `GB`
    Gb,
    /// `GD`
    Gd,
    /// `GE`
    Ge,
    /// `GF`
    Gf,
    /// `GG`
    Gg,
    /// `GH`
    Gh,
    /// `GI`
    Gi,
    /// `GL`
    Gl,
    /// `GM`
    Gm,
    /// `GN`
    Gn,
    /// `GP`
    Gp,
    /// `GQ`
    Gq,
    /// `GR`
    Gr,
    /// `GS`
    Gs,
    /// `GT`
    Gt,
    /// `GU`
    Gu,
    /// `GW`
    Gw,
    /// `GY`
    Gy,
    /// `HK`
    Hk,
    /// `HM`
    Hm,
    /// `HN`
    Hn,
    /// `HR`
    Hr,
    /// `HT`
    Ht,
    /// `HU`
    Hu,
    /// `ID`
    Id,
    /// `IE`
    Ie,
    /// `IL`
    Il,
    /// `IM`
    Im,
    /// `IN`
    In,
    /// `IO`
    Io,
    /// `IQ`
    Iq,
    /// `IR`
    Ir,
    /// `IS`
    Is,
    /// `IT`
    It,
    /// `JE`
    Je,
    /// `JM`
    Jm,
    /// `JO`
    Jo,
    /// `JP`
    Jp,
    /// `KE`
    Ke,
    /// `KG`
    Kg,
    /// `KH`
    Kh,
    /// `KI`
    Ki,
    /// `KM`
    Km,
    /// `KN`
    Kn,
    /// `KP`
    Kp,
    /// `KR`
    Kr,
    /// `KW`
    Kw,
    /// `KY`
    Ky,
    /// `KZ`
    Kz,
    /// `LA`
    La,
    /// `LB`
    Lb,
    /// `LC`
    Lc,
    /// `LI`
    Li,
    /// `LK`
    Lk,
    /// `LR`
    Lr,
    /// `LS`
    Ls,
    /// `LT`
    Lt,
    /// `LU`
    Lu,
    /// `LV`
    Lv,
    /// `LY`
    Ly,
    /// `MA`
    Ma,
    /// `MC`
    Mc,
    /// `MD`
    Md,
    /// `ME`
    Me,
    /// `MF`
    Mf,
    /// `MG`
    Mg,
    /// `MH`
    Mh,
    /// `MK`
    Mk,
    /// `ML`
    Ml,
    /// `MM`
    Mm,
    /// `MN`
    Mn,
    /// `MO`
    Mo,
    /// `MP`
    Mp,
    /// `MQ`
    Mq,
    /// `MR`
    Mr,
    /// `MS`
    Ms,
    /// `MT`
    Mt,
    /// `MU`
    Mu,
    /// `MV`
    Mv,
    /// `MW`
    Mw,
    /// `MX`
    Mx,
    /// `MY`
    My,
    /// `MZ`
    Mz,
    /// `NA`
    Na,
    /// `NC`
    Nc,
    /// `NE`
    Ne,
    /// `NF`
    Nf,
    /// `NG`
    Ng,
    /// `NI`
    Ni,
    /// `NL`
    Nl,
    /// `NO`
    No,
    /// `NP`
    Np,
    /// `NR`
    Nr,
    /// `NU`
    Nu,
    /// `NZ`
    Nz,
    /// `OM`
    Om,
    /// `PA`
    Pa,
    /// `PE`
    Pe,
    /// `PF`
    Pf,
    /// `PG`
    Pg,
    /// `PH`
    Ph,
    /// `PK`
    Pk,
    /// `PL`
    Pl,
    /// `PM`
    Pm,
    /// `PN`
    Pn,
    /// `PR`
    Pr,
    /// `PS`
    Ps,
    /// `PT`
    Pt,
    /// `PW`
    Pw,
    /// `PY`
    Py,
    /// `QA`
    Qa,
    /// `RE`
    Re,
    /// `RO`
    Ro,
    /// `RS`
    Rs,
    /// `RU`
    Ru,
    /// `RW`
    Rw,
    /// `SA`
    Sa,
    /// `SB`
    Sb,
    /// `SC`
    Sc,
    /// `SD`
    Sd,
    /// `SE`
    Se,
    /// `SG`
    Sg,
    /// `SH`
    Sh,
    /// `SI`
    Si,
    /// `SJ`
    Sj,
    /// `SK`
    Sk,
    /// `SL`
    Sl,
    /// `SM`
    Sm,
    /// `SN`
    Sn,
    /// `SO`
    So,
    /// `SR`
    Sr,
    /// `SS`
    Ss,
    /// `ST`
    St,
    /// `SV`
    Sv,
    /// `SX`
    Sx,
    /// `SY`
    Sy,
    /// `SZ`
    Sz,
    /// `TC`
    Tc,
    /// `TD`
    Td,
    /// `TF`
    Tf,
    /// `TG`
    Tg,
    /// `TH`
    Th,
    /// `TJ`
    Tj,
    /// `TK`
    Tk,
    /// `TL`
    Tl,
    /// `TM`
    Tm,
    /// `TN`
    Tn,
    /// `TO`
    To,
    /// `TR`
    Tr,
    /// `TT`
    Tt,
    /// `TV`
    Tv,
    /// `TW`
    Tw,
    /// `TZ`
    Tz,
    /// `UA`
    Ua,
    /// `UG`
    Ug,
    /// `UM`
    Um,
    /// `US`
    Us,
    /// `UY`
    Uy,
    /// `UZ`
    Uz,
    /// `VA`
    Va,
    /// `VC`
    Vc,
    /// `VE`
    Ve,
    /// `VG`
    Vg,
    /// `VI`
    Vi,
    /// `VN`
    Vn,
    /// `VU`
    Vu,
    /// `WF`
    Wf,
    /// `WS`
    Ws,
    /// `YE`
    Ye,
    /// `YT`
    Yt,
    /// `ZA`
    Za,
    /// `ZM`
    Zm,
    /// `ZW`
    Zw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Locations {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ad => "AD",
            Self::Ae => "AE",
            Self::Af => "AF",
            Self::Ag => "AG",
            Self::Ai => "AI",
            Self::Al => "AL",
            Self::Am => "AM",
            Self::Ao => "AO",
            Self::Aq => "AQ",
            Self::Ar => "AR",
            Self::As => "AS",
            Self::At => "AT",
            Self::Au => "AU",
            Self::Aw => "AW",
            Self::Ax => "AX",
            Self::Az => "AZ",
            Self::Ba => "BA",
            Self::Bb => "BB",
            Self::Bd => "BD",
            Self::Be => "BE",
            Self::Bf => "BF",
            Self::Bg => "BG",
            Self::Bh => "BH",
            Self::Bi => "BI",
            Self::Bj => "BJ",
            Self::Bl => "BL",
            Self::Bm => "BM",
            Self::Bn => "BN",
            Self::Bo => "BO",
            Self::Bq => "BQ",
            Self::Br => "BR",
            Self::Bs => "BS",
            Self::Bt => "BT",
            Self::Bv => "BV",
            Self::Bw => "BW",
            Self::By => "BY",
            Self::Bz => "BZ",
            Self::Ca => "CA",
            Self::Cc => "CC",
            Self::Cd => "CD",
            Self::Cf => "CF",
            Self::Cg => "CG",
            Self::Ch => "CH",
            Self::Ci => "CI",
            Self::Ck => "CK",
            Self::Cl => "CL",
            Self::Cm => "CM",
            Self::Cn => "CN",
            Self::Co => "CO",
            Self::Cr => "CR",
            Self::Cu => "CU",
            Self::Cv => "CV",
            Self::Cw => "CW",
            Self::Cx => "CX",
            Self::Cy => "CY",
            Self::Cz => "CZ",
            Self::De => "DE",
            Self::Dj => "DJ",
            Self::Dk => "DK",
            Self::Dm => "DM",
            Self::Do => "DO",
            Self::Dz => "DZ",
            Self::Ec => "EC",
            Self::Ee => "EE",
            Self::Eg => "EG",
            Self::Eh => "EH",
            Self::Er => "ER",
            Self::Es => "ES",
            Self::Et => "ET",
            Self::Fi => "FI",
            Self::Fj => "FJ",
            Self::Fk => "FK",
            Self::Fm => "FM",
            Self::Fo => "FO",
            Self::Fr => "FR",
            Self::Ga => "GA",
            Self::Gb => "GB",
            Self::Gd => "GD",
            Self::Ge => "GE",
            Self::Gf => "GF",
            Self::Gg => "GG",
            Self::Gh => "GH",
            Self::Gi => "GI",
            Self::Gl => "GL",
            Self::Gm => "GM",
            Self::Gn => "GN",
            Self::Gp => "GP",
            Self::Gq => "GQ",
            Self::Gr => "GR",
            Self::Gs => "GS",
            Self::Gt => "GT",
            Self::Gu => "GU",
            Self::Gw => "GW",
            Self::Gy => "GY",
            Self::Hk => "HK",
            Self::Hm => "HM",
            Self::Hn => "HN",
            Self::Hr => "HR",
            Self::Ht => "HT",
            Self::Hu => "HU",
            Self::Id => "ID",
            Self::Ie => "IE",
            Self::Il => "IL",
            Self::Im => "IM",
            Self::In => "IN",
            Self::Io => "IO",
            Self::Iq => "IQ",
            Self::Ir => "IR",
            Self::Is => "IS",
            Self::It => "IT",
            Self::Je => "JE",
            Self::Jm => "JM",
            Self::Jo => "JO",
            Self::Jp => "JP",
            Self::Ke => "KE",
            Self::Kg => "KG",
            Self::Kh => "KH",
            Self::Ki => "KI",
            Self::Km => "KM",
            Self::Kn => "KN",
            Self::Kp => "KP",
            Self::Kr => "KR",
            Self::Kw => "KW",
            Self::Ky => "KY",
            Self::Kz => "KZ",
            Self::La => "LA",
            Self::Lb => "LB",
            Self::Lc => "LC",
            Self::Li => "LI",
            Self::Lk => "LK",
            Self::Lr => "LR",
            Self::Ls => "LS",
            Self::Lt => "LT",
            Self::Lu => "LU",
            Self::Lv => "LV",
            Self::Ly => "LY",
            Self::Ma => "MA",
            Self::Mc => "MC",
            Self::Md => "MD",
            Self::Me => "ME",
            Self::Mf => "MF",
            Self::Mg => "MG",
            Self::Mh => "MH",
            Self::Mk => "MK",
            Self::Ml => "ML",
            Self::Mm => "MM",
            Self::Mn => "MN",
            Self::Mo => "MO",
            Self::Mp => "MP",
            Self::Mq => "MQ",
            Self::Mr => "MR",
            Self::Ms => "MS",
            Self::Mt => "MT",
            Self::Mu => "MU",
            Self::Mv => "MV",
            Self::Mw => "MW",
            Self::Mx => "MX",
            Self::My => "MY",
            Self::Mz => "MZ",
            Self::Na => "NA",
            Self::Nc => "NC",
            Self::Ne => "NE",
            Self::Nf => "NF",
            Self::Ng => "NG",
            Self::Ni => "NI",
            Self::Nl => "NL",
            Self::No => "NO",
            Self::Np => "NP",
            Self::Nr => "NR",
            Self::Nu => "NU",
            Self::Nz => "NZ",
            Self::Om => "OM",
            Self::Pa => "PA",
            Self::Pe => "PE",
            Self::Pf => "PF",
            Self::Pg => "PG",
            Self::Ph => "PH",
            Self::Pk => "PK",
            Self::Pl => "PL",
            Self::Pm => "PM",
            Self::Pn => "PN",
            Self::Pr => "PR",
            Self::Ps => "PS",
            Self::Pt => "PT",
            Self::Pw => "PW",
            Self::Py => "PY",
            Self::Qa => "QA",
            Self::Re => "RE",
            Self::Ro => "RO",
            Self::Rs => "RS",
            Self::Ru => "RU",
            Self::Rw => "RW",
            Self::Sa => "SA",
            Self::Sb => "SB",
            Self::Sc => "SC",
            Self::Sd => "SD",
            Self::Se => "SE",
            Self::Sg => "SG",
            Self::Sh => "SH",
            Self::Si => "SI",
            Self::Sj => "SJ",
            Self::Sk => "SK",
            Self::Sl => "SL",
            Self::Sm => "SM",
            Self::Sn => "SN",
            Self::So => "SO",
            Self::Sr => "SR",
            Self::Ss => "SS",
            Self::St => "ST",
            Self::Sv => "SV",
            Self::Sx => "SX",
            Self::Sy => "SY",
            Self::Sz => "SZ",
            Self::Tc => "TC",
            Self::Td => "TD",
            Self::Tf => "TF",
            Self::Tg => "TG",
            Self::Th => "TH",
            Self::Tj => "TJ",
            Self::Tk => "TK",
            Self::Tl => "TL",
            Self::Tm => "TM",
            Self::Tn => "TN",
            Self::To => "TO",
            Self::Tr => "TR",
            Self::Tt => "TT",
            Self::Tv => "TV",
            Self::Tw => "TW",
            Self::Tz => "TZ",
            Self::Ua => "UA",
            Self::Ug => "UG",
            Self::Um => "UM",
            Self::Us => "US",
            Self::Uy => "UY",
            Self::Uz => "UZ",
            Self::Va => "VA",
            Self::Vc => "VC",
            Self::Ve => "VE",
            Self::Vg => "VG",
            Self::Vi => "VI",
            Self::Vn => "VN",
            Self::Vu => "VU",
            Self::Wf => "WF",
            Self::Ws => "WS",
            Self::Ye => "YE",
            Self::Yt => "YT",
            Self::Za => "ZA",
            Self::Zm => "ZM",
            Self::Zw => "ZW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
            "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
            "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
            "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
            "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
            "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
            "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
            "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
            "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
            "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
            "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
            "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
            "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
            "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
        ]
    }
}
impl ::std::convert::From<Locations> for ::forma_core::Value<Locations> {
    fn from(v: Locations) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Locations {}

/// The values CloudFormation documents: `blacklist`, `none`, `whitelist`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestrictionType {
    /// `blacklist`
    Blacklist,
    /// `none`
    None,
    /// `whitelist`
    Whitelist,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RestrictionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Blacklist => "blacklist",
            Self::None => "none",
            Self::Whitelist => "whitelist",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["blacklist", "none", "whitelist"]
    }
}
impl ::std::convert::From<RestrictionType> for ::forma_core::Value<RestrictionType> {
    fn from(v: RestrictionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RestrictionType {}

/// A complex type that controls the countries in which your content is distributed.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoRestriction {
    props: ::forma_core::schema::Props,
}
impl GeoRestriction {
    /// A new value with its required properties: `RestrictionType`.
    pub fn new(restriction_type: impl ::forma_core::schema::EnumArg<RestrictionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, restriction_type.into_enum_expr());
        Self { props }
    }
    /// A complex type that contains a `Location` element for each country in which you want CloudFront either to distribute your content (`whitelist`) or not distribute your content (`blacklist`).
    pub fn locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Locations>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GeoRestriction> for ::forma_core::Value<GeoRestriction> {
    fn from(v: GeoRestriction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_RESTRICTION_TYPE.properties))
    }
}

/// A list of parameter values to add to the resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterDefinition {
    props: ::forma_core::schema::Props,
}
impl ParameterDefinition {
    /// A new value with its required properties: `Definition`, `Name`.
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<ParameterDefinitionDefinition>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, definition.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParameterDefinition> for ::forma_core::Value<ParameterDefinition> {
    fn from(v: ParameterDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_DEFINITION_TYPE.properties))
    }
}

/// A trust store configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustStoreConfig {
    props: ::forma_core::schema::Props,
}
impl TrustStoreConfig {
    /// A new value with its required properties: `TrustStoreId`.
    pub fn new(trust_store_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, trust_store_id.into().into_expr());
        Self { props }
    }
    /// The configuration to use to advertise trust store CA names.
    pub fn advertise_trust_store_ca_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration to use to ignore certificate expiration.
    pub fn ignore_certificate_expiry(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrustStoreConfig> for ::forma_core::Value<TrustStoreConfig> {
    fn from(v: TrustStoreConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRUST_STORE_CONFIG_TYPE.properties))
    }
}

/// This field is deprecated.
#[derive(Debug, Clone, PartialEq)]
pub struct Cookies {
    props: ::forma_core::schema::Props,
}
impl Cookies {
    /// A new value with its required properties: `Forward`.
    pub fn new(forward: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, forward.into().into_expr());
        Self { props }
    }
    /// This field is deprecated.
    pub fn whitelisted_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Cookies> for ::forma_core::Value<Cookies> {
    fn from(v: Cookies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIES_TYPE.properties))
    }
}

/// A complex data type that includes information about the failover criteria for an origin group, including the status codes for which CloudFront will failover from the primary origin to the second origin.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginGroupFailoverCriteria {
    props: ::forma_core::schema::Props,
}
impl OriginGroupFailoverCriteria {
    /// A new value with its required properties: `StatusCodes`.
    pub fn new(status_codes: impl ::std::convert::Into<::forma_core::Value<StatusCodes>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status_codes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginGroupFailoverCriteria> for ::forma_core::Value<OriginGroupFailoverCriteria> {
    fn from(v: OriginGroupFailoverCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_GROUP_FAILOVER_CRITERIA_TYPE.properties))
    }
}

/// A complex data type for the origins included in an origin group.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginGroupMembers {
    props: ::forma_core::schema::Props,
}
impl OriginGroupMembers {
    /// A new value with its required properties: `Items`, `Quantity`.
    pub fn new(
        items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OriginGroupMember>>>,
        quantity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        props.set(1, quantity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginGroupMembers> for ::forma_core::Value<OriginGroupMembers> {
    fn from(v: OriginGroupMembers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_GROUP_MEMBERS_TYPE.properties))
    }
}

/// Configures mutual TLS authentication between CloudFront and your origin server.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginMtlsConfig {
    props: ::forma_core::schema::Props,
}
impl OriginMtlsConfig {
    /// A new value with its required properties: `ClientCertificateArn`.
    pub fn new(client_certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_certificate_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginMtlsConfig> for ::forma_core::Value<OriginMtlsConfig> {
    fn from(v: OriginMtlsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_MTLS_CONFIG_TYPE.properties))
    }
}

/// The value that you assigned to the parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterDefinitionDefinition {
    props: ::forma_core::schema::Props,
}
impl ParameterDefinitionDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StringSchema`.
    pub fn string_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParameterDefinitionDefinitionStringSchema>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParameterDefinitionDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParameterDefinitionDefinition> for ::forma_core::Value<ParameterDefinitionDefinition> {
    fn from(v: ParameterDefinitionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_DEFINITION_DEFINITION_TYPE.properties))
    }
}

/// A complex data type for the status codes that you specify that, when returned by a primary origin, trigger CloudFront to failover to a second origin.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusCodes {
    props: ::forma_core::schema::Props,
}
impl StatusCodes {
    /// A new value with its required properties: `Items`, `Quantity`.
    pub fn new(
        items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
        quantity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        props.set(1, quantity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StatusCodes> for ::forma_core::Value<StatusCodes> {
    fn from(v: StatusCodes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATUS_CODES_TYPE.properties))
    }
}

/// An origin in an origin group.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginGroupMember {
    props: ::forma_core::schema::Props,
}
impl OriginGroupMember {
    /// A new value with its required properties: `OriginId`.
    pub fn new(origin_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, origin_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OriginGroupMember> for ::forma_core::Value<OriginGroupMember> {
    fn from(v: OriginGroupMember) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_GROUP_MEMBER_TYPE.properties))
    }
}

/// The `ParameterDefinitionDefinitionStringSchema` property type of `AWS::CloudFront::Distribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterDefinitionDefinitionStringSchema {
    props: ::forma_core::schema::Props,
}
impl ParameterDefinitionDefinitionStringSchema {
    /// A new value with its required properties: `Required`.
    pub fn new(required: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, required.into().into_expr());
        Self { props }
    }
    /// `Comment`.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultValue`.
    ///
    /// Allowed: length 1 to 256.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParameterDefinitionDefinitionStringSchema>
    for ::forma_core::Value<ParameterDefinitionDefinitionStringSchema>
{
    fn from(v: ParameterDefinitionDefinitionStringSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_DEFINITION_DEFINITION_STRING_SCHEMA_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::Distribution`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::Distribution",
    properties: &[
        ::forma_core::schema::Property {
            name: "DistributionConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISTRIBUTION_CONFIG_TYPE),
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
    attributes: &["Id", "DomainName"],
};

static DISTRIBUTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.DistributionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AnycastIpListId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CNAMEs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CacheBehaviors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CACHE_BEHAVIOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CacheTagConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CACHE_TAG_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConnectionFunctionAssociation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_FUNCTION_ASSOCIATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["direct", "tenant-only"]),
        },
        ::forma_core::schema::Property {
            name: "ContinuousDeploymentPolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomErrorResponses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_ERROR_RESPONSE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomOrigin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LEGACY_CUSTOM_ORIGIN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultCacheBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_CACHE_BEHAVIOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultRootObject",
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
            name: "HttpVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http1.1", "http2", "http2and3", "http3"]),
        },
        ::forma_core::schema::Property {
            name: "IPV6Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OriginGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_GROUPS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Origins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ORIGIN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PriceClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "PriceClass_100", "PriceClass_200", "PriceClass_All"]),
        },
        ::forma_core::schema::Property {
            name: "Restrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTRICTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Origin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LEGACY_S3_ORIGIN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Staging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TenantConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISTRIBUTION_CONFIG_TENANT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ViewerCertificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIEWER_CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ViewerMtlsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIEWER_MTLS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebACLId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.Tag",
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

static CACHE_BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.CacheBehavior",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CachePolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CachedMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Compress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FieldLevelEncryptionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ForwardedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARDED_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FunctionAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FUNCTION_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GrpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAMBDA_FUNCTION_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginRequestPolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PathPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RealtimeLogConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseHeadersPolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SmoothStreaming",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TargetOriginId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrustedKeyGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustedSigners",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ViewerProtocolPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CACHE_TAG_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.CacheTagConfig",
    properties: &[::forma_core::schema::Property {
        name: "HeaderName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CONNECTION_FUNCTION_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.ConnectionFunctionAssociation",
    properties: &[::forma_core::schema::Property {
        name: "Id",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static CUSTOM_ERROR_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.CustomErrorResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorCachingMinTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504]),
        },
        ::forma_core::schema::Property {
            name: "ResponseCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[
                200, 400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504,
            ]),
        },
        ::forma_core::schema::Property {
            name: "ResponsePagePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::Requires("ResponseCode", &["ResponsePagePath"])],
};

static LEGACY_CUSTOM_ORIGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.LegacyCustomOrigin",
    properties: &[
        ::forma_core::schema::Property {
            name: "DNSName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HTTPPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HTTPSPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginProtocolPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginSSLProtocols",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DEFAULT_CACHE_BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.DefaultCacheBehavior",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CachePolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CachedMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Compress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FieldLevelEncryptionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ForwardedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARDED_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FunctionAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FUNCTION_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GrpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRPC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAMBDA_FUNCTION_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginRequestPolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RealtimeLogConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseHeadersPolicyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SmoothStreaming",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TargetOriginId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrustedKeyGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustedSigners",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ViewerProtocolPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["allow-all", "https-only", "redirect-to-https"]),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.Logging",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IncludeCookies",
            required: false,
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

static ORIGIN_GROUPS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginGroups",
    properties: &[
        ::forma_core::schema::Property {
            name: "Items",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ORIGIN_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Quantity",
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

static ORIGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.Origin",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionAttempts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomOriginConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_ORIGIN_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginAccessControlId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginCustomHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ORIGIN_CUSTOM_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OriginPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginShield",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_SHIELD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResponseCompletionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OriginConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_ORIGIN_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcOriginConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_ORIGIN_CONFIG_TYPE),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::Excludes("CustomOriginConfig", &["S3OriginConfig"]),
        ::forma_core::schema::Combination::Excludes("S3OriginConfig", &["CustomOriginConfig"]),
    ],
};

static RESTRICTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.Restrictions",
    properties: &[::forma_core::schema::Property {
        name: "GeoRestriction",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GEO_RESTRICTION_TYPE),
    }],
    rules: &[],
};

static LEGACY_S3_ORIGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.LegacyS3Origin",
    properties: &[
        ::forma_core::schema::Property {
            name: "DNSName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginAccessIdentity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DISTRIBUTION_CONFIG_TENANT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::Distribution.DistributionConfigTenantConfig",
        properties: &[::forma_core::schema::Property {
            name: "ParameterDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static VIEWER_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.ViewerCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcmCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CloudFrontDefaultCertificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IamCertificateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumProtocolVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SSLv3",
                "TLSv1",
                "TLSv1.1_2016",
                "TLSv1.2_2018",
                "TLSv1.2_2019",
                "TLSv1.2_2021",
                "TLSv1.2_2025",
                "TLSv1.3_2025",
                "TLSv1_2016",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SslSupportMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["sni-only", "static-ip", "vip"]),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::OneOf(&[
            &["AcmCertificateArn"],
            &["CloudFrontDefaultCertificate"],
            &["IamCertificateId"],
        ]),
        ::forma_core::schema::Combination::Requires("AcmCertificateArn", &["SslSupportMethod"]),
        ::forma_core::schema::Combination::Requires("IamCertificateId", &["SslSupportMethod"]),
    ],
};

static VIEWER_MTLS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.ViewerMtlsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["required", "optional", "passthrough"]),
        },
        ::forma_core::schema::Property {
            name: "TrustStoreConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRUST_STORE_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static FORWARDED_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.ForwardedValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cookies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COOKIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "QueryStringCacheKeys",
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

static FUNCTION_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.FunctionAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GRPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.GrpcConfig",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static LAMBDA_FUNCTION_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.LambdaFunctionAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IncludeBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ORIGIN_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailoverCriteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_GROUP_FAILOVER_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Members",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_GROUP_MEMBERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["default", "media-quality-based"]),
        },
    ],
    rules: &[],
};

static CUSTOM_ORIGIN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.CustomOriginConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HTTPPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HTTPSPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6", "dualstack"]),
        },
        ::forma_core::schema::Property {
            name: "OriginKeepaliveTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginMtlsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORIGIN_MTLS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OriginProtocolPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginReadTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginSSLProtocols",
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

static ORIGIN_CUSTOM_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginCustomHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HeaderValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ORIGIN_SHIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginShield",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OriginShieldRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_ORIGIN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.S3OriginConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "OriginAccessIdentity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginReadTimeout",
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

static VPC_ORIGIN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.VpcOriginConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "OriginKeepaliveTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginReadTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OwnerAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcOriginId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GEO_RESTRICTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.GeoRestriction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Locations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
                    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
                    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
                    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
                    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
                    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
                    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
                    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
                    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
                    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
                    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
                    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
                    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
                    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
                    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
                    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RestrictionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["blacklist", "none", "whitelist"]),
        },
    ],
    rules: &[],
};

static PARAMETER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.ParameterDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARAMETER_DEFINITION_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TRUST_STORE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.TrustStoreConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvertiseTrustStoreCaNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IgnoreCertificateExpiry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TrustStoreId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COOKIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.Cookies",
    properties: &[
        ::forma_core::schema::Property {
            name: "Forward",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WhitelistedNames",
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

static ORIGIN_GROUP_FAILOVER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginGroupFailoverCriteria",
    properties: &[::forma_core::schema::Property {
        name: "StatusCodes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&STATUS_CODES_TYPE),
    }],
    rules: &[],
};

static ORIGIN_GROUP_MEMBERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginGroupMembers",
    properties: &[
        ::forma_core::schema::Property {
            name: "Items",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ORIGIN_GROUP_MEMBER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Quantity",
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

static ORIGIN_MTLS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginMtlsConfig",
    properties: &[::forma_core::schema::Property {
        name: "ClientCertificateArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PARAMETER_DEFINITION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.ParameterDefinitionDefinition",
    properties: &[::forma_core::schema::Property {
        name: "StringSchema",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PARAMETER_DEFINITION_DEFINITION_STRING_SCHEMA_TYPE),
    }],
    rules: &[],
};

static STATUS_CODES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.StatusCodes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Items",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Quantity",
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

static ORIGIN_GROUP_MEMBER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::Distribution.OriginGroupMember",
    properties: &[::forma_core::schema::Property {
        name: "OriginId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PARAMETER_DEFINITION_DEFINITION_STRING_SCHEMA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::Distribution.ParameterDefinitionDefinitionStringSchema",
        properties: &[
            ::forma_core::schema::Property {
                name: "Comment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DefaultValue",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Required",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };
