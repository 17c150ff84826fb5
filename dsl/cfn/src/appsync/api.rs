// @generated from AWS::AppSync::Api (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::Api` and its property types.

/// Resource schema for AppSync Api
///
/// CloudFormation type `AWS::AppSync::Api`.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    props: ::forma_core::schema::Props,
}
impl Api {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration for an Event Api
    #[track_caller]
    pub fn event_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The owner contact information for an API resource.
    ///
    /// Allowed: length 1 to 250.
    #[track_caller]
    pub fn owner_contact(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this AppSync API.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Api {
    type Attributes = ApiAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::Api"
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
/// The attributes of a `AWS::AppSync::Api` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiAttributes {
    /// `Fn::GetAtt` `ApiId`.
    pub fn api_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiId")
    }
    /// `Fn::GetAtt` `Dns`.
    pub fn dns(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Dns")
    }
    /// `Fn::GetAtt` `Dns.Realtime`.
    pub fn dns_realtime(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Dns.Realtime")
    }
    /// `Fn::GetAtt` `Dns.Http`.
    pub fn dns_http(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Dns.Http")
    }
    /// `Fn::GetAtt` `ApiArn`.
    pub fn api_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiArn")
    }
}

/// The configuration for an Event Api
#[derive(Debug, Clone, PartialEq)]
pub struct EventConfig {
    props: ::forma_core::schema::Props,
}
impl EventConfig {
    /// A new value with its required properties: `AuthProviders`, `ConnectionAuthModes`, `DefaultPublishAuthModes`, `DefaultSubscribeAuthModes`.
    pub fn new(
        auth_providers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthProvider>>>,
        connection_auth_modes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthMode>>>,
        default_publish_auth_modes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthMode>>>,
        default_subscribe_auth_modes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthMode>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_providers.into().into_expr());
        props.set(1, connection_auth_modes.into().into_expr());
        props.set(2, default_publish_auth_modes.into().into_expr());
        props.set(3, default_subscribe_auth_modes.into().into_expr());
        Self { props }
    }
    /// The log config for the AppSync API.
    pub fn log_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventLogConfig>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventConfig> for ::forma_core::Value<EventConfig> {
    fn from(v: EventConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_CONFIG_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) for this AppSync API.
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

/// The values CloudFormation documents: `AMAZON_COGNITO_USER_POOLS`, `AWS_IAM`, `API_KEY`, `OPENID_CONNECT`, `AWS_LAMBDA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `AMAZON_COGNITO_USER_POOLS`
    AmazonCognitoUserPools,
    /// `AWS_IAM`
    AwsIam,
    /// `API_KEY`
    ApiKey,
    /// `OPENID_CONNECT`
    OpenidConnect,
    /// `AWS_LAMBDA`
    AwsLambda,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonCognitoUserPools => "AMAZON_COGNITO_USER_POOLS",
            Self::AwsIam => "AWS_IAM",
            Self::ApiKey => "API_KEY",
            Self::OpenidConnect => "OPENID_CONNECT",
            Self::AwsLambda => "AWS_LAMBDA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMAZON_COGNITO_USER_POOLS", "AWS_IAM", "API_KEY", "OPENID_CONNECT", "AWS_LAMBDA"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// An auth provider for the AppSync API.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthProvider {
    props: ::forma_core::schema::Props,
}
impl AuthProvider {
    /// A new value with its required properties: `AuthType`.
    pub fn new(auth_type: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_type.into_enum_expr());
        Self { props }
    }
    /// Optional authorization configuration for using Amazon Cognito user pools with your API endpoint.
    pub fn cognito_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CognitoConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A LambdaAuthorizerConfig holds configuration on how to authorize AWS AppSync API access when using the AWS_LAMBDA authorizer mode.
    pub fn lambda_authorizer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaAuthorizerConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The OpenID Connect configuration.
    pub fn open_id_connect_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenIdConnectConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthProvider> for ::forma_core::Value<AuthProvider> {
    fn from(v: AuthProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTH_PROVIDER_TYPE.properties))
    }
}

/// An auth mode.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthMode {
    props: ::forma_core::schema::Props,
}
impl AuthMode {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Security configuration for your AppSync API.
    pub fn auth_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AuthMode {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthMode> for ::forma_core::Value<AuthMode> {
    fn from(v: AuthMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTH_MODE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `ERROR`, `ALL`, `INFO`, `DEBUG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventLogLevel {
    /// `NONE`
    None,
    /// `ERROR`
    Error,
    /// `ALL`
    All,
    /// `INFO`
    Info,
    /// `DEBUG`
    Debug,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventLogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Error => "ERROR",
            Self::All => "ALL",
            Self::Info => "INFO",
            Self::Debug => "DEBUG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "ERROR", "ALL", "INFO", "DEBUG"]
    }
}
impl ::std::convert::From<EventLogLevel> for ::forma_core::Value<EventLogLevel> {
    fn from(v: EventLogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventLogLevel {}

/// The log config for the AppSync API.
#[derive(Debug, Clone, PartialEq)]
pub struct EventLogConfig {
    props: ::forma_core::schema::Props,
}
impl EventLogConfig {
    /// A new value with its required properties: `CloudWatchLogsRoleArn`, `LogLevel`.
    pub fn new(
        cloud_watch_logs_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_level: impl ::forma_core::schema::EnumArg<EventLogLevel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_logs_role_arn.into().into_expr());
        props.set(1, log_level.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventLogConfig> for ::forma_core::Value<EventLogConfig> {
    fn from(v: EventLogConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_LOG_CONFIG_TYPE.properties))
    }
}

/// Optional authorization configuration for using Amazon Cognito user pools with your API endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoConfig {
    props: ::forma_core::schema::Props,
}
impl CognitoConfig {
    /// A new value with its required properties: `AwsRegion`, `UserPoolId`.
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, aws_region.into().into_expr());
        props.set(2, user_pool_id.into().into_expr());
        Self { props }
    }
    /// `AppIdClientRegex`.
    pub fn app_id_client_regex(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CognitoConfig> for ::forma_core::Value<CognitoConfig> {
    fn from(v: CognitoConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_CONFIG_TYPE.properties))
    }
}

/// A LambdaAuthorizerConfig holds configuration on how to authorize AWS AppSync API access when using the AWS_LAMBDA authorizer mode.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaAuthorizerConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaAuthorizerConfig {
    /// A new value with its required properties: `AuthorizerUri`.
    pub fn new(authorizer_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, authorizer_uri.into().into_expr());
        Self { props }
    }
    /// `AuthorizerResultTtlInSeconds`.
    ///
    /// Allowed: 0 to 3600.
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IdentityValidationExpression`.
    pub fn identity_validation_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LambdaAuthorizerConfig> for ::forma_core::Value<LambdaAuthorizerConfig> {
    fn from(v: LambdaAuthorizerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_AUTHORIZER_CONFIG_TYPE.properties))
    }
}

/// The OpenID Connect configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenIdConnectConfig {
    props: ::forma_core::schema::Props,
}
impl OpenIdConnectConfig {
    /// A new value with its required properties: `Issuer`.
    pub fn new(issuer: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, issuer.into().into_expr());
        Self { props }
    }
    /// `AuthTTL`.
    pub fn auth_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ClientId`.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IatTTL`.
    pub fn iat_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OpenIdConnectConfig> for ::forma_core::Value<OpenIdConnectConfig> {
    fn from(v: OpenIdConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_ID_CONNECT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppSync::Api`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::Api",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9_\\-\\ ]+"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "OwnerContact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9_\\-\\ \\.]+"),
                min_length: Some(1),
                max_length: Some(250),
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
    ],
    rules: &[],
    attributes: &["ApiId", "Dns", "Dns.Realtime", "Dns.Http", "ApiArn"],
};

static EVENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.EventConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthProviders",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_PROVIDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConnectionAuthModes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_MODE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultPublishAuthModes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_MODE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultSubscribeAuthModes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_MODE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_LOG_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[ a-zA-Z+-=._:/]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\w+-=\\.:/@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AUTH_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.AuthProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AMAZON_COGNITO_USER_POOLS",
                "AWS_IAM",
                "API_KEY",
                "OPENID_CONNECT",
                "AWS_LAMBDA",
            ]),
        },
        ::forma_core::schema::Property {
            name: "CognitoConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COGNITO_CONFIG_TYPE),
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
    ],
    rules: &[],
};

static AUTH_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.AuthMode",
    properties: &[::forma_core::schema::Property {
        name: "AuthType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "AMAZON_COGNITO_USER_POOLS",
            "AWS_IAM",
            "API_KEY",
            "OPENID_CONNECT",
            "AWS_LAMBDA",
        ]),
    }],
    rules: &[],
};

static EVENT_LOG_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.EventLogConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "ERROR", "ALL", "INFO", "DEBUG"]),
        },
    ],
    rules: &[],
};

static COGNITO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.CognitoConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppIdClientRegex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAMBDA_AUTHORIZER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.LambdaAuthorizerConfig",
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
            required: true,
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

static OPEN_ID_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::Api.OpenIDConnectConfig",
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
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
