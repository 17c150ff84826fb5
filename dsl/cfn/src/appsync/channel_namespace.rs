// @generated from AWS::AppSync::ChannelNamespace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::ChannelNamespace` and its property types.

/// Resource schema for AppSync ChannelNamespace
///
/// CloudFormation type `AWS::AppSync::ChannelNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelNamespace {
    props: ::forma_core::schema::Props,
}
impl ChannelNamespace {
    /// A new resource with its required properties: `ApiId`, `Name`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// String of APPSYNC_JS code to be used by the handlers.
    ///
    /// Allowed: length 1 to 32768.
    #[track_caller]
    pub fn code_handlers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 endpoint where the code is located.
    #[track_caller]
    pub fn code_s3_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HandlerConfigs`.
    #[track_caller]
    pub fn handler_configs(mut self, value: impl ::std::convert::Into<::forma_core::Value<HandlerConfigs>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of AuthModes supported for Publish operations.
    #[track_caller]
    pub fn publish_auth_modes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthMode>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of AuthModes supported for Subscribe operations.
    #[track_caller]
    pub fn subscribe_auth_modes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthMode>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this AppSync API.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ChannelNamespace {
    type Attributes = ChannelNamespaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::ChannelNamespace"
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
/// The attributes of a `AWS::AppSync::ChannelNamespace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelNamespaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelNamespaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelNamespaceAttributes {
    /// `Fn::GetAtt` `ChannelNamespaceArn`.
    pub fn channel_namespace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelNamespaceArn")
    }
}

/// The `HandlerConfigs` property type of `AWS::AppSync::ChannelNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct HandlerConfigs {
    props: ::forma_core::schema::Props,
}
impl HandlerConfigs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OnPublish`.
    pub fn on_publish(mut self, value: impl ::std::convert::Into<::forma_core::Value<HandlerConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OnSubscribe`.
    pub fn on_subscribe(mut self, value: impl ::std::convert::Into<::forma_core::Value<HandlerConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HandlerConfigs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HandlerConfigs> for ::forma_core::Value<HandlerConfigs> {
    fn from(v: HandlerConfigs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HANDLER_CONFIGS_TYPE.properties))
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

/// The values CloudFormation documents: `CODE`, `DIRECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HandlerBehavior {
    /// `CODE`
    Code,
    /// `DIRECT`
    Direct,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HandlerBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "CODE",
            Self::Direct => "DIRECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CODE", "DIRECT"]
    }
}
impl ::std::convert::From<HandlerBehavior> for ::forma_core::Value<HandlerBehavior> {
    fn from(v: HandlerBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HandlerBehavior {}

/// The `HandlerConfig` property type of `AWS::AppSync::ChannelNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct HandlerConfig {
    props: ::forma_core::schema::Props,
}
impl HandlerConfig {
    /// A new value with its required properties: `Behavior`, `Integration`.
    pub fn new(
        behavior: impl ::forma_core::schema::EnumArg<HandlerBehavior>,
        integration: impl ::std::convert::Into<::forma_core::Value<Integration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, behavior.into_enum_expr());
        props.set(1, integration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HandlerConfig> for ::forma_core::Value<HandlerConfig> {
    fn from(v: HandlerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HANDLER_CONFIG_TYPE.properties))
    }
}

/// The `Integration` property type of `AWS::AppSync::ChannelNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new value with its required properties: `DataSourceName`.
    pub fn new(data_source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_name.into().into_expr());
        Self { props }
    }
    /// `LambdaConfig`.
    pub fn lambda_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Integration> for ::forma_core::Value<Integration> {
    fn from(v: Integration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REQUEST_RESPONSE`, `EVENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvokeType {
    /// `REQUEST_RESPONSE`
    RequestResponse,
    /// `EVENT`
    Event,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InvokeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestResponse => "REQUEST_RESPONSE",
            Self::Event => "EVENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUEST_RESPONSE", "EVENT"]
    }
}
impl ::std::convert::From<InvokeType> for ::forma_core::Value<InvokeType> {
    fn from(v: InvokeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InvokeType {}

/// The `LambdaConfig` property type of `AWS::AppSync::ChannelNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConfig {
    /// A new value with its required properties: `InvokeType`.
    pub fn new(invoke_type: impl ::forma_core::schema::EnumArg<InvokeType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, invoke_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaConfig> for ::forma_core::Value<LambdaConfig> {
    fn from(v: LambdaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppSync::ChannelNamespace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::ChannelNamespace",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CodeHandlers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32768),
            }),
        },
        ::forma_core::schema::Property {
            name: "CodeS3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HandlerConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HANDLER_CONFIGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([A-Za-z0-9](?:[A-Za-z0-9\\-]{0,48}[A-Za-z0-9])?)"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "PublishAuthModes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_MODE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubscribeAuthModes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTH_MODE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    attributes: &["ChannelNamespaceArn"],
};

static HANDLER_CONFIGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::ChannelNamespace.HandlerConfigs",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnPublish",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HANDLER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnSubscribe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HANDLER_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static AUTH_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::ChannelNamespace.AuthMode",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::ChannelNamespace.Tag",
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

static HANDLER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::ChannelNamespace.HandlerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Behavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CODE", "DIRECT"]),
        },
        ::forma_core::schema::Property {
            name: "Integration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGRATION_TYPE),
        },
    ],
    rules: &[],
};

static INTEGRATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::ChannelNamespace.Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([_A-Za-z][_0-9A-Za-z]{0,511})?"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LambdaConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static LAMBDA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::ChannelNamespace.LambdaConfig",
    properties: &[::forma_core::schema::Property {
        name: "InvokeType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["REQUEST_RESPONSE", "EVENT"]),
    }],
    rules: &[],
};
