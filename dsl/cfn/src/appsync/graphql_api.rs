// @generated from AWS::AppSync::GraphQLApi (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::GraphQLApi` and its property types.

/// Resource Type definition for AWS::AppSync::GraphQLApi
///
/// CloudFormation type `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphqlApi {
    props: ::forma_core::schema::Props,
}
impl GraphqlApi {
    /// A new resource with its required properties: `AuthenticationType`, `Name`.
    #[track_caller]
    pub fn new(
        authentication_type: impl ::forma_core::schema::EnumArg<AuthenticationType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, authentication_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of additional authentication providers for the GraphqlApi API.
    #[track_caller]
    pub fn additional_authentication_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalAuthenticationProvider>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The value that indicates whether the GraphQL API is a standard API (GRAPHQL) or merged API (MERGED).
    #[track_caller]
    pub fn api_type(mut self, value: impl ::forma_core::schema::EnumArg<ApiType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables and controls the enhanced metrics feature.
    #[track_caller]
    pub fn enhanced_metrics_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnhancedMetricsConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map containing the list of resources with their properties and environment variables.
    #[track_caller]
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets the value of the GraphQL API to enable (ENABLED) or disable (DISABLED) introspection.
    #[track_caller]
    pub fn introspection_config(mut self, value: impl ::forma_core::schema::EnumArg<IntrospectionConfig>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A LambdaAuthorizerConfig holds configuration on how to authorize AWS AppSync API access when using the AWS_LAMBDA authorizer mode.
    #[track_caller]
    pub fn lambda_authorizer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaAuthorizerConfig>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon CloudWatch Logs configuration.
    #[track_caller]
    pub fn log_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LogConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Identity and Access Management service role ARN for a merged API.
    #[track_caller]
    pub fn merged_api_execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The OpenID Connect configuration.
    #[track_caller]
    pub fn open_id_connect_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenIdConnectConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The owner contact information for an API resource.
    #[track_caller]
    pub fn owner_contact(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum depth a query can have in a single request.
    ///
    /// Allowed: 0 to 75.
    #[track_caller]
    pub fn query_depth_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of resolvers that can be invoked in a single request.
    ///
    /// Allowed: 0 to 10000.
    #[track_caller]
    pub fn resolver_count_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this GraphQL API.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional authorization configuration for using Amazon Cognito user pools with your GraphQL endpoint.
    #[track_caller]
    pub fn user_pool_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserPoolConfig>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets the scope of the GraphQL API to public (GLOBAL) or private (PRIVATE).
    #[track_caller]
    pub fn visibility(mut self, value: impl ::forma_core::schema::EnumArg<Visibility>) -> Self {
        self.props.set_at(16, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag indicating whether to use AWS X-Ray tracing for this GraphqlApi.
    #[track_caller]
    pub fn xray_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GraphqlApi {
    type Attributes = GraphqlApiAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::GraphQLApi"
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
/// The attributes of a `AWS::AppSync::GraphQLApi` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GraphqlApiAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GraphqlApiAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GraphqlApiAttributes {
    /// `Fn::GetAtt` `ApiId`.
    pub fn api_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `GraphQLEndpointArn`.
    pub fn graphql_endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GraphQLEndpointArn")
    }
    /// `Fn::GetAtt` `GraphQLDns`.
    pub fn graphql_dns(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GraphQLDns")
    }
    /// `Fn::GetAtt` `GraphQLUrl`.
    pub fn graphql_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GraphQLUrl")
    }
    /// `Fn::GetAtt` `RealtimeDns`.
    pub fn realtime_dns(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RealtimeDns")
    }
    /// `Fn::GetAtt` `RealtimeUrl`.
    pub fn realtime_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RealtimeUrl")
    }
}

/// The values CloudFormation documents: `GRAPHQL`, `MERGED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiType {
    /// `GRAPHQL`
    Graphql,
    /// `MERGED`
    Merged,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApiType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Graphql => "GRAPHQL",
            Self::Merged => "MERGED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GRAPHQL", "MERGED"]
    }
}
impl ::std::convert::From<ApiType> for ::forma_core::Value<ApiType> {
    fn from(v: ApiType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApiType {}

/// The values CloudFormation documents: `AMAZON_COGNITO_USER_POOLS`, `API_KEY`, `AWS_IAM`, `AWS_LAMBDA`, `OPENID_CONNECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `AMAZON_COGNITO_USER_POOLS`
    AmazonCognitoUserPools,
    /// `API_KEY`
    ApiKey,
    /// `AWS_IAM`
    AwsIam,
    /// `AWS_LAMBDA`
    AwsLambda,
    /// `OPENID_CONNECT`
    OpenidConnect,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonCognitoUserPools => "AMAZON_COGNITO_USER_POOLS",
            Self::ApiKey => "API_KEY",
            Self::AwsIam => "AWS_IAM",
            Self::AwsLambda => "AWS_LAMBDA",
            Self::OpenidConnect => "OPENID_CONNECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMAZON_COGNITO_USER_POOLS", "API_KEY", "AWS_IAM", "AWS_LAMBDA", "OPENID_CONNECT"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntrospectionConfig {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntrospectionConfig {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<IntrospectionConfig> for ::forma_core::Value<IntrospectionConfig> {
    fn from(v: IntrospectionConfig) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntrospectionConfig {}

/// The values CloudFormation documents: `GLOBAL`, `PRIVATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Visibility {
    /// `GLOBAL`
    Global,
    /// `PRIVATE`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Visibility {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "GLOBAL",
            Self::Private => "PRIVATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GLOBAL", "PRIVATE"]
    }
}
impl ::std::convert::From<Visibility> for ::forma_core::Value<Visibility> {
    fn from(v: Visibility) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Visibility {}

/// The `AdditionalAuthenticationProvider` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalAuthenticationProvider {
    props: ::forma_core::schema::Props,
}
impl AdditionalAuthenticationProvider {
    /// A new value with its required properties: `AuthenticationType`.
    pub fn new(authentication_type: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_type.into_enum_expr());
        Self { props }
    }
    /// `LambdaAuthorizerConfig`.
    pub fn lambda_authorizer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaAuthorizerConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OpenIDConnectConfig`.
    pub fn open_id_connect_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenIdConnectConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UserPoolConfig`.
    pub fn user_pool_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CognitoUserPoolConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdditionalAuthenticationProvider> for ::forma_core::Value<AdditionalAuthenticationProvider> {
    fn from(v: AdditionalAuthenticationProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_AUTHENTICATION_PROVIDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL_REQUEST_DATA_SOURCE_METRICS`, `PER_DATA_SOURCE_METRICS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSourceLevelMetricsBehavior {
    /// `FULL_REQUEST_DATA_SOURCE_METRICS`
    FullRequestDataSourceMetrics,
    /// `PER_DATA_SOURCE_METRICS`
    PerDataSourceMetrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSourceLevelMetricsBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullRequestDataSourceMetrics => "FULL_REQUEST_DATA_SOURCE_METRICS",
            Self::PerDataSourceMetrics => "PER_DATA_SOURCE_METRICS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_REQUEST_DATA_SOURCE_METRICS", "PER_DATA_SOURCE_METRICS"]
    }
}
impl ::std::convert::From<DataSourceLevelMetricsBehavior> for ::forma_core::Value<DataSourceLevelMetricsBehavior> {
    fn from(v: DataSourceLevelMetricsBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSourceLevelMetricsBehavior {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationLevelMetricsConfig {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperationLevelMetricsConfig {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<OperationLevelMetricsConfig> for ::forma_core::Value<OperationLevelMetricsConfig> {
    fn from(v: OperationLevelMetricsConfig) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperationLevelMetricsConfig {}

/// The values CloudFormation documents: `FULL_REQUEST_RESOLVER_METRICS`, `PER_RESOLVER_METRICS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResolverLevelMetricsBehavior {
    /// `FULL_REQUEST_RESOLVER_METRICS`
    FullRequestResolverMetrics,
    /// `PER_RESOLVER_METRICS`
    PerResolverMetrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResolverLevelMetricsBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullRequestResolverMetrics => "FULL_REQUEST_RESOLVER_METRICS",
            Self::PerResolverMetrics => "PER_RESOLVER_METRICS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_REQUEST_RESOLVER_METRICS", "PER_RESOLVER_METRICS"]
    }
}
impl ::std::convert::From<ResolverLevelMetricsBehavior> for ::forma_core::Value<ResolverLevelMetricsBehavior> {
    fn from(v: ResolverLevelMetricsBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResolverLevelMetricsBehavior {}

/// The `EnhancedMetricsConfig` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnhancedMetricsConfig {
    props: ::forma_core::schema::Props,
}
impl EnhancedMetricsConfig {
    /// A new value with its required properties: `DataSourceLevelMetricsBehavior`, `OperationLevelMetricsConfig`, `ResolverLevelMetricsBehavior`.
    pub fn new(
        data_source_level_metrics_behavior: impl ::forma_core::schema::EnumArg<DataSourceLevelMetricsBehavior>,
        operation_level_metrics_config: impl ::forma_core::schema::EnumArg<OperationLevelMetricsConfig>,
        resolver_level_metrics_behavior: impl ::forma_core::schema::EnumArg<ResolverLevelMetricsBehavior>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_level_metrics_behavior.into_enum_expr());
        props.set(1, operation_level_metrics_config.into_enum_expr());
        props.set(2, resolver_level_metrics_behavior.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EnhancedMetricsConfig> for ::forma_core::Value<EnhancedMetricsConfig> {
    fn from(v: EnhancedMetricsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENHANCED_METRICS_CONFIG_TYPE.properties))
    }
}

/// The `LambdaAuthorizerConfig` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaAuthorizerConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaAuthorizerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of seconds a response should be cached for.
    ///
    /// Allowed: 0 to 3600.
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the Lambda function to be called for authorization.
    pub fn authorizer_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A regular expression for validation of tokens before the Lambda function is called.
    pub fn identity_validation_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaAuthorizerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaAuthorizerConfig> for ::forma_core::Value<LambdaAuthorizerConfig> {
    fn from(v: LambdaAuthorizerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_AUTHORIZER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `DEBUG`, `ERROR`, `INFO`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldLogLevel {
    /// `ALL`
    All,
    /// `DEBUG`
    Debug,
    /// `ERROR`
    Error,
    /// `INFO`
    Info,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FieldLogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Debug => "DEBUG",
            Self::Error => "ERROR",
            Self::Info => "INFO",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "DEBUG", "ERROR", "INFO", "NONE"]
    }
}
impl ::std::convert::From<FieldLogLevel> for ::forma_core::Value<FieldLogLevel> {
    fn from(v: FieldLogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FieldLogLevel {}

/// The `LogConfig` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfig {
    props: ::forma_core::schema::Props,
}
impl LogConfig {
    /// A new value with its required properties: `CloudWatchLogsRoleArn`, `FieldLogLevel`.
    pub fn new(
        cloud_watch_logs_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_log_level: impl ::forma_core::schema::EnumArg<FieldLogLevel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_logs_role_arn.into().into_expr());
        props.set(2, field_log_level.into_enum_expr());
        Self { props }
    }
    /// Set to TRUE to exclude sections that contain information such as headers, context, and evaluated mapping templates, regardless of logging level.
    pub fn exclude_verbose_content(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogConfig> for ::forma_core::Value<LogConfig> {
    fn from(v: LogConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIG_TYPE.properties))
    }
}

/// The `OpenIDConnectConfig` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenIdConnectConfig {
    props: ::forma_core::schema::Props,
}
impl OpenIdConnectConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of milliseconds that a token is valid after being authenticated.
    pub fn auth_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client identifier of the Relying party at the OpenID identity provider.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of milliseconds that a token is valid after it's issued to a user.
    pub fn iat_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The issuer for the OIDC configuration.
    pub fn issuer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OpenIdConnectConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OpenIdConnectConfig> for ::forma_core::Value<OpenIdConnectConfig> {
    fn from(v: OpenIdConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_ID_CONNECT_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppSync::GraphQLApi`.
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

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultAction {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DefaultAction> for ::forma_core::Value<DefaultAction> {
    fn from(v: DefaultAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultAction {}

/// The `UserPoolConfig` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolConfig {
    props: ::forma_core::schema::Props,
}
impl UserPoolConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A regular expression for validating the incoming Amazon Cognito user pool app client ID.
    pub fn app_id_client_regex(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS Region in which the user pool was created.
    pub fn aws_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The action that you want your GraphQL API to take when a request that uses Amazon Cognito user pool authentication doesn't match the Amazon Cognito user pool configuration.
    pub fn default_action(mut self, value: impl ::forma_core::schema::EnumArg<DefaultAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The user pool ID.
    pub fn user_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserPoolConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserPoolConfig> for ::forma_core::Value<UserPoolConfig> {
    fn from(v: UserPoolConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_POOL_CONFIG_TYPE.properties))
    }
}

/// The `CognitoUserPoolConfig` property type of `AWS::AppSync::GraphQLApi`.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoUserPoolConfig {
    props: ::forma_core::schema::Props,
}
impl CognitoUserPoolConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A regular expression for validating the incoming Amazon Cognito user pool app client ID.
    pub fn app_id_client_regex(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS Region in which the user pool was created.
    pub fn aws_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The user pool ID
    pub fn user_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CognitoUserPoolConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CognitoUserPoolConfig> for ::forma_core::Value<CognitoUserPoolConfig> {
    fn from(v: CognitoUserPoolConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_USER_POOL_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppSync::GraphQLApi`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::GraphQLApi",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalAuthenticationProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDITIONAL_AUTHENTICATION_PROVIDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApiType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GRAPHQL", "MERGED"]),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AMAZON_COGNITO_USER_POOLS",
                "API_KEY",
                "AWS_IAM",
                "AWS_LAMBDA",
                "OPENID_CONNECT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "EnhancedMetricsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENHANCED_METRICS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "IntrospectionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "LambdaAuthorizerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_AUTHORIZER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MergedApiExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OpenIDConnectConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_ID_CONNECT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OwnerContact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QueryDepthLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(75.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResolverCountLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000.0),
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
            name: "UserPoolConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_POOL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Visibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GLOBAL", "PRIVATE"]),
        },
        ::forma_core::schema::Property {
            name: "XrayEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["ApiId", "Arn", "GraphQLEndpointArn", "GraphQLDns", "GraphQLUrl", "RealtimeDns", "RealtimeUrl"],
};

static ADDITIONAL_AUTHENTICATION_PROVIDER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppSync::GraphQLApi.AdditionalAuthenticationProvider",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthenticationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "AMAZON_COGNITO_USER_POOLS",
                    "API_KEY",
                    "AWS_IAM",
                    "AWS_LAMBDA",
                    "OPENID_CONNECT",
                ]),
            },
            ::forma_core::schema::Property {
                name: "LambdaAuthorizerConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LAMBDA_AUTHORIZER_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OpenIDConnectConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OPEN_ID_CONNECT_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "UserPoolConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COGNITO_USER_POOL_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static ENHANCED_METRICS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.EnhancedMetricsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceLevelMetricsBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL_REQUEST_DATA_SOURCE_METRICS", "PER_DATA_SOURCE_METRICS"]),
        },
        ::forma_core::schema::Property {
            name: "OperationLevelMetricsConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ResolverLevelMetricsBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL_REQUEST_RESOLVER_METRICS", "PER_RESOLVER_METRICS"]),
        },
    ],
    rules: &[],
};

static LAMBDA_AUTHORIZER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.LambdaAuthorizerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizerResultTtlInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdentityValidationExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOG_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.LogConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExcludeVerboseContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FieldLogLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "DEBUG", "ERROR", "INFO", "NONE"]),
        },
    ],
    rules: &[],
};

static OPEN_ID_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.OpenIDConnectConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IatTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.Tag",
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

static USER_POOL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.UserPoolConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppIdClientRegex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COGNITO_USER_POOL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::GraphQLApi.CognitoUserPoolConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppIdClientRegex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
