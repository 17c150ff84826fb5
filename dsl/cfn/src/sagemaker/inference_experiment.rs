// @generated from AWS::SageMaker::InferenceExperiment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::InferenceExperiment` and its property types.

/// Resource Type definition for AWS::SageMaker::InferenceExperiment
///
/// CloudFormation type `AWS::SageMaker::InferenceExperiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceExperiment {
    props: ::forma_core::schema::Props,
}
impl InferenceExperiment {
    /// A new resource with its required properties: `EndpointName`, `ModelVariants`, `Name`, `RoleArn`, `Type`.
    #[track_caller]
    pub fn new(
        endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_variants: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ModelVariantConfig>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, model_variants.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon S3 location and configuration for storing inference request and response data.
    #[track_caller]
    pub fn data_storage_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataStorageConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the inference experiment.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired state of the experiment after starting or stopping operation.
    #[track_caller]
    pub fn desired_state(mut self, value: impl ::forma_core::schema::EnumArg<DesiredState>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The duration for which you want the inference experiment to run.
    #[track_caller]
    pub fn schedule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceExperimentSchedule>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of ShadowMode inference experiment type.
    #[track_caller]
    pub fn shadow_mode_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ShadowModeConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The error message or client-specified reason from the StopInferenceExperiment API, that explains the status of the inference experiment.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn status_reason(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InferenceExperiment {
    type Attributes = InferenceExperimentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::InferenceExperiment"
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
/// The attributes of a `AWS::SageMaker::InferenceExperiment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InferenceExperimentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InferenceExperimentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InferenceExperimentAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `EndpointMetadata`.
    pub fn endpoint_metadata(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EndpointMetadata")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `Running`, `Completed`, `Cancelled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesiredState {
    /// `Running`
    Running,
    /// `Completed`
    Completed,
    /// `Cancelled`
    Cancelled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DesiredState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "Running",
            Self::Completed => "Completed",
            Self::Cancelled => "Cancelled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Running", "Completed", "Cancelled"]
    }
}
impl ::std::convert::From<DesiredState> for ::forma_core::Value<DesiredState> {
    fn from(v: DesiredState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DesiredState {}

/// The values CloudFormation documents: `ShadowMode`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `ShadowMode`
    ShadowMode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShadowMode => "ShadowMode",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ShadowMode"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The Amazon S3 location and configuration for storing inference request and response data.
#[derive(Debug, Clone, PartialEq)]
pub struct DataStorageConfig {
    props: ::forma_core::schema::Props,
}
impl DataStorageConfig {
    /// A new value with its required properties: `Destination`.
    pub fn new(destination: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, destination.into().into_expr());
        Self { props }
    }
    /// Configuration specifying how to treat different headers.
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CaptureContentTypeHeader>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS Key Management Service key that Amazon SageMaker uses to encrypt captured data at rest using Amazon S3 server-side encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataStorageConfig> for ::forma_core::Value<DataStorageConfig> {
    fn from(v: DataStorageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_STORAGE_CONFIG_TYPE.properties))
    }
}

/// Contains information about the deployment options of a model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelVariantConfig {
    props: ::forma_core::schema::Props,
}
impl ModelVariantConfig {
    /// A new value with its required properties: `InfrastructureConfig`, `ModelName`, `VariantName`.
    pub fn new(
        infrastructure_config: impl ::std::convert::Into<::forma_core::Value<ModelInfrastructureConfig>>,
        model_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variant_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, infrastructure_config.into().into_expr());
        props.set(1, model_name.into().into_expr());
        props.set(2, variant_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelVariantConfig> for ::forma_core::Value<ModelVariantConfig> {
    fn from(v: ModelVariantConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_VARIANT_CONFIG_TYPE.properties))
    }
}

/// The duration for which you want the inference experiment to run.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceExperimentSchedule {
    props: ::forma_core::schema::Props,
}
impl InferenceExperimentSchedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The timestamp at which the inference experiment ended or will end.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timestamp at which the inference experiment started or will start.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceExperimentSchedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceExperimentSchedule> for ::forma_core::Value<InferenceExperimentSchedule> {
    fn from(v: InferenceExperimentSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_EXPERIMENT_SCHEDULE_TYPE.properties))
    }
}

/// The configuration of ShadowMode inference experiment type.
#[derive(Debug, Clone, PartialEq)]
pub struct ShadowModeConfig {
    props: ::forma_core::schema::Props,
}
impl ShadowModeConfig {
    /// A new value with its required properties: `ShadowModelVariants`, `SourceModelVariantName`.
    pub fn new(
        shadow_model_variants: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ShadowModelVariantConfig>>>,
        source_model_variant_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, shadow_model_variants.into().into_expr());
        props.set(1, source_model_variant_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ShadowModeConfig> for ::forma_core::Value<ShadowModeConfig> {
    fn from(v: ShadowModeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHADOW_MODE_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// Configuration specifying how to treat different headers.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptureContentTypeHeader {
    props: ::forma_core::schema::Props,
}
impl CaptureContentTypeHeader {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of all content type headers that SageMaker will treat as CSV and capture accordingly.
    pub fn csv_content_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of all content type headers that SageMaker will treat as JSON and capture accordingly.
    pub fn json_content_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptureContentTypeHeader {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptureContentTypeHeader> for ::forma_core::Value<CaptureContentTypeHeader> {
    fn from(v: CaptureContentTypeHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTURE_CONTENT_TYPE_HEADER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RealTimeInference`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InfrastructureType {
    /// `RealTimeInference`
    RealTimeInference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InfrastructureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RealTimeInference => "RealTimeInference",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RealTimeInference"]
    }
}
impl ::std::convert::From<InfrastructureType> for ::forma_core::Value<InfrastructureType> {
    fn from(v: InfrastructureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InfrastructureType {}

/// The configuration for the infrastructure that the model will be deployed to.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelInfrastructureConfig {
    props: ::forma_core::schema::Props,
}
impl ModelInfrastructureConfig {
    /// A new value with its required properties: `InfrastructureType`, `RealTimeInferenceConfig`.
    pub fn new(
        infrastructure_type: impl ::forma_core::schema::EnumArg<InfrastructureType>,
        real_time_inference_config: impl ::std::convert::Into<::forma_core::Value<RealTimeInferenceConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, infrastructure_type.into_enum_expr());
        props.set(1, real_time_inference_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelInfrastructureConfig> for ::forma_core::Value<ModelInfrastructureConfig> {
    fn from(v: ModelInfrastructureConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_INFRASTRUCTURE_CONFIG_TYPE.properties))
    }
}

/// The name and sampling percentage of a shadow variant.
#[derive(Debug, Clone, PartialEq)]
pub struct ShadowModelVariantConfig {
    props: ::forma_core::schema::Props,
}
impl ShadowModelVariantConfig {
    /// A new value with its required properties: `SamplingPercentage`, `ShadowModelVariantName`.
    pub fn new(
        sampling_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>,
        shadow_model_variant_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sampling_percentage.into().into_expr());
        props.set(1, shadow_model_variant_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ShadowModelVariantConfig> for ::forma_core::Value<ShadowModelVariantConfig> {
    fn from(v: ShadowModelVariantConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHADOW_MODEL_VARIANT_CONFIG_TYPE.properties))
    }
}

/// The infrastructure configuration for deploying the model to a real-time inference endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct RealTimeInferenceConfig {
    props: ::forma_core::schema::Props,
}
impl RealTimeInferenceConfig {
    /// A new value with its required properties: `InstanceCount`, `InstanceType`.
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_count.into().into_expr());
        props.set(1, instance_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RealTimeInferenceConfig> for ::forma_core::Value<RealTimeInferenceConfig> {
    fn from(v: RealTimeInferenceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REAL_TIME_INFERENCE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::InferenceExperiment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::InferenceExperiment",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataStorageConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_STORAGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DesiredState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Running", "Completed", "Cancelled"]),
        },
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelVariants",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MODEL_VARIANT_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$"),
                min_length: Some(1),
                max_length: Some(120),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_EXPERIMENT_SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ShadowModeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHADOW_MODE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StatusReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ShadowMode"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationTime", "LastModifiedTime", "EndpointMetadata", "Status"],
};

static DATA_STORAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.DataStorageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTURE_CONTENT_TYPE_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/])/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static MODEL_VARIANT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.ModelVariantConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InfrastructureConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_INFRASTRUCTURE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "VariantName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static INFERENCE_EXPERIMENT_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.InferenceExperimentSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SHADOW_MODE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.ShadowModeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ShadowModelVariants",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SHADOW_MODEL_VARIANT_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceModelVariantName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.Tag",
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

static CAPTURE_CONTENT_TYPE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.CaptureContentTypeHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "CsvContentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*/[a-zA-Z0-9](-*[a-zA-Z0-9.])*"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "JsonContentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*/[a-zA-Z0-9](-*[a-zA-Z0-9.])*"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static MODEL_INFRASTRUCTURE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.ModelInfrastructureConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InfrastructureType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RealTimeInference"]),
        },
        ::forma_core::schema::Property {
            name: "RealTimeInferenceConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REAL_TIME_INFERENCE_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SHADOW_MODEL_VARIANT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.ShadowModelVariantConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SamplingPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShadowModelVariantName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static REAL_TIME_INFERENCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceExperiment.RealTimeInferenceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
