// @generated from AWS::ElasticLoadBalancingV2::ListenerRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancingV2::ListenerRule` and its property types.

/// Specifies a listener rule.
///
/// CloudFormation type `AWS::ElasticLoadBalancingV2::ListenerRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerRule {
    props: ::forma_core::schema::Props,
}
impl ListenerRule {
    /// A new resource with its required properties: `Actions`, `Conditions`, `Priority`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>,
        conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RuleCondition>>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, conditions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, priority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the listener.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn listener_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Transforms`.
    #[track_caller]
    pub fn transforms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Transform>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ListenerRule {
    type Attributes = ListenerRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancingV2::ListenerRule"
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
/// The attributes of a `AWS::ElasticLoadBalancingV2::ListenerRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ListenerRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ListenerRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ListenerRuleAttributes {
    /// `Fn::GetAtt` `RuleArn`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleArn")
    }
    /// `Fn::GetAtt` `IsDefault`.
    pub fn is_default(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefault")
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

/// Specifies a condition for a listener rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCondition {
    props: ::forma_core::schema::Props,
}
impl RuleCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the field.
    ///
    /// Allowed: length 0 to 64.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information for a host header condition.
    pub fn host_header_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HostHeaderConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Information for an HTTP header condition.
    pub fn http_header_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpHeaderConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Information for an HTTP method condition.
    pub fn http_request_method_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpRequestMethodConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Information for a path pattern condition.
    pub fn path_pattern_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PathPatternConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Information for a query string condition.
    pub fn query_string_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryStringConfig>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The regular expressions to match against the condition field.
    pub fn regex_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Information for a source IP condition.
    pub fn source_ip_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceIpConfig>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The condition value.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleCondition> for ::forma_core::Value<RuleCondition> {
    fn from(v: RuleCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_CONDITION_TYPE.properties))
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

/// The values CloudFormation documents: `host-header-rewrite`, `url-rewrite`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransformType {
    /// `host-header-rewrite`
    HostHeaderRewrite,
    /// `url-rewrite`
    UrlRewrite,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransformType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HostHeaderRewrite => "host-header-rewrite",
            Self::UrlRewrite => "url-rewrite",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["host-header-rewrite", "url-rewrite"]
    }
}
impl ::std::convert::From<TransformType> for ::forma_core::Value<TransformType> {
    fn from(v: TransformType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransformType {}

/// The `Transform` property type of `AWS::ElasticLoadBalancingV2::ListenerRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transform {
    props: ::forma_core::schema::Props,
}
impl Transform {
    /// A new value with its required properties: `Type`.
    ///
    /// CloudFormation also needs exactly one of `HostHeaderRewriteConfig` or `UrlRewriteConfig`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<TransformType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `HostHeaderRewriteConfig`.
    pub fn host_header_rewrite_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RewriteConfigObject>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UrlRewriteConfig`.
    pub fn url_rewrite_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RewriteConfigObject>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Transform> for ::forma_core::Value<Transform> {
    fn from(v: Transform) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_TYPE.properties))
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
    pub fn session_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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
    pub fn session_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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

/// The `JwtValidationConfig` property type of `AWS::ElasticLoadBalancingV2::ListenerRule`.
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

/// Information about a host header condition.
#[derive(Debug, Clone, PartialEq)]
pub struct HostHeaderConfig {
    props: ::forma_core::schema::Props,
}
impl HostHeaderConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RegexValues`.
    pub fn regex_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The host names.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostHeaderConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostHeaderConfig> for ::forma_core::Value<HostHeaderConfig> {
    fn from(v: HostHeaderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_HEADER_CONFIG_TYPE.properties))
    }
}

/// Information about an HTTP header condition.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpHeaderConfig {
    props: ::forma_core::schema::Props,
}
impl HttpHeaderConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the HTTP header field.
    pub fn http_header_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RegexValues`.
    pub fn regex_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The strings to compare against the value of the HTTP header.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpHeaderConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpHeaderConfig> for ::forma_core::Value<HttpHeaderConfig> {
    fn from(v: HttpHeaderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_HEADER_CONFIG_TYPE.properties))
    }
}

/// Information about an HTTP method condition.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequestMethodConfig {
    props: ::forma_core::schema::Props,
}
impl HttpRequestMethodConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the request method.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpRequestMethodConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpRequestMethodConfig> for ::forma_core::Value<HttpRequestMethodConfig> {
    fn from(v: HttpRequestMethodConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_REQUEST_METHOD_CONFIG_TYPE.properties))
    }
}

/// Information about a path pattern condition.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPatternConfig {
    props: ::forma_core::schema::Props,
}
impl PathPatternConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RegexValues`.
    pub fn regex_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The path patterns to compare against the request URL.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PathPatternConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PathPatternConfig> for ::forma_core::Value<PathPatternConfig> {
    fn from(v: PathPatternConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_PATTERN_CONFIG_TYPE.properties))
    }
}

/// Information about a query string condition.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryStringConfig {
    props: ::forma_core::schema::Props,
}
impl QueryStringConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key/value pairs or values to find in the query string.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryStringKeyValue>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryStringConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryStringConfig> for ::forma_core::Value<QueryStringConfig> {
    fn from(v: QueryStringConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_STRING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ipv4`, `ipv6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// Information about a source IP condition.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceIpConfig {
    props: ::forma_core::schema::Props,
}
impl SourceIpConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IpAddressType`.
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The source IP addresses, in CIDR format.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceIpConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceIpConfig> for ::forma_core::Value<SourceIpConfig> {
    fn from(v: SourceIpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_IP_CONFIG_TYPE.properties))
    }
}

/// The `RewriteConfigObject` property type of `AWS::ElasticLoadBalancingV2::ListenerRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RewriteConfigObject {
    props: ::forma_core::schema::Props,
}
impl RewriteConfigObject {
    /// A new value with its required properties: `Rewrites`.
    pub fn new(rewrites: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RewriteConfig>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rewrites.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RewriteConfigObject> for ::forma_core::Value<RewriteConfigObject> {
    fn from(v: RewriteConfigObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REWRITE_CONFIG_OBJECT_TYPE.properties))
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

/// Information about a key/value pair.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryStringKeyValue {
    props: ::forma_core::schema::Props,
}
impl QueryStringKeyValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryStringKeyValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryStringKeyValue> for ::forma_core::Value<QueryStringKeyValue> {
    fn from(v: QueryStringKeyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_STRING_KEY_VALUE_TYPE.properties))
    }
}

/// Information about a rewrite transform.
#[derive(Debug, Clone, PartialEq)]
pub struct RewriteConfig {
    props: ::forma_core::schema::Props,
}
impl RewriteConfig {
    /// A new value with its required properties: `Regex`, `Replace`.
    pub fn new(
        regex: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        replace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, regex.into().into_expr());
        props.set(1, replace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RewriteConfig> for ::forma_core::Value<RewriteConfig> {
    fn from(v: RewriteConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REWRITE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancingV2::ListenerRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancingV2::ListenerRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ListenerArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(50000.0),
            }),
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
        ::forma_core::schema::Property {
            name: "Transforms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRANSFORM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["RuleArn", "IsDefault"],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.Action",
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

static RULE_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.RuleCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostHeaderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOST_HEADER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpHeaderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_HEADER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpRequestMethodConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_REQUEST_METHOD_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PathPatternConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATH_PATTERN_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryStringConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_STRING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RegexValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceIpConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_IP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.Tag",
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

static TRANSFORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.Transform",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostHeaderRewriteConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REWRITE_CONFIG_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["host-header-rewrite", "url-rewrite"]),
        },
        ::forma_core::schema::Property {
            name: "UrlRewriteConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REWRITE_CONFIG_OBJECT_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["HostHeaderRewriteConfig"], &["UrlRewriteConfig"]])],
};

static AUTHENTICATE_COGNITO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateCognitoConfig",
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
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateOidcConfig",
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
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.FixedResponseConfig",
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
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.ForwardConfig",
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
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationConfig",
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
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.RedirectConfig",
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

static HOST_HEADER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.HostHeaderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegexValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static HTTP_HEADER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.HttpHeaderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpHeaderName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RegexValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static HTTP_REQUEST_METHOD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.HttpRequestMethodConfig",
    properties: &[::forma_core::schema::Property {
        name: "Values",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static PATH_PATTERN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.PathPatternConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegexValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static QUERY_STRING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringConfig",
    properties: &[::forma_core::schema::Property {
        name: "Values",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&QUERY_STRING_KEY_VALUE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SOURCE_IP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.SourceIpConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6"]),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static REWRITE_CONFIG_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfigObject",
    properties: &[::forma_core::schema::Property {
        name: "Rewrites",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&REWRITE_CONFIG_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TARGET_GROUP_STICKINESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupStickinessConfig",
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
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupTuple",
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
        name: "AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationActionAdditionalClaim",
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

static QUERY_STRING_KEY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringKeyValue",
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

static REWRITE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Regex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Replace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
