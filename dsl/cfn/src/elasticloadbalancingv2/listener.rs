// @generated from AWS::ElasticLoadBalancingV2::Listener (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancingV2::Listener` and its property types.

/// Specifies a listener for an Application Load Balancer, Network Load Balancer, or Gateway Load Balancer.
///
/// CloudFormation type `AWS::ElasticLoadBalancingV2::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct Listener {
    props: ::forma_core::schema::Props,
}
impl Listener {
    /// A new resource with its required properties: `DefaultActions`, `LoadBalancerArn`.
    #[track_caller]
    pub fn new(
        default_actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>,
        load_balancer_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, default_actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, load_balancer_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// [TLS listener] The name of the Application-Layer Protocol Negotiation (ALPN) policy.
    #[track_caller]
    pub fn alpn_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default SSL server certificate for a secure listener.
    #[track_caller]
    pub fn certificates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Certificate>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The listener attributes.
    #[track_caller]
    pub fn listener_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ListenerAttribute>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mutual authentication configuration information.
    #[track_caller]
    pub fn mutual_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MutualAuthentication>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port on which the load balancer is listening.
    ///
    /// Allowed: 1 to 65535.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol for connections from clients to the load balancer.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// [HTTPS and TLS listeners] The security policy that defines which protocols and ciphers are supported.
    #[track_caller]
    pub fn ssl_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Listener {
    type Attributes = ListenerAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancingV2::Listener"
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
/// The attributes of a `AWS::ElasticLoadBalancingV2::Listener` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ListenerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ListenerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ListenerAttributes {
    /// `Fn::GetAtt` `ListenerArn`.
    pub fn listener_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ListenerArn")
    }
}

/// The values CloudFormation documents: `GENEVE`, `HTTP`, `HTTPS`, `QUIC`, `TCP`, `TCP_QUIC`, `TCP_UDP`, `TLS`, `UDP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `GENEVE`
    Geneve,
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `QUIC`
    Quic,
    /// `TCP`
    Tcp,
    /// `TCP_QUIC`
    TcpQuic,
    /// `TCP_UDP`
    TcpUdp,
    /// `TLS`
    Tls,
    /// `UDP`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Geneve => "GENEVE",
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Quic => "QUIC",
            Self::Tcp => "TCP",
            Self::TcpQuic => "TCP_QUIC",
            Self::TcpUdp => "TCP_UDP",
            Self::Tls => "TLS",
            Self::Udp => "UDP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// Specifies an SSL server certificate to use as the default certificate for a secure listener.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the certificate.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Certificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Certificate> for ::forma_core::Value<Certificate> {
    fn from(v: Certificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `authenticate-cognito`, `authenticate-oidc`, `fixed-response`, `forward`, `jwt-validation`, `redirect`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `authenticate-cognito`
    AuthenticateCognito,
    /// `authenticate-oidc`
    AuthenticateOidc,
    /// `fixed-response`
    FixedResponse,
    /// `forward`
    Forward,
    /// `jwt-validation`
    JwtValidation,
    /// `redirect`
    Redirect,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticateCognito => "authenticate-cognito",
            Self::AuthenticateOidc => "authenticate-oidc",
            Self::FixedResponse => "fixed-response",
            Self::Forward => "forward",
            Self::JwtValidation => "jwt-validation",
            Self::Redirect => "redirect",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["authenticate-cognito", "authenticate-oidc", "fixed-response", "forward", "jwt-validation", "redirect"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Specifies an action for a listener rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(8, type_.into_enum_expr());
        Self { props }
    }
    /// [HTTPS listeners] Information for using Amazon Cognito to authenticate users.
    pub fn authenticate_cognito_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthenticateCognitoConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// [HTTPS listeners] Information about an identity provider that is compliant with OpenID Connect (OIDC).
    pub fn authenticate_oidc_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthenticateOidcConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// [Application Load Balancer] Information for creating an action that returns a custom HTTP response.
    pub fn fixed_response_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FixedResponseConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Information for creating an action that distributes requests among multiple target groups.
    pub fn forward_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ForwardConfig>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// [HTTPS listeners] Information for validating JWT access tokens in client requests.
    pub fn jwt_validation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JwtValidationConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The order for the action.
    ///
    /// Allowed: 1 to 50000.
    pub fn order(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// [Application Load Balancer] Information for creating a redirect action.
    pub fn redirect_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<RedirectConfig>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the target group.
    pub fn target_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// Information about a listener attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerAttribute {
    props: ::forma_core::schema::Props,
}
impl ListenerAttribute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the attribute.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the attribute.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ListenerAttribute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ListenerAttribute> for ::forma_core::Value<ListenerAttribute> {
    fn from(v: ListenerAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_ATTRIBUTE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `off`, `on`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdvertiseTrustStoreCaNames {
    /// `off`
    Off,
    /// `on`
    On,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdvertiseTrustStoreCaNames {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "off",
            Self::On => "on",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["off", "on"]
    }
}
impl ::std::convert::From<AdvertiseTrustStoreCaNames> for ::forma_core::Value<AdvertiseTrustStoreCaNames> {
    fn from(v: AdvertiseTrustStoreCaNames) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdvertiseTrustStoreCaNames {}

/// The mutual authentication configuration information.
#[derive(Debug, Clone, PartialEq)]
pub struct MutualAuthentication {
    props: ::forma_core::schema::Props,
}
impl MutualAuthentication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether trust store CA certificate names are advertised.
    pub fn advertise_trust_store_ca_names(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AdvertiseTrustStoreCaNames>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates whether expired client certificates are ignored.
    pub fn ignore_client_certificate_expiry(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The client certificate handling method.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the trust store.
    pub fn trust_store_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MutualAuthentication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MutualAuthentication> for ::forma_core::Value<MutualAuthentication> {
    fn from(v: MutualAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MUTUAL_AUTHENTICATION_TYPE.properties))
    }
}

/// Information about a tag.
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

/// The values CloudFormation documents: `allow`, `authenticate`, `deny`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnUnauthenticatedRequest {
    /// `allow`
    Allow,
    /// `authenticate`
    Authenticate,
    /// `deny`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OnUnauthenticatedRequest {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Authenticate => "authenticate",
            Self::Deny => "deny",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["allow", "authenticate", "deny"]
    }
}
impl ::std::convert::From<OnUnauthenticatedRequest> for ::forma_core::Value<OnUnauthenticatedRequest> {
    fn from(v: OnUnauthenticatedRequest) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OnUnauthenticatedRequest {}

/// Specifies information required when integrating with Amazon Cognito to authenticate users.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticateCognitoConfig {
    props: ::forma_core::schema::Props,
}
impl AuthenticateCognitoConfig {
    /// A new value with its required properties: `UserPoolArn`, `UserPoolClientId`, `UserPoolDomain`.
    pub fn new(
        user_pool_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, user_pool_arn.into().into_expr());
        props.set(6, user_pool_client_id.into().into_expr());
        props.set(7, user_pool_domain.into().into_expr());
        Self { props }
    }
    /// The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
    pub fn authentication_request_extra_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The behavior if the user is not authenticated.
    pub fn on_unauthenticated_request(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OnUnauthenticatedRequest>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The set of user claims to be requested from the IdP.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the cookie used to maintain session information.
    pub fn session_cookie_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The maximum duration of the authentication session, in seconds.
    pub fn session_timeout(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthenticateCognitoConfig> for ::forma_core::Value<AuthenticateCognitoConfig> {
    fn from(v: AuthenticateCognitoConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATE_COGNITO_CONFIG_TYPE.properties))
    }
}

/// Specifies information required using an identity provide (IdP) that is compliant with OpenID Connect (OIDC) to authenticate users.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticateOidcConfig {
    props: ::forma_core::schema::Props,
}
impl AuthenticateOidcConfig {
    /// A new value with its required properties: `AuthorizationEndpoint`, `ClientId`, `Issuer`, `TokenEndpoint`, `UserInfoEndpoint`.
    ///
    /// CloudFormation also needs at least one of `ClientSecret` or `UseExistingClientSecret`.
    pub fn new(
        authorization_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        issuer: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        token_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_info_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, authorization_endpoint.into().into_expr());
        props.set(2, client_id.into().into_expr());
        props.set(4, issuer.into().into_expr());
        props.set(9, token_endpoint.into().into_expr());
        props.set(11, user_info_endpoint.into().into_expr());
        Self { props }
    }
    /// The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
    pub fn authentication_request_extra_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The OAuth 2.0 client secret.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The behavior if the user is not authenticated.
    pub fn on_unauthenticated_request(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OnUnauthenticatedRequest>,
    ) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// The set of user claims to be requested from the IdP.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The name of the cookie used to maintain session information.
    pub fn session_cookie_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The maximum duration of the authentication session, in seconds.
    pub fn session_timeout(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Indicates whether to use the existing client secret when modifying a rule.
    pub fn use_existing_client_secret(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthenticateOidcConfig> for ::forma_core::Value<AuthenticateOidcConfig> {
    fn from(v: AuthenticateOidcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATE_OIDC_CONFIG_TYPE.properties))
    }
}

/// Specifies information required when returning a custom HTTP response.
#[derive(Debug, Clone, PartialEq)]
pub struct FixedResponseConfig {
    props: ::forma_core::schema::Props,
}
impl FixedResponseConfig {
    /// A new value with its required properties: `StatusCode`.
    pub fn new(status_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, status_code.into().into_expr());
        Self { props }
    }
    /// The content type.
    ///
    /// Allowed: length 0 to 32.
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The message.
    ///
    /// Allowed: length 0 to 1024.
    pub fn message_body(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FixedResponseConfig> for ::forma_core::Value<FixedResponseConfig> {
    fn from(v: FixedResponseConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIXED_RESPONSE_CONFIG_TYPE.properties))
    }
}

/// Information for creating an action that distributes requests among multiple target groups.
#[derive(Debug, Clone, PartialEq)]
pub struct ForwardConfig {
    props: ::forma_core::schema::Props,
}
impl ForwardConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the target group stickiness for a rule.
    pub fn target_group_stickiness_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetGroupStickinessConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about how traffic will be distributed between multiple target groups in a forward rule.
    pub fn target_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetGroupTuple>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ForwardConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ForwardConfig> for ::forma_core::Value<ForwardConfig> {
    fn from(v: ForwardConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORWARD_CONFIG_TYPE.properties))
    }
}

/// The `JwtValidationConfig` property type of `AWS::ElasticLoadBalancingV2::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtValidationConfig {
    props: ::forma_core::schema::Props,
}
impl JwtValidationConfig {
    /// A new value with its required properties: `Issuer`, `JwksEndpoint`.
    pub fn new(
        issuer: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        jwks_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, issuer.into().into_expr());
        props.set(2, jwks_endpoint.into().into_expr());
        Self { props }
    }
    /// `AdditionalClaims`.
    pub fn additional_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<JwtValidationActionAdditionalClaim>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JwtValidationConfig> for ::forma_core::Value<JwtValidationConfig> {
    fn from(v: JwtValidationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_VALIDATION_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP_301`, `HTTP_302`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusCode {
    /// `HTTP_301`
    Http301,
    /// `HTTP_302`
    Http302,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StatusCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http301 => "HTTP_301",
            Self::Http302 => "HTTP_302",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP_301", "HTTP_302"]
    }
}
impl ::std::convert::From<StatusCode> for ::forma_core::Value<StatusCode> {
    fn from(v: StatusCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StatusCode {}

/// Information about a redirect action.
#[derive(Debug, Clone, PartialEq)]
pub struct RedirectConfig {
    props: ::forma_core::schema::Props,
}
impl RedirectConfig {
    /// A new value with its required properties: `StatusCode`.
    pub fn new(status_code: impl ::forma_core::schema::EnumArg<StatusCode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, status_code.into_enum_expr());
        Self { props }
    }
    /// The hostname.
    ///
    /// Allowed: length 1 to 128.
    pub fn host(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The absolute path, starting with the leading "/".
    ///
    /// Allowed: length 1 to 128.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The port.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The protocol.
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The query parameters, URL-encoded when necessary, but not percent-encoded.
    ///
    /// Allowed: length 0 to 128.
    pub fn query(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedirectConfig> for ::forma_core::Value<RedirectConfig> {
    fn from(v: RedirectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDIRECT_CONFIG_TYPE.properties))
    }
}

/// Information about the target group stickiness for a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupStickinessConfig {
    props: ::forma_core::schema::Props,
}
impl TargetGroupStickinessConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// [Application Load Balancers] The time period, in seconds, during which requests from a client should be routed to the same target group.
    pub fn duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether target group stickiness is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetGroupStickinessConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetGroupStickinessConfig> for ::forma_core::Value<TargetGroupStickinessConfig> {
    fn from(v: TargetGroupStickinessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_STICKINESS_CONFIG_TYPE.properties))
    }
}

/// Information about how traffic will be distributed between multiple target groups in a forward rule.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupTuple {
    props: ::forma_core::schema::Props,
}
impl TargetGroupTuple {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the target group.
    pub fn target_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The weight.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetGroupTuple {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetGroupTuple> for ::forma_core::Value<TargetGroupTuple> {
    fn from(v: TargetGroupTuple) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_TUPLE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `single-string`, `space-separated-values`, `string-array`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `single-string`
    SingleString,
    /// `space-separated-values`
    SpaceSeparatedValues,
    /// `string-array`
    StringArray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleString => "single-string",
            Self::SpaceSeparatedValues => "space-separated-values",
            Self::StringArray => "string-array",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["single-string", "space-separated-values", "string-array"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// Information about an additional claim to validate.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtValidationActionAdditionalClaim {
    props: ::forma_core::schema::Props,
}
impl JwtValidationActionAdditionalClaim {
    /// A new value with its required properties: `Format`, `Name`, `Values`.
    pub fn new(
        format: impl ::forma_core::schema::EnumArg<Format>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, format.into_enum_expr());
        props.set(1, name.into().into_expr());
        props.set(2, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JwtValidationActionAdditionalClaim>
    for ::forma_core::Value<JwtValidationActionAdditionalClaim>
{
    fn from(v: JwtValidationActionAdditionalClaim) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_VALIDATION_ACTION_ADDITIONAL_CLAIM_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancingV2::Listener`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancingV2::Listener",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlpnPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Certificates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CERTIFICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultActions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ListenerAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LISTENER_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MutualAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MUTUAL_AUTHENTICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SslPolicy",
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
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ListenerArn"],
};

static CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.Certificate",
    properties: &[::forma_core::schema::Property {
        name: "CertificateArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticateCognitoConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATE_COGNITO_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthenticateOidcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATE_OIDC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FixedResponseConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIXED_RESPONSE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ForwardConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARD_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JwtValidationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JWT_VALIDATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Order",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(50000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedirectConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDIRECT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "authenticate-cognito",
                "authenticate-oidc",
                "fixed-response",
                "forward",
                "jwt-validation",
                "redirect",
            ]),
        },
    ],
    rules: &[],
};

static LISTENER_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.ListenerAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
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

static MUTUAL_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.MutualAuthentication",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvertiseTrustStoreCaNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["off", "on"]),
        },
        ::forma_core::schema::Property {
            name: "IgnoreClientCertificateExpiry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrustStoreArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AUTHENTICATE_COGNITO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.AuthenticateCognitoConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationRequestExtraParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "OnUnauthenticatedRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["allow", "authenticate", "deny"]),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionCookieName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolDomain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTHENTICATE_OIDC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.AuthenticateOidcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationRequestExtraParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnUnauthenticatedRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["allow", "authenticate", "deny"]),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionCookieName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TokenEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseExistingClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UserInfoEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["ClientSecret"], &["UseExistingClientSecret"]])],
};

static FIXED_RESPONSE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.FixedResponseConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "MessageBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(2|4|5)\\d\\d$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static FORWARD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.ForwardConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TargetGroupStickinessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_GROUP_STICKINESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_GROUP_TUPLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static JWT_VALIDATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.JwtValidationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalClaims",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&JWT_VALIDATION_ACTION_ADDITIONAL_CLAIM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JwksEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static REDIRECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.RedirectConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Host",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(HTTPS?|#\\{protocol\\})$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Query",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP_301", "HTTP_302"]),
        },
    ],
    rules: &[],
};

static TARGET_GROUP_STICKINESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.TargetGroupStickinessConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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

static TARGET_GROUP_TUPLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::Listener.TargetGroupTuple",
    properties: &[
        ::forma_core::schema::Property {
            name: "TargetGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Weight",
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

static JWT_VALIDATION_ACTION_ADDITIONAL_CLAIM_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElasticLoadBalancingV2::Listener.JwtValidationActionAdditionalClaim",
        properties: &[
            ::forma_core::schema::Property {
                name: "Format",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["single-string", "space-separated-values", "string-array"]),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Values",
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
