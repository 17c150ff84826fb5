// @generated from AWS::ApiGateway::Method (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::Method` and its property types.

/// The `AWS::ApiGateway::Method` resource creates API Gateway methods that define the parameters and body that clients must send in their requests.
///
/// CloudFormation type `AWS::ApiGateway::Method`.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    props: ::forma_core::schema::Props,
}
impl Method {
    /// A new resource with its required properties: `HttpMethod`, `ResourceId`, `RestApiId`.
    #[track_caller]
    pub fn new(
        http_method: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rest_api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, http_method.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, resource_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, rest_api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApiKeyRequired`.
    #[track_caller]
    pub fn api_key_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthorizationScopes`.
    #[track_caller]
    pub fn authorization_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The method's authorization type.
    #[track_caller]
    pub fn authorization_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthorizerId`.
    #[track_caller]
    pub fn authorizer_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Integration` is a property of the [AWS::ApiGateway::Method](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html) resource that specifies information about the target backend that a method calls.
    #[track_caller]
    pub fn integration(mut self, value: impl ::std::convert::Into<::forma_core::Value<Integration>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MethodResponses`.
    #[track_caller]
    pub fn method_responses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MethodResponse>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OperationName`.
    #[track_caller]
    pub fn operation_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RequestModels`.
    #[track_caller]
    pub fn request_models(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RequestParameters`.
    #[track_caller]
    pub fn request_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RequestValidatorId`.
    #[track_caller]
    pub fn request_validator_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Method {
    type Attributes = MethodAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::Method"
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
/// The attributes of a `AWS::ApiGateway::Method` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MethodAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MethodAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `INTERNET`, `VPC_LINK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionType {
    /// `INTERNET`
    Internet,
    /// `VPC_LINK`
    VpcLink,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internet => "INTERNET",
            Self::VpcLink => "VPC_LINK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTERNET", "VPC_LINK"]
    }
}
impl ::std::convert::From<ConnectionType> for ::forma_core::Value<ConnectionType> {
    fn from(v: ConnectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionType {}

/// The values CloudFormation documents: `CONVERT_TO_BINARY`, `CONVERT_TO_TEXT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentHandling {
    /// `CONVERT_TO_BINARY`
    ConvertToBinary,
    /// `CONVERT_TO_TEXT`
    ConvertToText,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentHandling {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConvertToBinary => "CONVERT_TO_BINARY",
            Self::ConvertToText => "CONVERT_TO_TEXT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]
    }
}
impl ::std::convert::From<ContentHandling> for ::forma_core::Value<ContentHandling> {
    fn from(v: ContentHandling) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentHandling {}

/// The values CloudFormation documents: `WHEN_NO_MATCH`, `WHEN_NO_TEMPLATES`, `NEVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PassthroughBehavior {
    /// `WHEN_NO_MATCH`
    WhenNoMatch,
    /// `WHEN_NO_TEMPLATES`
    WhenNoTemplates,
    /// `NEVER`
    Never,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PassthroughBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WhenNoMatch => "WHEN_NO_MATCH",
            Self::WhenNoTemplates => "WHEN_NO_TEMPLATES",
            Self::Never => "NEVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"]
    }
}
impl ::std::convert::From<PassthroughBehavior> for ::forma_core::Value<PassthroughBehavior> {
    fn from(v: PassthroughBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PassthroughBehavior {}

/// The values CloudFormation documents: `BUFFERED`, `STREAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseTransferMode {
    /// `BUFFERED`
    Buffered,
    /// `STREAM`
    Stream,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResponseTransferMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Buffered => "BUFFERED",
            Self::Stream => "STREAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BUFFERED", "STREAM"]
    }
}
impl ::std::convert::From<ResponseTransferMode> for ::forma_core::Value<ResponseTransferMode> {
    fn from(v: ResponseTransferMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResponseTransferMode {}

/// The values CloudFormation documents: `AWS`, `AWS_PROXY`, `HTTP`, `HTTP_PROXY`, `MOCK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AWS`
    Aws,
    /// `AWS_PROXY`
    AwsProxy,
    /// `HTTP`
    Http,
    /// `HTTP_PROXY`
    HttpProxy,
    /// `MOCK`
    Mock,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::AwsProxy => "AWS_PROXY",
            Self::Http => "HTTP",
            Self::HttpProxy => "HTTP_PROXY",
            Self::Mock => "MOCK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// `Integration` is a property of the [AWS::ApiGateway::Method](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html) resource that specifies information about the target backend that a method calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(14, type_.into_enum_expr());
        Self { props }
    }
    /// `CacheKeyParameters`.
    pub fn cache_key_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CacheNamespace`.
    pub fn cache_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConnectionId`.
    pub fn connection_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ConnectionType`.
    pub fn connection_type(mut self, value: impl ::forma_core::schema::EnumArg<ConnectionType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `ContentHandling`.
    pub fn content_handling(mut self, value: impl ::forma_core::schema::EnumArg<ContentHandling>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `Credentials`.
    pub fn credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `IntegrationHttpMethod`.
    pub fn integration_http_method(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `IntegrationResponses`.
    pub fn integration_responses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntegrationResponse>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `IntegrationTarget`.
    pub fn integration_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PassthroughBehavior`.
    pub fn passthrough_behavior(mut self, value: impl ::forma_core::schema::EnumArg<PassthroughBehavior>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// `RequestParameters`.
    pub fn request_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `RequestTemplates`.
    pub fn request_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ResponseTransferMode`.
    pub fn response_transfer_mode(mut self, value: impl ::forma_core::schema::EnumArg<ResponseTransferMode>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// `TimeoutInMillis`.
    ///
    /// Allowed: at least 50.
    pub fn timeout_in_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Uri`.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Integration> for ::forma_core::Value<Integration> {
    fn from(v: Integration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_TYPE.properties))
    }
}

/// The `MethodResponse` property type of `AWS::ApiGateway::Method`.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodResponse {
    props: ::forma_core::schema::Props,
}
impl MethodResponse {
    /// A new value with its required properties: `StatusCode`.
    pub fn new(status_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, status_code.into().into_expr());
        Self { props }
    }
    /// `ResponseModels`.
    pub fn response_models(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ResponseParameters`.
    pub fn response_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MethodResponse> for ::forma_core::Value<MethodResponse> {
    fn from(v: MethodResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METHOD_RESPONSE_TYPE.properties))
    }
}

/// `IntegrationResponse` is a property of the [Amazon API Gateway Method Integration](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html) property type that specifies the response that API Gateway sends after a method's backend finishes processing a request.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationResponse {
    props: ::forma_core::schema::Props,
}
impl IntegrationResponse {
    /// A new value with its required properties: `StatusCode`.
    pub fn new(status_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, status_code.into().into_expr());
        Self { props }
    }
    /// `ContentHandling`.
    pub fn content_handling(mut self, value: impl ::forma_core::schema::EnumArg<ContentHandling>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ResponseParameters`.
    pub fn response_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResponseTemplates`.
    pub fn response_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SelectionPattern`.
    pub fn selection_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IntegrationResponse> for ::forma_core::Value<IntegrationResponse> {
    fn from(v: IntegrationResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_RESPONSE_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGateway::Method`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::Method",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKeyRequired",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AuthorizationScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HttpMethod",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Integration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGRATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MethodResponses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METHOD_RESPONSE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OperationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RequestModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RequestParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Json),
        },
        ::forma_core::schema::Property {
            name: "RequestValidatorId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};

static INTEGRATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::Method.Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CacheKeyParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CacheNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConnectionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConnectionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INTERNET", "VPC_LINK"]),
        },
        ::forma_core::schema::Property {
            name: "ContentHandling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]),
        },
        ::forma_core::schema::Property {
            name: "Credentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegrationHttpMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegrationResponses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTEGRATION_RESPONSE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IntegrationTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PassthroughBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"]),
        },
        ::forma_core::schema::Property {
            name: "RequestParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RequestTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ResponseTransferMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BUFFERED", "STREAM"]),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(50.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"]),
        },
        ::forma_core::schema::Property {
            name: "Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METHOD_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::Method.MethodResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResponseModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ResponseParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Json),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INTEGRATION_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::Method.IntegrationResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentHandling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]),
        },
        ::forma_core::schema::Property {
            name: "ResponseParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ResponseTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "SelectionPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
