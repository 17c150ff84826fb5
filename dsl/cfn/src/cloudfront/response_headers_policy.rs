// @generated from AWS::CloudFront::ResponseHeadersPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::ResponseHeadersPolicy` and its property types.

/// A response headers policy.
///
/// CloudFormation type `AWS::CloudFront::ResponseHeadersPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeadersPolicy {
    props: ::forma_core::schema::Props,
}
impl ResponseHeadersPolicy {
    /// A new resource with its required properties: `ResponseHeadersPolicyConfig`.
    #[track_caller]
    pub fn new(
        response_headers_policy_config: impl ::std::convert::Into<::forma_core::Value<ResponseHeadersPolicyConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, response_headers_policy_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResponseHeadersPolicy {
    type Attributes = ResponseHeadersPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::ResponseHeadersPolicy"
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
/// The attributes of a `AWS::CloudFront::ResponseHeadersPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResponseHeadersPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResponseHeadersPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResponseHeadersPolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// A response headers policy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeadersPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl ResponseHeadersPolicyConfig {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// A comment to describe the response headers policy.
    ///
    /// Allowed: length 0 to 128.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A configuration for a set of HTTP response headers that are used for cross-origin resource sharing (CORS).
    pub fn cors_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CorsConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A configuration for a set of custom HTTP response headers.
    pub fn custom_headers_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomHeadersConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A configuration for a set of HTTP headers to remove from the HTTP response.
    pub fn remove_headers_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RemoveHeadersConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A configuration for a set of security-related HTTP response headers.
    pub fn security_headers_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecurityHeadersConfig>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A configuration for enabling the `Server-Timing` header in HTTP responses sent from CloudFront.
    pub fn server_timing_headers_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerTimingHeadersConfig>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResponseHeadersPolicyConfig> for ::forma_core::Value<ResponseHeadersPolicyConfig> {
    fn from(v: ResponseHeadersPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESPONSE_HEADERS_POLICY_CONFIG_TYPE.properties))
    }
}

/// A configuration for a set of HTTP response headers that are used for cross-origin resource sharing (CORS).
#[derive(Debug, Clone, PartialEq)]
pub struct CorsConfig {
    props: ::forma_core::schema::Props,
}
impl CorsConfig {
    /// A new value with its required properties: `AccessControlAllowCredentials`, `AccessControlAllowHeaders`, `AccessControlAllowMethods`, `AccessControlAllowOrigins`, `OriginOverride`.
    pub fn new(
        access_control_allow_credentials: impl ::std::convert::Into<::forma_core::Value<bool>>,
        access_control_allow_headers: impl ::std::convert::Into<::forma_core::Value<AccessControlAllowHeaders>>,
        access_control_allow_methods: impl ::std::convert::Into<::forma_core::Value<AccessControlAllowMethods>>,
        access_control_allow_origins: impl ::std::convert::Into<::forma_core::Value<AccessControlAllowOrigins>>,
        origin_override: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_control_allow_credentials.into().into_expr());
        props.set(1, access_control_allow_headers.into().into_expr());
        props.set(2, access_control_allow_methods.into().into_expr());
        props.set(3, access_control_allow_origins.into().into_expr());
        props.set(6, origin_override.into().into_expr());
        Self { props }
    }
    /// A list of HTTP headers that CloudFront includes as values for the `Access-Control-Expose-Headers` HTTP response header.
    pub fn access_control_expose_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessControlExposeHeaders>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A number that CloudFront uses as the value for the `Access-Control-Max-Age` HTTP response header.
    pub fn access_control_max_age_sec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CorsConfig> for ::forma_core::Value<CorsConfig> {
    fn from(v: CorsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORS_CONFIG_TYPE.properties))
    }
}

/// A list of HTTP response header names and their values.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomHeadersConfig {
    props: ::forma_core::schema::Props,
}
impl CustomHeadersConfig {
    /// A new value with its required properties: `Items`.
    pub fn new(items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomHeader>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomHeadersConfig> for ::forma_core::Value<CustomHeadersConfig> {
    fn from(v: CustomHeadersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_HEADERS_CONFIG_TYPE.properties))
    }
}

/// A list of HTTP header names that CloudFront removes from HTTP responses to requests that match the cache behavior that this response headers policy is attached to.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveHeadersConfig {
    props: ::forma_core::schema::Props,
}
impl RemoveHeadersConfig {
    /// A new value with its required properties: `Items`.
    pub fn new(items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RemoveHeader>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RemoveHeadersConfig> for ::forma_core::Value<RemoveHeadersConfig> {
    fn from(v: RemoveHeadersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOVE_HEADERS_CONFIG_TYPE.properties))
    }
}

/// A configuration for a set of security-related HTTP response headers.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityHeadersConfig {
    props: ::forma_core::schema::Props,
}
impl SecurityHeadersConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The policy directives and their values that CloudFront includes as values for the `Content-Security-Policy` HTTP response header.
    pub fn content_security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContentSecurityPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Determines whether CloudFront includes the `X-Content-Type-Options` HTTP response header with its value set to `nosniff`.
    pub fn content_type_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContentTypeOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Determines whether CloudFront includes the `X-Frame-Options` HTTP response header and the header's value.
    pub fn frame_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<FrameOptions>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Determines whether CloudFront includes the `Referrer-Policy` HTTP response header and the header's value.
    pub fn referrer_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReferrerPolicy>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Determines whether CloudFront includes the `Strict-Transport-Security` HTTP response header and the header's value.
    pub fn strict_transport_security(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StrictTransportSecurity>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Determines whether CloudFront includes the `X-XSS-Protection` HTTP response header and the header's value.
    pub fn xss_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<XssProtection>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityHeadersConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityHeadersConfig> for ::forma_core::Value<SecurityHeadersConfig> {
    fn from(v: SecurityHeadersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_HEADERS_CONFIG_TYPE.properties))
    }
}

/// A configuration for enabling the `Server-Timing` header in HTTP responses sent from CloudFront.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerTimingHeadersConfig {
    props: ::forma_core::schema::Props,
}
impl ServerTimingHeadersConfig {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// A number 0–100 (inclusive) that specifies the percentage of responses that you want CloudFront to add the `Server-Timing` header to.
    ///
    /// Allowed: 0 to 100.
    pub fn sampling_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServerTimingHeadersConfig> for ::forma_core::Value<ServerTimingHeadersConfig> {
    fn from(v: ServerTimingHeadersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_TIMING_HEADERS_CONFIG_TYPE.properties))
    }
}

/// A list of HTTP header names that CloudFront includes as values for the `Access-Control-Allow-Headers` HTTP response header.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlAllowHeaders {
    props: ::forma_core::schema::Props,
}
impl AccessControlAllowHeaders {
    /// A new value with its required properties: `Items`.
    pub fn new(items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlAllowHeaders> for ::forma_core::Value<AccessControlAllowHeaders> {
    fn from(v: AccessControlAllowHeaders) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_ALLOW_HEADERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `DELETE`, `GET`, `HEAD`, `OPTIONS`, `PATCH`, `POST`, `PUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Items {
    /// `ALL`
    All,
    /// `DELETE`
    Delete,
    /// `GET`
    Get,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
    /// `PATCH`
    Patch,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Items {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Delete => "DELETE",
            Self::Get => "GET",
            Self::Head => "HEAD",
            Self::Options => "OPTIONS",
            Self::Patch => "PATCH",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    }
}
impl ::std::convert::From<Items> for ::forma_core::Value<Items> {
    fn from(v: Items) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Items {}

/// A list of HTTP methods that CloudFront includes as values for the `Access-Control-Allow-Methods` HTTP response header.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlAllowMethods {
    props: ::forma_core::schema::Props,
}
impl AccessControlAllowMethods {
    /// A new value with its required properties: `Items`.
    pub fn new(items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Items>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlAllowMethods> for ::forma_core::Value<AccessControlAllowMethods> {
    fn from(v: AccessControlAllowMethods) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_ALLOW_METHODS_TYPE.properties))
    }
}

/// A list of origins (domain names) that CloudFront can use as the value for the `Access-Control-Allow-Origin` HTTP response header.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlAllowOrigins {
    props: ::forma_core::schema::Props,
}
impl AccessControlAllowOrigins {
    /// A new value with its required properties: `Items`.
    pub fn new(items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlAllowOrigins> for ::forma_core::Value<AccessControlAllowOrigins> {
    fn from(v: AccessControlAllowOrigins) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_ALLOW_ORIGINS_TYPE.properties))
    }
}

/// A list of HTTP headers that CloudFront includes as values for the `Access-Control-Expose-Headers` HTTP response header.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlExposeHeaders {
    props: ::forma_core::schema::Props,
}
impl AccessControlExposeHeaders {
    /// A new value with its required properties: `Items`.
    pub fn new(items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlExposeHeaders> for ::forma_core::Value<AccessControlExposeHeaders> {
    fn from(v: AccessControlExposeHeaders) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_EXPOSE_HEADERS_TYPE.properties))
    }
}

/// An HTTP response header name and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomHeader {
    props: ::forma_core::schema::Props,
}
impl CustomHeader {
    /// A new value with its required properties: `Header`, `Override`, `Value`.
    pub fn new(
        header: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        override_: impl ::std::convert::Into<::forma_core::Value<bool>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header.into().into_expr());
        props.set(1, override_.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomHeader> for ::forma_core::Value<CustomHeader> {
    fn from(v: CustomHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_HEADER_TYPE.properties))
    }
}

/// The name of an HTTP header that CloudFront removes from HTTP responses to requests that match the cache behavior that this response headers policy is attached to.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveHeader {
    props: ::forma_core::schema::Props,
}
impl RemoveHeader {
    /// A new value with its required properties: `Header`.
    pub fn new(header: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RemoveHeader> for ::forma_core::Value<RemoveHeader> {
    fn from(v: RemoveHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOVE_HEADER_TYPE.properties))
    }
}

/// The policy directives and their values that CloudFront includes as values for the `Content-Security-Policy` HTTP response header.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentSecurityPolicy {
    props: ::forma_core::schema::Props,
}
impl ContentSecurityPolicy {
    /// A new value with its required properties: `ContentSecurityPolicy`, `Override`.
    pub fn new(
        content_security_policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        override_: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content_security_policy.into().into_expr());
        props.set(1, override_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContentSecurityPolicy> for ::forma_core::Value<ContentSecurityPolicy> {
    fn from(v: ContentSecurityPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_SECURITY_POLICY_TYPE.properties))
    }
}

/// Determines whether CloudFront includes the `X-Content-Type-Options` HTTP response header with its value set to `nosniff`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentTypeOptions {
    props: ::forma_core::schema::Props,
}
impl ContentTypeOptions {
    /// A new value with its required properties: `Override`.
    pub fn new(override_: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, override_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContentTypeOptions> for ::forma_core::Value<ContentTypeOptions> {
    fn from(v: ContentTypeOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_TYPE_OPTIONS_TYPE.properties))
    }
}

/// Determines whether CloudFront includes the `X-Frame-Options` HTTP response header and the header's value.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameOptions {
    props: ::forma_core::schema::Props,
}
impl FrameOptions {
    /// A new value with its required properties: `FrameOption`, `Override`.
    pub fn new(
        frame_option: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        override_: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, frame_option.into().into_expr());
        props.set(1, override_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FrameOptions> for ::forma_core::Value<FrameOptions> {
    fn from(v: FrameOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FRAME_OPTIONS_TYPE.properties))
    }
}

/// Determines whether CloudFront includes the `Referrer-Policy` HTTP response header and the header's value.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferrerPolicy {
    props: ::forma_core::schema::Props,
}
impl ReferrerPolicy {
    /// A new value with its required properties: `Override`, `ReferrerPolicy`.
    pub fn new(
        override_: impl ::std::convert::Into<::forma_core::Value<bool>>,
        referrer_policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, override_.into().into_expr());
        props.set(1, referrer_policy.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReferrerPolicy> for ::forma_core::Value<ReferrerPolicy> {
    fn from(v: ReferrerPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFERRER_POLICY_TYPE.properties))
    }
}

/// Determines whether CloudFront includes the `Strict-Transport-Security` HTTP response header and the header's value.
#[derive(Debug, Clone, PartialEq)]
pub struct StrictTransportSecurity {
    props: ::forma_core::schema::Props,
}
impl StrictTransportSecurity {
    /// A new value with its required properties: `AccessControlMaxAgeSec`, `Override`.
    pub fn new(
        access_control_max_age_sec: impl ::std::convert::Into<::forma_core::Value<i64>>,
        override_: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_control_max_age_sec.into().into_expr());
        props.set(2, override_.into().into_expr());
        Self { props }
    }
    /// A Boolean that determines whether CloudFront includes the `includeSubDomains` directive in the `Strict-Transport-Security` HTTP response header.
    pub fn include_subdomains(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A Boolean that determines whether CloudFront includes the `preload` directive in the `Strict-Transport-Security` HTTP response header.
    pub fn preload(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StrictTransportSecurity> for ::forma_core::Value<StrictTransportSecurity> {
    fn from(v: StrictTransportSecurity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRICT_TRANSPORT_SECURITY_TYPE.properties))
    }
}

/// Determines whether CloudFront includes the `X-XSS-Protection` HTTP response header and the header's value.
#[derive(Debug, Clone, PartialEq)]
pub struct XssProtection {
    props: ::forma_core::schema::Props,
}
impl XssProtection {
    /// A new value with its required properties: `Override`, `Protection`.
    pub fn new(
        override_: impl ::std::convert::Into<::forma_core::Value<bool>>,
        protection: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, override_.into().into_expr());
        props.set(2, protection.into().into_expr());
        Self { props }
    }
    /// A Boolean that determines whether CloudFront includes the `mode=block` directive in the `X-XSS-Protection` header.
    pub fn mode_block(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A reporting URI, which CloudFront uses as the value of the `report` directive in the `X-XSS-Protection` header.
    pub fn report_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<XssProtection> for ::forma_core::Value<XssProtection> {
    fn from(v: XssProtection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(XSS_PROTECTION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::ResponseHeadersPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::ResponseHeadersPolicy",
    properties: &[::forma_core::schema::Property {
        name: "ResponseHeadersPolicyConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RESPONSE_HEADERS_POLICY_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "LastModifiedTime"],
};

static RESPONSE_HEADERS_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.ResponseHeadersPolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "CorsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CORS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomHeadersConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_HEADERS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RemoveHeadersConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REMOVE_HEADERS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityHeadersConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECURITY_HEADERS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerTimingHeadersConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVER_TIMING_HEADERS_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static CORS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.CorsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessControlAllowCredentials",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AccessControlAllowHeaders",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_ALLOW_HEADERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessControlAllowMethods",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_ALLOW_METHODS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessControlAllowOrigins",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_ALLOW_ORIGINS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessControlExposeHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_EXPOSE_HEADERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessControlMaxAgeSec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OriginOverride",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CUSTOM_HEADERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.CustomHeadersConfig",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CUSTOM_HEADER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static REMOVE_HEADERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.RemoveHeadersConfig",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&REMOVE_HEADER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SECURITY_HEADERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.SecurityHeadersConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentSecurityPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_SECURITY_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContentTypeOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_TYPE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrameOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FRAME_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReferrerPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFERRER_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StrictTransportSecurity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRICT_TRANSPORT_SECURITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "XSSProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&XSS_PROTECTION_TYPE),
        },
    ],
    rules: &[],
};

static SERVER_TIMING_HEADERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.ServerTimingHeadersConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SamplingRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static ACCESS_CONTROL_ALLOW_HEADERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowHeaders",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static ACCESS_CONTROL_ALLOW_METHODS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowMethods",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["ALL", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static ACCESS_CONTROL_ALLOW_ORIGINS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowOrigins",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static ACCESS_CONTROL_EXPOSE_HEADERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.AccessControlExposeHeaders",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CUSTOM_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.CustomHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Header",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Override",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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

static REMOVE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.RemoveHeader",
    properties: &[::forma_core::schema::Property {
        name: "Header",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CONTENT_SECURITY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.ContentSecurityPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentSecurityPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Override",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CONTENT_TYPE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.ContentTypeOptions",
    properties: &[::forma_core::schema::Property {
        name: "Override",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static FRAME_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.FrameOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "FrameOption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(DENY|SAMEORIGIN)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Override",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static REFERRER_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::CloudFront::ResponseHeadersPolicy.ReferrerPolicy",
properties: &[
::forma_core::schema::Property { name: "Override", required: true, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ReferrerPolicy", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(no-referrer|no-referrer-when-downgrade|origin|origin-when-cross-origin|same-origin|strict-origin|strict-origin-when-cross-origin|unsafe-url)$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static STRICT_TRANSPORT_SECURITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.StrictTransportSecurity",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessControlMaxAgeSec",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IncludeSubdomains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Override",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Preload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static XSS_PROTECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ResponseHeadersPolicy.XSSProtection",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModeBlock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Override",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Protection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReportUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
