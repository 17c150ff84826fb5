// @generated from AWS::MediaTailor::Function (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::Function` and its property types.

/// Resource Type definition for AWS::MediaTailor::Function
///
/// CloudFormation type `AWS::MediaTailor::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new resource with its required properties: `FunctionId`, `FunctionType`.
    #[track_caller]
    pub fn new(
        function_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_type: impl ::forma_core::schema::EnumArg<FunctionType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, function_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, function_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration for an AWS_SERVICE_REQUEST function.
    #[track_caller]
    pub fn aws_service_request_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsServiceRequestConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for a CONCURRENT_EXECUTOR function.
    #[track_caller]
    pub fn concurrent_executor_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConcurrentExecutorConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for custom output functions.
    #[track_caller]
    pub fn custom_output_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomOutputConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the function.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for HTTP request functions.
    #[track_caller]
    pub fn http_request_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpRequestConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for a SEQUENTIAL_EXECUTOR function.
    #[track_caller]
    pub fn sequential_executor_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SequentialExecutorConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to assign to the function resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for a VAST_REQUEST function.
    #[track_caller]
    pub fn vast_request_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VastRequestConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Function {
    type Attributes = FunctionAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::Function"
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
/// The attributes of a `AWS::MediaTailor::Function` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FunctionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FunctionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FunctionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `HTTP_REQUEST`, `AWS_SERVICE_REQUEST`, `CUSTOM_OUTPUT`, `CONCURRENT_EXECUTOR`, `SEQUENTIAL_EXECUTOR`, `VAST_REQUEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionType {
    /// `HTTP_REQUEST`
    HttpRequest,
    /// `AWS_SERVICE_REQUEST`
    AwsServiceRequest,
    /// `CUSTOM_OUTPUT`
    CustomOutput,
    /// `CONCURRENT_EXECUTOR`
    ConcurrentExecutor,
    /// `SEQUENTIAL_EXECUTOR`
    SequentialExecutor,
    /// `VAST_REQUEST`
    VastRequest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FunctionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HttpRequest => "HTTP_REQUEST",
            Self::AwsServiceRequest => "AWS_SERVICE_REQUEST",
            Self::CustomOutput => "CUSTOM_OUTPUT",
            Self::ConcurrentExecutor => "CONCURRENT_EXECUTOR",
            Self::SequentialExecutor => "SEQUENTIAL_EXECUTOR",
            Self::VastRequest => "VAST_REQUEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "HTTP_REQUEST",
            "AWS_SERVICE_REQUEST",
            "CUSTOM_OUTPUT",
            "CONCURRENT_EXECUTOR",
            "SEQUENTIAL_EXECUTOR",
            "VAST_REQUEST",
        ]
    }
}
impl ::std::convert::From<FunctionType> for ::forma_core::Value<FunctionType> {
    fn from(v: FunctionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FunctionType {}

/// The values CloudFormation documents: `GET`, `POST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MethodType {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MethodType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "POST"]
    }
}
impl ::std::convert::From<MethodType> for ::forma_core::Value<MethodType> {
    fn from(v: MethodType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MethodType {}

/// The values CloudFormation documents: `JSONATA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuntimeType {
    /// `JSONATA`
    Jsonata,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuntimeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jsonata => "JSONATA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSONATA"]
    }
}
impl ::std::convert::From<RuntimeType> for ::forma_core::Value<RuntimeType> {
    fn from(v: RuntimeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuntimeType {}

/// The configuration for an AWS_SERVICE_REQUEST function.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsServiceRequestConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsServiceRequestConfiguration {
    /// A new value with its required properties: `MethodType`, `RequestTimeoutMilliseconds`, `Runtime`, `TargetRegion`, `TargetService`, `Url`.
    pub fn new(
        method_type: impl ::forma_core::schema::EnumArg<MethodType>,
        request_timeout_milliseconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        runtime: impl ::forma_core::schema::EnumArg<RuntimeType>,
        target_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_service: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, method_type.into_enum_expr());
        props.set(4, request_timeout_milliseconds.into().into_expr());
        props.set(5, runtime.into_enum_expr());
        props.set(6, target_region.into().into_expr());
        props.set(7, target_service.into().into_expr());
        props.set(8, url.into().into_expr());
        Self { props }
    }
    /// An expression that evaluates to the request body for the AWS service API call.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map of HTTP header names to expression values.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A map of output bindings.
    pub fn output(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsServiceRequestConfiguration> for ::forma_core::Value<AwsServiceRequestConfiguration> {
    fn from(v: AwsServiceRequestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_SERVICE_REQUEST_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration for a CONCURRENT_EXECUTOR function.
#[derive(Debug, Clone, PartialEq)]
pub struct ConcurrentExecutorConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConcurrentExecutorConfiguration {
    /// A new value with its required properties: `FunctionList`, `MaxConcurrency`, `Output`, `Runtime`, `TimeoutMilliseconds`.
    pub fn new(
        function_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FunctionRef>>>,
        max_concurrency: impl ::std::convert::Into<::forma_core::Value<i64>>,
        output: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        runtime: impl ::forma_core::schema::EnumArg<RuntimeType>,
        timeout_milliseconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_list.into().into_expr());
        props.set(1, max_concurrency.into().into_expr());
        props.set(2, output.into().into_expr());
        props.set(3, runtime.into_enum_expr());
        props.set(4, timeout_milliseconds.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConcurrentExecutorConfiguration> for ::forma_core::Value<ConcurrentExecutorConfiguration> {
    fn from(v: ConcurrentExecutorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONCURRENT_EXECUTOR_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for custom output functions.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomOutputConfiguration {
    /// A new value with its required properties: `Runtime`.
    pub fn new(runtime: impl ::forma_core::schema::EnumArg<RuntimeType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, runtime.into_enum_expr());
        Self { props }
    }
    /// A map of output key-value pairs that define the custom output.
    pub fn output(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomOutputConfiguration> for ::forma_core::Value<CustomOutputConfiguration> {
    fn from(v: CustomOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for HTTP request functions.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequestConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpRequestConfiguration {
    /// A new value with its required properties: `MethodType`, `RequestTimeoutMilliseconds`, `Runtime`, `Url`.
    pub fn new(
        method_type: impl ::forma_core::schema::EnumArg<MethodType>,
        request_timeout_milliseconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        runtime: impl ::forma_core::schema::EnumArg<RuntimeType>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, method_type.into_enum_expr());
        props.set(4, request_timeout_milliseconds.into().into_expr());
        props.set(5, runtime.into_enum_expr());
        props.set(6, url.into().into_expr());
        Self { props }
    }
    /// The body of the HTTP request.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map of HTTP headers to include in the request.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A map of output key-value pairs.
    pub fn output(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HttpRequestConfiguration> for ::forma_core::Value<HttpRequestConfiguration> {
    fn from(v: HttpRequestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_REQUEST_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration for a SEQUENTIAL_EXECUTOR function.
#[derive(Debug, Clone, PartialEq)]
pub struct SequentialExecutorConfiguration {
    props: ::forma_core::schema::Props,
}
impl SequentialExecutorConfiguration {
    /// A new value with its required properties: `FunctionList`, `Runtime`, `TimeoutMilliseconds`.
    pub fn new(
        function_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FunctionRef>>>,
        runtime: impl ::forma_core::schema::EnumArg<RuntimeType>,
        timeout_milliseconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_list.into().into_expr());
        props.set(2, runtime.into_enum_expr());
        props.set(3, timeout_milliseconds.into().into_expr());
        Self { props }
    }
    /// A map of output bindings that controls which bindings the sequence commits to the session state after all steps complete.
    pub fn output(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SequentialExecutorConfiguration> for ::forma_core::Value<SequentialExecutorConfiguration> {
    fn from(v: SequentialExecutorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEQUENTIAL_EXECUTOR_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaTailor::Function`.
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

/// The configuration for a VAST_REQUEST function.
#[derive(Debug, Clone, PartialEq)]
pub struct VastRequestConfiguration {
    props: ::forma_core::schema::Props,
}
impl VastRequestConfiguration {
    /// A new value with its required properties: `MethodType`, `RequestTimeoutMilliseconds`, `Runtime`, `Url`.
    pub fn new(
        method_type: impl ::forma_core::schema::EnumArg<MethodType>,
        request_timeout_milliseconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        runtime: impl ::forma_core::schema::EnumArg<RuntimeType>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, method_type.into_enum_expr());
        props.set(4, request_timeout_milliseconds.into().into_expr());
        props.set(5, runtime.into_enum_expr());
        props.set(6, url.into().into_expr());
        Self { props }
    }
    /// An expression that evaluates to the request body, for example to send an OpenRTB bid request.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map of HTTP header names to expression values.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A map of output bindings.
    pub fn output(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VastRequestConfiguration> for ::forma_core::Value<VastRequestConfiguration> {
    fn from(v: VastRequestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VAST_REQUEST_CONFIGURATION_TYPE.properties))
    }
}

/// A reference to a child function within an executor function.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionRef {
    props: ::forma_core::schema::Props,
}
impl FunctionRef {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An optional alternate name for the child function within the executor.
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the child function to execute.
    pub fn function_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional expression that evaluates to a boolean.
    pub fn run_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FunctionRef {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FunctionRef> for ::forma_core::Value<FunctionRef> {
    fn from(v: FunctionRef) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_REF_TYPE.properties))
    }
}

/// The schema of `AWS::MediaTailor::Function`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::Function",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsServiceRequestConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_SERVICE_REQUEST_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConcurrentExecutorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONCURRENT_EXECUTOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomOutputConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_OUTPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "HTTP_REQUEST",
                "AWS_SERVICE_REQUEST",
                "CUSTOM_OUTPUT",
                "CONCURRENT_EXECUTOR",
                "SEQUENTIAL_EXECUTOR",
                "VAST_REQUEST",
            ]),
        },
        ::forma_core::schema::Property {
            name: "HttpRequestConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_REQUEST_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SequentialExecutorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEQUENTIAL_EXECUTOR_CONFIGURATION_TYPE),
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
            name: "VastRequestConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VAST_REQUEST_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static AWS_SERVICE_REQUEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::Function.AwsServiceRequestConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Body",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Headers",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "MethodType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
            },
            ::forma_core::schema::Property {
                name: "Output",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "RequestTimeoutMilliseconds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(100.0),
                    maximum: Some(2000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Runtime",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["JSONATA"]),
            },
            ::forma_core::schema::Property {
                name: "TargetRegion",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "TargetService",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-z0-9-]+"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "Url",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static CONCURRENT_EXECUTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::Function.ConcurrentExecutorConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FunctionList",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&FUNCTION_REF_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
                ),
            },
            ::forma_core::schema::Property {
                name: "MaxConcurrency",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(2.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Output",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "Runtime",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["JSONATA"]),
            },
            ::forma_core::schema::Property {
                name: "TimeoutMilliseconds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(100.0),
                    maximum: Some(2000.0),
                }),
            },
        ],
        rules: &[],
    };

static CUSTOM_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Function.CustomOutputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Output",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSONATA"]),
        },
    ],
    rules: &[],
};

static HTTP_REQUEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Function.HttpRequestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "MethodType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
        },
        ::forma_core::schema::Property {
            name: "Output",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RequestTimeoutMilliseconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSONATA"]),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SEQUENTIAL_EXECUTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::Function.SequentialExecutorConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FunctionList",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&FUNCTION_REF_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Output",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "Runtime",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["JSONATA"]),
            },
            ::forma_core::schema::Property {
                name: "TimeoutMilliseconds",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Function.Tag",
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

static VAST_REQUEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Function.VastRequestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "MethodType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
        },
        ::forma_core::schema::Property {
            name: "Output",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RequestTimeoutMilliseconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(100.0),
                maximum: Some(2000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSONATA"]),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FUNCTION_REF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Function.FunctionRef",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RunCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
