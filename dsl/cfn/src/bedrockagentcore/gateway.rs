// @generated from AWS::BedrockAgentCore::Gateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Gateway` and its property types.

/// Definition of AWS::BedrockAgentCore::Gateway Resource Type
///
/// CloudFormation type `AWS::BedrockAgentCore::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct Gateway {
    props: ::forma_core::schema::Props,
}
impl Gateway {
    /// A new resource with its required properties: `AuthorizerType`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        authorizer_type: impl ::forma_core::schema::EnumArg<AuthorizerType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, authorizer_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AuthorizerConfiguration`.
    #[track_caller]
    pub fn authorizer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExceptionLevel`.
    #[track_caller]
    pub fn exception_level(mut self, value: impl ::forma_core::schema::EnumArg<ExceptionLevel>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InterceptorConfigurations`.
    #[track_caller]
    pub fn interceptor_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GatewayInterceptorConfiguration>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PolicyEngineConfiguration`.
    #[track_caller]
    pub fn policy_engine_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayPolicyEngineConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProtocolConfiguration`.
    #[track_caller]
    pub fn protocol_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProtocolType`.
    #[track_caller]
    pub fn protocol_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WafConfiguration`.
    #[track_caller]
    pub fn waf_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WafConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Gateway {
    type Attributes = GatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Gateway"
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
/// The attributes of a `AWS::BedrockAgentCore::Gateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `GatewayArn`.
    pub fn gateway_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayArn")
    }
    /// `Fn::GetAtt` `GatewayIdentifier`.
    pub fn gateway_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayIdentifier")
    }
    /// `Fn::GetAtt` `GatewayUrl`.
    pub fn gateway_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayUrl")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReasons`.
    pub fn status_reasons(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "StatusReasons")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `WebAclArn`.
    pub fn web_acl_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebAclArn")
    }
    /// `Fn::GetAtt` `WorkloadIdentityDetails`.
    pub fn workload_identity_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "WorkloadIdentityDetails")
    }
}

/// The values CloudFormation documents: `CUSTOM_JWT`, `AWS_IAM`, `NONE`, `AUTHENTICATE_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorizerType {
    /// `CUSTOM_JWT`
    CustomJwt,
    /// `AWS_IAM`
    AwsIam,
    /// `NONE`
    None,
    /// `AUTHENTICATE_ONLY`
    AuthenticateOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthorizerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomJwt => "CUSTOM_JWT",
            Self::AwsIam => "AWS_IAM",
            Self::None => "NONE",
            Self::AuthenticateOnly => "AUTHENTICATE_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM_JWT", "AWS_IAM", "NONE", "AUTHENTICATE_ONLY"]
    }
}
impl ::std::convert::From<AuthorizerType> for ::forma_core::Value<AuthorizerType> {
    fn from(v: AuthorizerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthorizerType {}

/// The values CloudFormation documents: `DEBUG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExceptionLevel {
    /// `DEBUG`
    Debug,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExceptionLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEBUG"]
    }
}
impl ::std::convert::From<ExceptionLevel> for ::forma_core::Value<ExceptionLevel> {
    fn from(v: ExceptionLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExceptionLevel {}

/// The values CloudFormation documents: `REQUEST`, `RESPONSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayInterceptionPoint {
    /// `REQUEST`
    Request,
    /// `RESPONSE`
    Response,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayInterceptionPoint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Request => "REQUEST",
            Self::Response => "RESPONSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUEST", "RESPONSE"]
    }
}
impl ::std::convert::From<GatewayInterceptionPoint> for ::forma_core::Value<GatewayInterceptionPoint> {
    fn from(v: GatewayInterceptionPoint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayInterceptionPoint {}

/// The `GatewayInterceptorConfiguration` property type of `AWS::BedrockAgentCore::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayInterceptorConfiguration {
    props: ::forma_core::schema::Props,
}
impl GatewayInterceptorConfiguration {
    /// A new value with its required properties: `InterceptionPoints`, `Interceptor`.
    pub fn new(
        interception_points: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GatewayInterceptionPoint>>>,
        interceptor: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, interception_points.into().into_expr());
        props.set(2, interceptor.into().into_expr());
        Self { props }
    }
    /// `InputConfiguration`.
    pub fn input_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InterceptorInputConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayInterceptorConfiguration> for ::forma_core::Value<GatewayInterceptorConfiguration> {
    fn from(v: GatewayInterceptorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_INTERCEPTOR_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LOG_ONLY`, `ENFORCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayPolicyEngineMode {
    /// `LOG_ONLY`
    LogOnly,
    /// `ENFORCE`
    Enforce,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayPolicyEngineMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LogOnly => "LOG_ONLY",
            Self::Enforce => "ENFORCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOG_ONLY", "ENFORCE"]
    }
}
impl ::std::convert::From<GatewayPolicyEngineMode> for ::forma_core::Value<GatewayPolicyEngineMode> {
    fn from(v: GatewayPolicyEngineMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayPolicyEngineMode {}

/// The `GatewayPolicyEngineConfiguration` property type of `AWS::BedrockAgentCore::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayPolicyEngineConfiguration {
    props: ::forma_core::schema::Props,
}
impl GatewayPolicyEngineConfiguration {
    /// A new value with its required properties: `Arn`, `Mode`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mode: impl ::forma_core::schema::EnumArg<GatewayPolicyEngineMode>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        props.set(1, mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatewayPolicyEngineConfiguration> for ::forma_core::Value<GatewayPolicyEngineConfiguration> {
    fn from(v: GatewayPolicyEngineConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_POLICY_ENGINE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FAIL_CLOSE`, `FAIL_OPEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WafFailureMode {
    /// `FAIL_CLOSE`
    FailClose,
    /// `FAIL_OPEN`
    FailOpen,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WafFailureMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FailClose => "FAIL_CLOSE",
            Self::FailOpen => "FAIL_OPEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAIL_CLOSE", "FAIL_OPEN"]
    }
}
impl ::std::convert::From<WafFailureMode> for ::forma_core::Value<WafFailureMode> {
    fn from(v: WafFailureMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WafFailureMode {}

/// The `WafConfiguration` property type of `AWS::BedrockAgentCore::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct WafConfiguration {
    props: ::forma_core::schema::Props,
}
impl WafConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FailureMode`.
    pub fn failure_mode(mut self, value: impl ::forma_core::schema::EnumArg<WafFailureMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for WafConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WafConfiguration> for ::forma_core::Value<WafConfiguration> {
    fn from(v: WafConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WAF_CONFIGURATION_TYPE.properties))
    }
}

/// The `InterceptorInputConfiguration` property type of `AWS::BedrockAgentCore::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct InterceptorInputConfiguration {
    props: ::forma_core::schema::Props,
}
impl InterceptorInputConfiguration {
    /// A new value with its required properties: `PassRequestHeaders`.
    pub fn new(pass_request_headers: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, pass_request_headers.into().into_expr());
        Self { props }
    }
    /// `PayloadFilter`.
    pub fn payload_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InterceptorPayloadFilter>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InterceptorInputConfiguration> for ::forma_core::Value<InterceptorInputConfiguration> {
    fn from(v: InterceptorInputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERCEPTOR_INPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `InterceptorPayloadFilter` property type of `AWS::BedrockAgentCore::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct InterceptorPayloadFilter {
    props: ::forma_core::schema::Props,
}
impl InterceptorPayloadFilter {
    /// A new value with its required properties: `Exclude`.
    pub fn new(exclude: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, exclude.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InterceptorPayloadFilter> for ::forma_core::Value<InterceptorPayloadFilter> {
    fn from(v: InterceptorPayloadFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERCEPTOR_PAYLOAD_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Gateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::Gateway",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AuthorizerType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM_JWT", "AWS_IAM", "NONE", "AUTHENTICATE_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExceptionLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEBUG"]),
        },
        ::forma_core::schema::Property {
            name: "InterceptorConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GATEWAY_INTERCEPTOR_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][-]?){1,48}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyEngineConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_POLICY_ENGINE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProtocolConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ProtocolType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "WafConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WAF_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "CreatedAt",
        "GatewayArn",
        "GatewayIdentifier",
        "GatewayUrl",
        "Status",
        "StatusReasons",
        "UpdatedAt",
        "WebAclArn",
        "WorkloadIdentityDetails",
    ],
};

static GATEWAY_INTERCEPTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Gateway.GatewayInterceptorConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "InputConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INTERCEPTOR_INPUT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "InterceptionPoints",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["REQUEST", "RESPONSE"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Interceptor",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
        ],
        rules: &[],
    };

static GATEWAY_POLICY_ENGINE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Gateway.GatewayPolicyEngineConfiguration",
properties: &[
::forma_core::schema::Property { name: "Arn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:policy-engine\\/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9_]{10}$"), min_length: Some(1), max_length: Some(170) }) },
::forma_core::schema::Property { name: "Mode", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["LOG_ONLY", "ENFORCE"]) },
],
rules: &[],
};

static WAF_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Gateway.WafConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "FailureMode",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["FAIL_CLOSE", "FAIL_OPEN"]),
    }],
    rules: &[],
};

static INTERCEPTOR_INPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Gateway.InterceptorInputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "PassRequestHeaders",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PayloadFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERCEPTOR_PAYLOAD_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static INTERCEPTOR_PAYLOAD_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Gateway.InterceptorPayloadFilter",
    properties: &[::forma_core::schema::Property {
        name: "Exclude",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Json,
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};
