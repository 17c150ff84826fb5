// @generated from AWS::AppSync::FunctionConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::FunctionConfiguration` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::AppSync::FunctionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionConfiguration {
    props: ::forma_core::schema::Props,
}
impl FunctionConfiguration {
    /// A new resource with its required properties: `ApiId`, `DataSourceName`, `Name`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, data_source_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The resolver code that contains the request and response functions.
    ///
    /// Allowed: length 1 to 32768.
    #[track_caller]
    pub fn code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 endpoint (where the code is located??).
    #[track_caller]
    pub fn code_s3_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The function description.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the request mapping template.
    #[track_caller]
    pub fn function_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of resolver request inputs that will be sent to a single AWS Lambda function in a BatchInvoke operation.
    ///
    /// Allowed: 0 to 2000.
    #[track_caller]
    pub fn max_batch_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Function request mapping template.
    ///
    /// Allowed: length 0 to 65536.
    #[track_caller]
    pub fn request_mapping_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes a Sync configuration for a resolver.
    #[track_caller]
    pub fn request_mapping_template_s3_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Function response mapping template.
    ///
    /// Allowed: length 0 to 65536.
    #[track_caller]
    pub fn response_mapping_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The location of a response mapping template in an Amazon S3 bucket.
    #[track_caller]
    pub fn response_mapping_template_s3_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes a runtime used by an AWS AppSync pipeline resolver or AWS AppSync function.
    #[track_caller]
    pub fn runtime(mut self, value: impl ::std::convert::Into<::forma_core::Value<AppSyncRuntime>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes a Sync configuration for a resolver.
    #[track_caller]
    pub fn sync_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SyncConfig>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FunctionConfiguration {
    type Attributes = FunctionConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::FunctionConfiguration"
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
/// The attributes of a `AWS::AppSync::FunctionConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FunctionConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FunctionConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FunctionConfigurationAttributes {
    /// `Fn::GetAtt` `FunctionArn`.
    pub fn function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionArn")
    }
    /// `Fn::GetAtt` `FunctionId`.
    pub fn function_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionId")
    }
}

/// The values CloudFormation documents: `APPSYNC_JS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `APPSYNC_JS`
    AppsyncJs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppsyncJs => "APPSYNC_JS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPSYNC_JS"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// Describes a runtime used by an AWS AppSync pipeline resolver or AWS AppSync function.
#[derive(Debug, Clone, PartialEq)]
pub struct AppSyncRuntime {
    props: ::forma_core::schema::Props,
}
impl AppSyncRuntime {
    /// A new value with its required properties: `Name`, `RuntimeVersion`.
    pub fn new(
        name: impl ::forma_core::schema::EnumArg<Name>,
        runtime_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into_enum_expr());
        props.set(1, runtime_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AppSyncRuntime> for ::forma_core::Value<AppSyncRuntime> {
    fn from(v: AppSyncRuntime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_SYNC_RUNTIME_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `VERSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConflictDetection {
    /// `NONE`
    None,
    /// `VERSION`
    Version,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConflictDetection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Version => "VERSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "VERSION"]
    }
}
impl ::std::convert::From<ConflictDetection> for ::forma_core::Value<ConflictDetection> {
    fn from(v: ConflictDetection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConflictDetection {}

/// The values CloudFormation documents: `AUTOMERGE`, `LAMBDA`, `NONE`, `OPTIMISTIC_CONCURRENCY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConflictHandler {
    /// `AUTOMERGE`
    Automerge,
    /// `LAMBDA`
    Lambda,
    /// `NONE`
    None,
    /// `OPTIMISTIC_CONCURRENCY`
    OptimisticConcurrency,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConflictHandler {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automerge => "AUTOMERGE",
            Self::Lambda => "LAMBDA",
            Self::None => "NONE",
            Self::OptimisticConcurrency => "OPTIMISTIC_CONCURRENCY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMERGE", "LAMBDA", "NONE", "OPTIMISTIC_CONCURRENCY"]
    }
}
impl ::std::convert::From<ConflictHandler> for ::forma_core::Value<ConflictHandler> {
    fn from(v: ConflictHandler) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConflictHandler {}

/// Describes a Sync configuration for a resolver.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncConfig {
    props: ::forma_core::schema::Props,
}
impl SyncConfig {
    /// A new value with its required properties: `ConflictDetection`.
    pub fn new(conflict_detection: impl ::forma_core::schema::EnumArg<ConflictDetection>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, conflict_detection.into_enum_expr());
        Self { props }
    }
    /// The Conflict Resolution strategy to perform in the event of a conflict.
    pub fn conflict_handler(mut self, value: impl ::forma_core::schema::EnumArg<ConflictHandler>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The LambdaConflictHandlerConfig when configuring LAMBDA as the Conflict Handler.
    pub fn lambda_conflict_handler_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaConflictHandlerConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SyncConfig> for ::forma_core::Value<SyncConfig> {
    fn from(v: SyncConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYNC_CONFIG_TYPE.properties))
    }
}

/// The LambdaConflictHandlerConfig when configuring LAMBDA as the Conflict Handler.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConflictHandlerConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConflictHandlerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) for the Lambda function to use as the Conflict Handler.
    pub fn lambda_conflict_handler_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaConflictHandlerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaConflictHandlerConfig> for ::forma_core::Value<LambdaConflictHandlerConfig> {
    fn from(v: LambdaConflictHandlerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFLICT_HANDLER_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppSync::FunctionConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::FunctionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Code",
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
            name: "DataSourceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[_A-Za-z][_0-9A-Za-z]*$"),
                min_length: Some(1),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxBatchSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[_A-Za-z][_0-9A-Za-z]*$"),
                min_length: Some(1),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "RequestMappingTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "RequestMappingTemplateS3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseMappingTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(65536),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseMappingTemplateS3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APP_SYNC_RUNTIME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SyncConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYNC_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["FunctionArn", "FunctionId"],
};

static APP_SYNC_RUNTIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::FunctionConfiguration.AppSyncRuntime",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["APPSYNC_JS"]),
        },
        ::forma_core::schema::Property {
            name: "RuntimeVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SYNC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::FunctionConfiguration.SyncConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConflictDetection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "VERSION"]),
        },
        ::forma_core::schema::Property {
            name: "ConflictHandler",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMERGE", "LAMBDA", "NONE", "OPTIMISTIC_CONCURRENCY"]),
        },
        ::forma_core::schema::Property {
            name: "LambdaConflictHandlerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFLICT_HANDLER_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static LAMBDA_CONFLICT_HANDLER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppSync::FunctionConfiguration.LambdaConflictHandlerConfig",
    properties: &[::forma_core::schema::Property {
        name: "LambdaConflictHandlerArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
