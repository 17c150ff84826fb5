// @generated from AWS::SageMaker::EndpointConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::EndpointConfig` and its property types.

/// Resource Type definition for AWS::SageMaker::EndpointConfig
///
/// CloudFormation type `AWS::SageMaker::EndpointConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointConfig {
    props: ::forma_core::schema::Props,
}
impl EndpointConfig {
    /// A new resource with its required properties: `ProductionVariants`.
    #[track_caller]
    pub fn new(
        production_variants: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProductionVariant>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, production_variants.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies configuration for how an endpoint performs asynchronous inference.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn async_inference_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AsyncInferenceConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies how to capture endpoint data for model monitor.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_capture_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataCaptureConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets whether all model containers deployed to the endpoint are isolated.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enable_network_isolation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the endpoint configuration.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_config_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform actions on your behalf.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A parameter to activate explainers.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn explainer_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ExplainerConfig>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of an AWS Key Management Service key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the metrics that the endpoint publishes to Amazon CloudWatch, the frequency of publication, and whether to enable enhanced or detailed observability metrics.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metrics_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Array of ProductionVariant objects.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn shadow_production_variants(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProductionVariant>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EndpointConfig {
    type Attributes = EndpointConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::EndpointConfig"
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
/// The attributes of a `AWS::SageMaker::EndpointConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointConfigAttributes {
    /// `Fn::GetAtt` `EndpointConfigArn`.
    pub fn endpoint_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointConfigArn")
    }
}

/// Specifies configuration for how an endpoint performs asynchronous inference.
#[derive(Debug, Clone, PartialEq)]
pub struct AsyncInferenceConfig {
    props: ::forma_core::schema::Props,
}
impl AsyncInferenceConfig {
    /// A new value with its required properties: `OutputConfig`.
    pub fn new(output_config: impl ::std::convert::Into<::forma_core::Value<AsyncInferenceOutputConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, output_config.into().into_expr());
        Self { props }
    }
    /// Configures the behavior of the client used by SageMaker to interact with the model container during asynchronous inference.
    pub fn client_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AsyncInferenceClientConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AsyncInferenceConfig> for ::forma_core::Value<AsyncInferenceConfig> {
    fn from(v: AsyncInferenceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASYNC_INFERENCE_CONFIG_TYPE.properties))
    }
}

/// Specifies how to capture endpoint data for model monitor.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCaptureConfig {
    props: ::forma_core::schema::Props,
}
impl DataCaptureConfig {
    /// A new value with its required properties: `CaptureOptions`, `DestinationS3Uri`, `InitialSamplingPercentage`.
    pub fn new(
        capture_options: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CaptureOption>>>,
        destination_s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        initial_sampling_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, capture_options.into().into_expr());
        props.set(2, destination_s3_uri.into().into_expr());
        props.set(4, initial_sampling_percentage.into().into_expr());
        Self { props }
    }
    /// A list of the JSON and CSV content type that the endpoint captures.
    pub fn capture_content_type_header(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CaptureContentTypeHeader>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Set to True to enable data capture.
    pub fn enable_capture(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt the captured data at rest using Amazon S3 server-side encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataCaptureConfig> for ::forma_core::Value<DataCaptureConfig> {
    fn from(v: DataCaptureConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CAPTURE_CONFIG_TYPE.properties))
    }
}

/// A parameter to activate explainers.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainerConfig {
    props: ::forma_core::schema::Props,
}
impl ExplainerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A member of ExplainerConfig that contains configuration parameters for the SageMaker Clarify explainer.
    pub fn clarify_explainer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClarifyExplainerConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExplainerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExplainerConfig> for ::forma_core::Value<ExplainerConfig> {
    fn from(v: ExplainerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPLAINER_CONFIG_TYPE.properties))
    }
}

/// Specifies the metrics that the endpoint publishes to Amazon CloudWatch, the frequency of publication, and whether to enable enhanced or detailed observability metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsConfig {
    props: ::forma_core::schema::Props,
}
impl MetricsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether to enable detailed observability for the endpoint.
    pub fn enable_detailed_observability(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether to enable enhanced metrics for the endpoint.
    pub fn enable_enhanced_metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The interval, in seconds, at which the endpoint publishes metrics to Amazon CloudWatch.
    ///
    /// Allowed: one of 10, 30, 60, 120, 180, 240, 300.
    pub fn metric_publish_frequency_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetricsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricsConfig> for ::forma_core::Value<MetricsConfig> {
    fn from(v: MetricsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `al2-ami-sagemaker-inference-gpu-2`, `al2-ami-sagemaker-inference-gpu-2-1`, `al2-ami-sagemaker-inference-gpu-3-1`, `al2-ami-sagemaker-inference-neuron-2`, `al2023-ami-sagemaker-inference-gpu-4-1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InferenceAmiVersion {
    /// `al2-ami-sagemaker-inference-gpu-2`
    Al2AmiSagemakerInferenceGpu2,
    /// `al2-ami-sagemaker-inference-gpu-2-1`
    Al2AmiSagemakerInferenceGpu21,
    /// `al2-ami-sagemaker-inference-gpu-3-1`
    Al2AmiSagemakerInferenceGpu31,
    /// `al2-ami-sagemaker-inference-neuron-2`
    Al2AmiSagemakerInferenceNeuron2,
    /// `al2023-ami-sagemaker-inference-gpu-4-1`
    Al2023AmiSagemakerInferenceGpu41,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InferenceAmiVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Al2AmiSagemakerInferenceGpu2 => "al2-ami-sagemaker-inference-gpu-2",
            Self::Al2AmiSagemakerInferenceGpu21 => "al2-ami-sagemaker-inference-gpu-2-1",
            Self::Al2AmiSagemakerInferenceGpu31 => "al2-ami-sagemaker-inference-gpu-3-1",
            Self::Al2AmiSagemakerInferenceNeuron2 => "al2-ami-sagemaker-inference-neuron-2",
            Self::Al2023AmiSagemakerInferenceGpu41 => "al2023-ami-sagemaker-inference-gpu-4-1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "al2-ami-sagemaker-inference-gpu-2",
            "al2-ami-sagemaker-inference-gpu-2-1",
            "al2-ami-sagemaker-inference-gpu-3-1",
            "al2-ami-sagemaker-inference-neuron-2",
            "al2023-ami-sagemaker-inference-gpu-4-1",
        ]
    }
}
impl ::std::convert::From<InferenceAmiVersion> for ::forma_core::Value<InferenceAmiVersion> {
    fn from(v: InferenceAmiVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InferenceAmiVersion {}

/// The values CloudFormation documents: `ml.c4.2xlarge`, `ml.c4.4xlarge`, `ml.c4.8xlarge`, `ml.c4.large`, `ml.c4.xlarge`, `ml.c5.18xlarge`, `ml.c5.2xlarge`, `ml.c5.4xlarge`, `ml.c5.9xlarge`, `ml.c5.large`, `ml.c5.xlarge`, `ml.c5d.18xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `ml.c4.2xlarge`
    MlC42xlarge,
    /// `ml.c4.4xlarge`
    MlC44xlarge,
    /// `ml.c4.8xlarge`
    MlC48xlarge,
    /// `ml.c4.large`
    MlC4Large,
    /// `ml.c4.xlarge`
    MlC4Xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.large`
    MlC5Large,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5d.18xlarge`
    MlC5D18xlarge,
    /// `ml.c5d.2xlarge`
    MlC5D2xlarge,
    /// `ml.c5d.4xlarge`
    MlC5D4xlarge,
    /// `ml.c5d.9xlarge`
    MlC5D9xlarge,
    /// `ml.c5d.large`
    MlC5DLarge,
    /// `ml.c5d.xlarge`
    MlC5DXlarge,
    /// `ml.c6g.12xlarge`
    MlC6G12xlarge,
    /// `ml.c6g.16xlarge`
    MlC6G16xlarge,
    /// `ml.c6g.2xlarge`
    MlC6G2xlarge,
    /// `ml.c6g.4xlarge`
    MlC6G4xlarge,
    /// `ml.c6g.8xlarge`
    MlC6G8xlarge,
    /// `ml.c6g.large`
    MlC6GLarge,
    /// `ml.c6g.xlarge`
    MlC6GXlarge,
    /// `ml.c6gd.12xlarge`
    MlC6Gd12xlarge,
    /// `ml.c6gd.16xlarge`
    MlC6Gd16xlarge,
    /// `ml.c6gd.2xlarge`
    MlC6Gd2xlarge,
    /// `ml.c6gd.4xlarge`
    MlC6Gd4xlarge,
    /// `ml.c6gd.8xlarge`
    MlC6Gd8xlarge,
    /// `ml.c6gd.large`
    MlC6GdLarge,
    /// `ml.c6gd.xlarge`
    MlC6GdXlarge,
    /// `ml.c6gn.12xlarge`
    MlC6Gn12xlarge,
    /// `ml.c6gn.16xlarge`
    MlC6Gn16xlarge,
    /// `ml.c6gn.2xlarge`
    MlC6Gn2xlarge,
    /// `ml.c6gn.4xlarge`
    MlC6Gn4xlarge,
    /// `ml.c6gn.8xlarge`
    MlC6Gn8xlarge,
    /// `ml.c6gn.large`
    MlC6GnLarge,
    /// `ml.c6gn.xlarge`
    MlC6GnXlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c6in.12xlarge`
    MlC6In12xlarge,
    /// `ml.c6in.16xlarge`
    MlC6In16xlarge,
    /// `ml.c6in.24xlarge`
    MlC6In24xlarge,
    /// `ml.c6in.2xlarge`
    MlC6In2xlarge,
    /// `ml.c6in.32xlarge`
    MlC6In32xlarge,
    /// `ml.c6in.4xlarge`
    MlC6In4xlarge,
    /// `ml.c6in.8xlarge`
    MlC6In8xlarge,
    /// `ml.c6in.large`
    MlC6InLarge,
    /// `ml.c6in.xlarge`
    MlC6InXlarge,
    /// `ml.c7g.12xlarge`
    MlC7G12xlarge,
    /// `ml.c7g.16xlarge`
    MlC7G16xlarge,
    /// `ml.c7g.2xlarge`
    MlC7G2xlarge,
    /// `ml.c7g.4xlarge`
    MlC7G4xlarge,
    /// `ml.c7g.8xlarge`
    MlC7G8xlarge,
    /// `ml.c7g.large`
    MlC7GLarge,
    /// `ml.c7g.xlarge`
    MlC7GXlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.c8g.12xlarge`
    MlC8G12xlarge,
    /// `ml.c8g.16xlarge`
    MlC8G16xlarge,
    /// `ml.c8g.24xlarge`
    MlC8G24xlarge,
    /// `ml.c8g.2xlarge`
    MlC8G2xlarge,
    /// `ml.c8g.48xlarge`
    MlC8G48xlarge,
    /// `ml.c8g.4xlarge`
    MlC8G4xlarge,
    /// `ml.c8g.8xlarge`
    MlC8G8xlarge,
    /// `ml.c8g.large`
    MlC8GLarge,
    /// `ml.c8g.medium`
    MlC8GMedium,
    /// `ml.c8g.xlarge`
    MlC8GXlarge,
    /// `ml.dl1.24xlarge`
    MlDl124xlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g7.12xlarge`
    MlG712xlarge,
    /// `ml.g7.24xlarge`
    MlG724xlarge,
    /// `ml.g7.2xlarge`
    MlG72xlarge,
    /// `ml.g7.48xlarge`
    MlG748xlarge,
    /// `ml.g7.4xlarge`
    MlG74xlarge,
    /// `ml.g7.8xlarge`
    MlG78xlarge,
    /// `ml.g7e.12xlarge`
    MlG7E12xlarge,
    /// `ml.g7e.24xlarge`
    MlG7E24xlarge,
    /// `ml.g7e.2xlarge`
    MlG7E2xlarge,
    /// `ml.g7e.48xlarge`
    MlG7E48xlarge,
    /// `ml.g7e.4xlarge`
    MlG7E4xlarge,
    /// `ml.g7e.8xlarge`
    MlG7E8xlarge,
    /// `ml.inf1.24xlarge`
    MlInf124xlarge,
    /// `ml.inf1.2xlarge`
    MlInf12xlarge,
    /// `ml.inf1.6xlarge`
    MlInf16xlarge,
    /// `ml.inf1.xlarge`
    MlInf1Xlarge,
    /// `ml.inf2.24xlarge`
    MlInf224xlarge,
    /// `ml.inf2.48xlarge`
    MlInf248xlarge,
    /// `ml.inf2.8xlarge`
    MlInf28xlarge,
    /// `ml.inf2.xlarge`
    MlInf2Xlarge,
    /// `ml.m4.10xlarge`
    MlM410xlarge,
    /// `ml.m4.16xlarge`
    MlM416xlarge,
    /// `ml.m4.2xlarge`
    MlM42xlarge,
    /// `ml.m4.4xlarge`
    MlM44xlarge,
    /// `ml.m4.xlarge`
    MlM4Xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m5d.12xlarge`
    MlM5D12xlarge,
    /// `ml.m5d.24xlarge`
    MlM5D24xlarge,
    /// `ml.m5d.2xlarge`
    MlM5D2xlarge,
    /// `ml.m5d.4xlarge`
    MlM5D4xlarge,
    /// `ml.m5d.large`
    MlM5DLarge,
    /// `ml.m5d.xlarge`
    MlM5DXlarge,
    /// `ml.m6g.12xlarge`
    MlM6G12xlarge,
    /// `ml.m6g.16xlarge`
    MlM6G16xlarge,
    /// `ml.m6g.2xlarge`
    MlM6G2xlarge,
    /// `ml.m6g.4xlarge`
    MlM6G4xlarge,
    /// `ml.m6g.8xlarge`
    MlM6G8xlarge,
    /// `ml.m6g.large`
    MlM6GLarge,
    /// `ml.m6g.xlarge`
    MlM6GXlarge,
    /// `ml.m6gd.12xlarge`
    MlM6Gd12xlarge,
    /// `ml.m6gd.16xlarge`
    MlM6Gd16xlarge,
    /// `ml.m6gd.2xlarge`
    MlM6Gd2xlarge,
    /// `ml.m6gd.4xlarge`
    MlM6Gd4xlarge,
    /// `ml.m6gd.8xlarge`
    MlM6Gd8xlarge,
    /// `ml.m6gd.large`
    MlM6GdLarge,
    /// `ml.m6gd.xlarge`
    MlM6GdXlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m8g.12xlarge`
    MlM8G12xlarge,
    /// `ml.m8g.16xlarge`
    MlM8G16xlarge,
    /// `ml.m8g.24xlarge`
    MlM8G24xlarge,
    /// `ml.m8g.2xlarge`
    MlM8G2xlarge,
    /// `ml.m8g.48xlarge`
    MlM8G48xlarge,
    /// `ml.m8g.4xlarge`
    MlM8G4xlarge,
    /// `ml.m8g.8xlarge`
    MlM8G8xlarge,
    /// `ml.m8g.large`
    MlM8GLarge,
    /// `ml.m8g.medium`
    MlM8GMedium,
    /// `ml.m8g.xlarge`
    MlM8GXlarge,
    /// `ml.p2.16xlarge`
    MlP216xlarge,
    /// `ml.p2.8xlarge`
    MlP28xlarge,
    /// `ml.p2.xlarge`
    MlP2Xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5.4xlarge`
    MlP54xlarge,
    /// `ml.p5e.48xlarge`
    MlP5E48xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.p6-b200.48xlarge`
    MlP6B20048xlarge,
    /// `ml.p6-b300.48xlarge`
    MlP6B30048xlarge,
    /// `ml.p6e-gb200.36xlarge`
    MlP6EGb20036xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r5d.12xlarge`
    MlR5D12xlarge,
    /// `ml.r5d.24xlarge`
    MlR5D24xlarge,
    /// `ml.r5d.2xlarge`
    MlR5D2xlarge,
    /// `ml.r5d.4xlarge`
    MlR5D4xlarge,
    /// `ml.r5d.large`
    MlR5DLarge,
    /// `ml.r5d.xlarge`
    MlR5DXlarge,
    /// `ml.r6g.12xlarge`
    MlR6G12xlarge,
    /// `ml.r6g.16xlarge`
    MlR6G16xlarge,
    /// `ml.r6g.2xlarge`
    MlR6G2xlarge,
    /// `ml.r6g.4xlarge`
    MlR6G4xlarge,
    /// `ml.r6g.8xlarge`
    MlR6G8xlarge,
    /// `ml.r6g.large`
    MlR6GLarge,
    /// `ml.r6g.xlarge`
    MlR6GXlarge,
    /// `ml.r6gd.12xlarge`
    MlR6Gd12xlarge,
    /// `ml.r6gd.16xlarge`
    MlR6Gd16xlarge,
    /// `ml.r6gd.2xlarge`
    MlR6Gd2xlarge,
    /// `ml.r6gd.4xlarge`
    MlR6Gd4xlarge,
    /// `ml.r6gd.8xlarge`
    MlR6Gd8xlarge,
    /// `ml.r6gd.large`
    MlR6GdLarge,
    /// `ml.r6gd.xlarge`
    MlR6GdXlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r7gd.12xlarge`
    MlR7Gd12xlarge,
    /// `ml.r7gd.16xlarge`
    MlR7Gd16xlarge,
    /// `ml.r7gd.2xlarge`
    MlR7Gd2xlarge,
    /// `ml.r7gd.4xlarge`
    MlR7Gd4xlarge,
    /// `ml.r7gd.8xlarge`
    MlR7Gd8xlarge,
    /// `ml.r7gd.large`
    MlR7GdLarge,
    /// `ml.r7gd.medium`
    MlR7GdMedium,
    /// `ml.r7gd.xlarge`
    MlR7GdXlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.r8g.12xlarge`
    MlR8G12xlarge,
    /// `ml.r8g.16xlarge`
    MlR8G16xlarge,
    /// `ml.r8g.24xlarge`
    MlR8G24xlarge,
    /// `ml.r8g.2xlarge`
    MlR8G2xlarge,
    /// `ml.r8g.48xlarge`
    MlR8G48xlarge,
    /// `ml.r8g.4xlarge`
    MlR8G4xlarge,
    /// `ml.r8g.8xlarge`
    MlR8G8xlarge,
    /// `ml.r8g.large`
    MlR8GLarge,
    /// `ml.r8g.medium`
    MlR8GMedium,
    /// `ml.r8g.xlarge`
    MlR8GXlarge,
    /// `ml.t2.2xlarge`
    MlT22xlarge,
    /// `ml.t2.large`
    MlT2Large,
    /// `ml.t2.medium`
    MlT2Medium,
    /// `ml.t2.xlarge`
    MlT2Xlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// `ml.trn2.48xlarge`
    MlTrn248xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlC42xlarge => "ml.c4.2xlarge",
            Self::MlC44xlarge => "ml.c4.4xlarge",
            Self::MlC48xlarge => "ml.c4.8xlarge",
            Self::MlC4Large => "ml.c4.large",
            Self::MlC4Xlarge => "ml.c4.xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC5Large => "ml.c5.large",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC5D18xlarge => "ml.c5d.18xlarge",
            Self::MlC5D2xlarge => "ml.c5d.2xlarge",
            Self::MlC5D4xlarge => "ml.c5d.4xlarge",
            Self::MlC5D9xlarge => "ml.c5d.9xlarge",
            Self::MlC5DLarge => "ml.c5d.large",
            Self::MlC5DXlarge => "ml.c5d.xlarge",
            Self::MlC6G12xlarge => "ml.c6g.12xlarge",
            Self::MlC6G16xlarge => "ml.c6g.16xlarge",
            Self::MlC6G2xlarge => "ml.c6g.2xlarge",
            Self::MlC6G4xlarge => "ml.c6g.4xlarge",
            Self::MlC6G8xlarge => "ml.c6g.8xlarge",
            Self::MlC6GLarge => "ml.c6g.large",
            Self::MlC6GXlarge => "ml.c6g.xlarge",
            Self::MlC6Gd12xlarge => "ml.c6gd.12xlarge",
            Self::MlC6Gd16xlarge => "ml.c6gd.16xlarge",
            Self::MlC6Gd2xlarge => "ml.c6gd.2xlarge",
            Self::MlC6Gd4xlarge => "ml.c6gd.4xlarge",
            Self::MlC6Gd8xlarge => "ml.c6gd.8xlarge",
            Self::MlC6GdLarge => "ml.c6gd.large",
            Self::MlC6GdXlarge => "ml.c6gd.xlarge",
            Self::MlC6Gn12xlarge => "ml.c6gn.12xlarge",
            Self::MlC6Gn16xlarge => "ml.c6gn.16xlarge",
            Self::MlC6Gn2xlarge => "ml.c6gn.2xlarge",
            Self::MlC6Gn4xlarge => "ml.c6gn.4xlarge",
            Self::MlC6Gn8xlarge => "ml.c6gn.8xlarge",
            Self::MlC6GnLarge => "ml.c6gn.large",
            Self::MlC6GnXlarge => "ml.c6gn.xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC6In12xlarge => "ml.c6in.12xlarge",
            Self::MlC6In16xlarge => "ml.c6in.16xlarge",
            Self::MlC6In24xlarge => "ml.c6in.24xlarge",
            Self::MlC6In2xlarge => "ml.c6in.2xlarge",
            Self::MlC6In32xlarge => "ml.c6in.32xlarge",
            Self::MlC6In4xlarge => "ml.c6in.4xlarge",
            Self::MlC6In8xlarge => "ml.c6in.8xlarge",
            Self::MlC6InLarge => "ml.c6in.large",
            Self::MlC6InXlarge => "ml.c6in.xlarge",
            Self::MlC7G12xlarge => "ml.c7g.12xlarge",
            Self::MlC7G16xlarge => "ml.c7g.16xlarge",
            Self::MlC7G2xlarge => "ml.c7g.2xlarge",
            Self::MlC7G4xlarge => "ml.c7g.4xlarge",
            Self::MlC7G8xlarge => "ml.c7g.8xlarge",
            Self::MlC7GLarge => "ml.c7g.large",
            Self::MlC7GXlarge => "ml.c7g.xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlC8G12xlarge => "ml.c8g.12xlarge",
            Self::MlC8G16xlarge => "ml.c8g.16xlarge",
            Self::MlC8G24xlarge => "ml.c8g.24xlarge",
            Self::MlC8G2xlarge => "ml.c8g.2xlarge",
            Self::MlC8G48xlarge => "ml.c8g.48xlarge",
            Self::MlC8G4xlarge => "ml.c8g.4xlarge",
            Self::MlC8G8xlarge => "ml.c8g.8xlarge",
            Self::MlC8GLarge => "ml.c8g.large",
            Self::MlC8GMedium => "ml.c8g.medium",
            Self::MlC8GXlarge => "ml.c8g.xlarge",
            Self::MlDl124xlarge => "ml.dl1.24xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG712xlarge => "ml.g7.12xlarge",
            Self::MlG724xlarge => "ml.g7.24xlarge",
            Self::MlG72xlarge => "ml.g7.2xlarge",
            Self::MlG748xlarge => "ml.g7.48xlarge",
            Self::MlG74xlarge => "ml.g7.4xlarge",
            Self::MlG78xlarge => "ml.g7.8xlarge",
            Self::MlG7E12xlarge => "ml.g7e.12xlarge",
            Self::MlG7E24xlarge => "ml.g7e.24xlarge",
            Self::MlG7E2xlarge => "ml.g7e.2xlarge",
            Self::MlG7E48xlarge => "ml.g7e.48xlarge",
            Self::MlG7E4xlarge => "ml.g7e.4xlarge",
            Self::MlG7E8xlarge => "ml.g7e.8xlarge",
            Self::MlInf124xlarge => "ml.inf1.24xlarge",
            Self::MlInf12xlarge => "ml.inf1.2xlarge",
            Self::MlInf16xlarge => "ml.inf1.6xlarge",
            Self::MlInf1Xlarge => "ml.inf1.xlarge",
            Self::MlInf224xlarge => "ml.inf2.24xlarge",
            Self::MlInf248xlarge => "ml.inf2.48xlarge",
            Self::MlInf28xlarge => "ml.inf2.8xlarge",
            Self::MlInf2Xlarge => "ml.inf2.xlarge",
            Self::MlM410xlarge => "ml.m4.10xlarge",
            Self::MlM416xlarge => "ml.m4.16xlarge",
            Self::MlM42xlarge => "ml.m4.2xlarge",
            Self::MlM44xlarge => "ml.m4.4xlarge",
            Self::MlM4Xlarge => "ml.m4.xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM5D12xlarge => "ml.m5d.12xlarge",
            Self::MlM5D24xlarge => "ml.m5d.24xlarge",
            Self::MlM5D2xlarge => "ml.m5d.2xlarge",
            Self::MlM5D4xlarge => "ml.m5d.4xlarge",
            Self::MlM5DLarge => "ml.m5d.large",
            Self::MlM5DXlarge => "ml.m5d.xlarge",
            Self::MlM6G12xlarge => "ml.m6g.12xlarge",
            Self::MlM6G16xlarge => "ml.m6g.16xlarge",
            Self::MlM6G2xlarge => "ml.m6g.2xlarge",
            Self::MlM6G4xlarge => "ml.m6g.4xlarge",
            Self::MlM6G8xlarge => "ml.m6g.8xlarge",
            Self::MlM6GLarge => "ml.m6g.large",
            Self::MlM6GXlarge => "ml.m6g.xlarge",
            Self::MlM6Gd12xlarge => "ml.m6gd.12xlarge",
            Self::MlM6Gd16xlarge => "ml.m6gd.16xlarge",
            Self::MlM6Gd2xlarge => "ml.m6gd.2xlarge",
            Self::MlM6Gd4xlarge => "ml.m6gd.4xlarge",
            Self::MlM6Gd8xlarge => "ml.m6gd.8xlarge",
            Self::MlM6GdLarge => "ml.m6gd.large",
            Self::MlM6GdXlarge => "ml.m6gd.xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM8G12xlarge => "ml.m8g.12xlarge",
            Self::MlM8G16xlarge => "ml.m8g.16xlarge",
            Self::MlM8G24xlarge => "ml.m8g.24xlarge",
            Self::MlM8G2xlarge => "ml.m8g.2xlarge",
            Self::MlM8G48xlarge => "ml.m8g.48xlarge",
            Self::MlM8G4xlarge => "ml.m8g.4xlarge",
            Self::MlM8G8xlarge => "ml.m8g.8xlarge",
            Self::MlM8GLarge => "ml.m8g.large",
            Self::MlM8GMedium => "ml.m8g.medium",
            Self::MlM8GXlarge => "ml.m8g.xlarge",
            Self::MlP216xlarge => "ml.p2.16xlarge",
            Self::MlP28xlarge => "ml.p2.8xlarge",
            Self::MlP2Xlarge => "ml.p2.xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP54xlarge => "ml.p5.4xlarge",
            Self::MlP5E48xlarge => "ml.p5e.48xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlP6B20048xlarge => "ml.p6-b200.48xlarge",
            Self::MlP6B30048xlarge => "ml.p6-b300.48xlarge",
            Self::MlP6EGb20036xlarge => "ml.p6e-gb200.36xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR5D12xlarge => "ml.r5d.12xlarge",
            Self::MlR5D24xlarge => "ml.r5d.24xlarge",
            Self::MlR5D2xlarge => "ml.r5d.2xlarge",
            Self::MlR5D4xlarge => "ml.r5d.4xlarge",
            Self::MlR5DLarge => "ml.r5d.large",
            Self::MlR5DXlarge => "ml.r5d.xlarge",
            Self::MlR6G12xlarge => "ml.r6g.12xlarge",
            Self::MlR6G16xlarge => "ml.r6g.16xlarge",
            Self::MlR6G2xlarge => "ml.r6g.2xlarge",
            Self::MlR6G4xlarge => "ml.r6g.4xlarge",
            Self::MlR6G8xlarge => "ml.r6g.8xlarge",
            Self::MlR6GLarge => "ml.r6g.large",
            Self::MlR6GXlarge => "ml.r6g.xlarge",
            Self::MlR6Gd12xlarge => "ml.r6gd.12xlarge",
            Self::MlR6Gd16xlarge => "ml.r6gd.16xlarge",
            Self::MlR6Gd2xlarge => "ml.r6gd.2xlarge",
            Self::MlR6Gd4xlarge => "ml.r6gd.4xlarge",
            Self::MlR6Gd8xlarge => "ml.r6gd.8xlarge",
            Self::MlR6GdLarge => "ml.r6gd.large",
            Self::MlR6GdXlarge => "ml.r6gd.xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR7Gd12xlarge => "ml.r7gd.12xlarge",
            Self::MlR7Gd16xlarge => "ml.r7gd.16xlarge",
            Self::MlR7Gd2xlarge => "ml.r7gd.2xlarge",
            Self::MlR7Gd4xlarge => "ml.r7gd.4xlarge",
            Self::MlR7Gd8xlarge => "ml.r7gd.8xlarge",
            Self::MlR7GdLarge => "ml.r7gd.large",
            Self::MlR7GdMedium => "ml.r7gd.medium",
            Self::MlR7GdXlarge => "ml.r7gd.xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlR8G12xlarge => "ml.r8g.12xlarge",
            Self::MlR8G16xlarge => "ml.r8g.16xlarge",
            Self::MlR8G24xlarge => "ml.r8g.24xlarge",
            Self::MlR8G2xlarge => "ml.r8g.2xlarge",
            Self::MlR8G48xlarge => "ml.r8g.48xlarge",
            Self::MlR8G4xlarge => "ml.r8g.4xlarge",
            Self::MlR8G8xlarge => "ml.r8g.8xlarge",
            Self::MlR8GLarge => "ml.r8g.large",
            Self::MlR8GMedium => "ml.r8g.medium",
            Self::MlR8GXlarge => "ml.r8g.xlarge",
            Self::MlT22xlarge => "ml.t2.2xlarge",
            Self::MlT2Large => "ml.t2.large",
            Self::MlT2Medium => "ml.t2.medium",
            Self::MlT2Xlarge => "ml.t2.xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::MlTrn248xlarge => "ml.trn2.48xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.c4.2xlarge",
            "ml.c4.4xlarge",
            "ml.c4.8xlarge",
            "ml.c4.large",
            "ml.c4.xlarge",
            "ml.c5.18xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.large",
            "ml.c5.xlarge",
            "ml.c5d.18xlarge",
            "ml.c5d.2xlarge",
            "ml.c5d.4xlarge",
            "ml.c5d.9xlarge",
            "ml.c5d.large",
            "ml.c5d.xlarge",
            "ml.c6g.12xlarge",
            "ml.c6g.16xlarge",
            "ml.c6g.2xlarge",
            "ml.c6g.4xlarge",
            "ml.c6g.8xlarge",
            "ml.c6g.large",
            "ml.c6g.xlarge",
            "ml.c6gd.12xlarge",
            "ml.c6gd.16xlarge",
            "ml.c6gd.2xlarge",
            "ml.c6gd.4xlarge",
            "ml.c6gd.8xlarge",
            "ml.c6gd.large",
            "ml.c6gd.xlarge",
            "ml.c6gn.12xlarge",
            "ml.c6gn.16xlarge",
            "ml.c6gn.2xlarge",
            "ml.c6gn.4xlarge",
            "ml.c6gn.8xlarge",
            "ml.c6gn.large",
            "ml.c6gn.xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.32xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c6in.12xlarge",
            "ml.c6in.16xlarge",
            "ml.c6in.24xlarge",
            "ml.c6in.2xlarge",
            "ml.c6in.32xlarge",
            "ml.c6in.4xlarge",
            "ml.c6in.8xlarge",
            "ml.c6in.large",
            "ml.c6in.xlarge",
            "ml.c7g.12xlarge",
            "ml.c7g.16xlarge",
            "ml.c7g.2xlarge",
            "ml.c7g.4xlarge",
            "ml.c7g.8xlarge",
            "ml.c7g.large",
            "ml.c7g.xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.48xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.c8g.12xlarge",
            "ml.c8g.16xlarge",
            "ml.c8g.24xlarge",
            "ml.c8g.2xlarge",
            "ml.c8g.48xlarge",
            "ml.c8g.4xlarge",
            "ml.c8g.8xlarge",
            "ml.c8g.large",
            "ml.c8g.medium",
            "ml.c8g.xlarge",
            "ml.dl1.24xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.2xlarge",
            "ml.g5.48xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.2xlarge",
            "ml.g6.48xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.48xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.xlarge",
            "ml.g7.12xlarge",
            "ml.g7.24xlarge",
            "ml.g7.2xlarge",
            "ml.g7.48xlarge",
            "ml.g7.4xlarge",
            "ml.g7.8xlarge",
            "ml.g7e.12xlarge",
            "ml.g7e.24xlarge",
            "ml.g7e.2xlarge",
            "ml.g7e.48xlarge",
            "ml.g7e.4xlarge",
            "ml.g7e.8xlarge",
            "ml.inf1.24xlarge",
            "ml.inf1.2xlarge",
            "ml.inf1.6xlarge",
            "ml.inf1.xlarge",
            "ml.inf2.24xlarge",
            "ml.inf2.48xlarge",
            "ml.inf2.8xlarge",
            "ml.inf2.xlarge",
            "ml.m4.10xlarge",
            "ml.m4.16xlarge",
            "ml.m4.2xlarge",
            "ml.m4.4xlarge",
            "ml.m4.xlarge",
            "ml.m5.12xlarge",
            "ml.m5.24xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m5d.12xlarge",
            "ml.m5d.24xlarge",
            "ml.m5d.2xlarge",
            "ml.m5d.4xlarge",
            "ml.m5d.large",
            "ml.m5d.xlarge",
            "ml.m6g.12xlarge",
            "ml.m6g.16xlarge",
            "ml.m6g.2xlarge",
            "ml.m6g.4xlarge",
            "ml.m6g.8xlarge",
            "ml.m6g.large",
            "ml.m6g.xlarge",
            "ml.m6gd.12xlarge",
            "ml.m6gd.16xlarge",
            "ml.m6gd.2xlarge",
            "ml.m6gd.4xlarge",
            "ml.m6gd.8xlarge",
            "ml.m6gd.large",
            "ml.m6gd.xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.32xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.48xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m8g.12xlarge",
            "ml.m8g.16xlarge",
            "ml.m8g.24xlarge",
            "ml.m8g.2xlarge",
            "ml.m8g.48xlarge",
            "ml.m8g.4xlarge",
            "ml.m8g.8xlarge",
            "ml.m8g.large",
            "ml.m8g.medium",
            "ml.m8g.xlarge",
            "ml.p2.16xlarge",
            "ml.p2.8xlarge",
            "ml.p2.xlarge",
            "ml.p3.16xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.p5.48xlarge",
            "ml.p5.4xlarge",
            "ml.p5e.48xlarge",
            "ml.p5en.48xlarge",
            "ml.p6-b200.48xlarge",
            "ml.p6-b300.48xlarge",
            "ml.p6e-gb200.36xlarge",
            "ml.r5.12xlarge",
            "ml.r5.24xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r5d.12xlarge",
            "ml.r5d.24xlarge",
            "ml.r5d.2xlarge",
            "ml.r5d.4xlarge",
            "ml.r5d.large",
            "ml.r5d.xlarge",
            "ml.r6g.12xlarge",
            "ml.r6g.16xlarge",
            "ml.r6g.2xlarge",
            "ml.r6g.4xlarge",
            "ml.r6g.8xlarge",
            "ml.r6g.large",
            "ml.r6g.xlarge",
            "ml.r6gd.12xlarge",
            "ml.r6gd.16xlarge",
            "ml.r6gd.2xlarge",
            "ml.r6gd.4xlarge",
            "ml.r6gd.8xlarge",
            "ml.r6gd.large",
            "ml.r6gd.xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.32xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r7gd.12xlarge",
            "ml.r7gd.16xlarge",
            "ml.r7gd.2xlarge",
            "ml.r7gd.4xlarge",
            "ml.r7gd.8xlarge",
            "ml.r7gd.large",
            "ml.r7gd.medium",
            "ml.r7gd.xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.48xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.r8g.12xlarge",
            "ml.r8g.16xlarge",
            "ml.r8g.24xlarge",
            "ml.r8g.2xlarge",
            "ml.r8g.48xlarge",
            "ml.r8g.4xlarge",
            "ml.r8g.8xlarge",
            "ml.r8g.large",
            "ml.r8g.medium",
            "ml.r8g.xlarge",
            "ml.t2.2xlarge",
            "ml.t2.large",
            "ml.t2.medium",
            "ml.t2.xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
            "ml.trn2.48xlarge",
        ]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// Specifies a model that you want to host and the resources to deploy for hosting it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductionVariant {
    props: ::forma_core::schema::Props,
}
impl ProductionVariant {
    /// A new value with its required properties: `VariantName`.
    pub fn new(variant_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(15, variant_name.into().into_expr());
        Self { props }
    }
    /// Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.
    pub fn capacity_reservation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timeout value, in seconds, for your inference container to pass health check by SageMaker Hosting.
    ///
    /// Allowed: 60 to 3600.
    pub fn container_startup_health_check_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies configuration for a core dump from the model container when the process crashes.
    pub fn core_dump_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CoreDumpConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// You can use this parameter to turn on native AWS Systems Manager (SSM) access for a production variant behind an endpoint.
    pub fn enable_ssm_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images.
    pub fn inference_ami_version(mut self, value: impl ::forma_core::schema::EnumArg<InferenceAmiVersion>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Number of instances to launch initially.
    ///
    /// Allowed: at least 1.
    pub fn initial_instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Determines initial traffic distribution among all of the models that you specify in the endpoint configuration.
    ///
    /// Allowed: at least 0.
    pub fn initial_variant_weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A list of instance pools for the production variant.
    pub fn instance_pools(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstancePool>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The ML compute instance type.
    pub fn instance_type(mut self, value: impl ::forma_core::schema::EnumArg<InstanceType>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
    pub fn managed_instance_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedInstanceScaling>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The timeout value, in seconds, to download and extract the model that you want to host from Amazon S3 to the individual inference instance associated with this production variant.
    ///
    /// Allowed: 60 to 3600.
    pub fn model_data_download_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The name of the model that you want to host.
    ///
    /// Allowed: length 1 to 63.
    pub fn model_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.
    pub fn routing_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<RoutingConfig>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The serverless configuration for an endpoint.
    pub fn serverless_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerlessConfig>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The timeout value, in seconds, for provisioning instances for the production variant.
    ///
    /// Allowed: 300 to 3600.
    pub fn variant_instance_provision_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The size, in GB, of the ML storage volume attached to individual inference instance associated with the production variant.
    ///
    /// Allowed: 1 to 512.
    pub fn volume_size_in_gb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProductionVariant> for ::forma_core::Value<ProductionVariant> {
    fn from(v: ProductionVariant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRODUCTION_VARIANT_TYPE.properties))
    }
}

/// A tag object that consists of a key and an optional value, used to manage metadata for SageMaker AWS resources.
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

/// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SecurityGroupIds`, `Subnets`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// Configures the behavior of the client used by SageMaker to interact with the model container during asynchronous inference.
#[derive(Debug, Clone, PartialEq)]
pub struct AsyncInferenceClientConfig {
    props: ::forma_core::schema::Props,
}
impl AsyncInferenceClientConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of concurrent requests sent by the SageMaker client to the model container.
    ///
    /// Allowed: 1 to 1000.
    pub fn max_concurrent_invocations_per_instance(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AsyncInferenceClientConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AsyncInferenceClientConfig> for ::forma_core::Value<AsyncInferenceClientConfig> {
    fn from(v: AsyncInferenceClientConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASYNC_INFERENCE_CLIENT_CONFIG_TYPE.properties))
    }
}

/// Specifies the configuration for asynchronous inference invocation outputs.
#[derive(Debug, Clone, PartialEq)]
pub struct AsyncInferenceOutputConfig {
    props: ::forma_core::schema::Props,
}
impl AsyncInferenceOutputConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt the asynchronous inference output in Amazon S3.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the configuration for notifications of inference results for asynchronous inference.
    pub fn notification_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AsyncInferenceNotificationConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon S3 location to upload failure inference responses to.
    ///
    /// Allowed: length 0 to 512.
    pub fn s3_failure_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon S3 location to upload inference responses to.
    ///
    /// Allowed: length 0 to 512.
    pub fn s3_output_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AsyncInferenceOutputConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AsyncInferenceOutputConfig> for ::forma_core::Value<AsyncInferenceOutputConfig> {
    fn from(v: AsyncInferenceOutputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASYNC_INFERENCE_OUTPUT_CONFIG_TYPE.properties))
    }
}

/// Specifies the JSON and CSV content types of the data that the endpoint captures.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptureContentTypeHeader {
    props: ::forma_core::schema::Props,
}
impl CaptureContentTypeHeader {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of the CSV content types of the data that the endpoint captures.
    pub fn csv_content_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of the JSON content types of the data that the endpoint captures.
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

/// The values CloudFormation documents: `Input`, `InputAndOutput`, `Output`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaptureMode {
    /// `Input`
    Input,
    /// `InputAndOutput`
    InputAndOutput,
    /// `Output`
    Output,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CaptureMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Input => "Input",
            Self::InputAndOutput => "InputAndOutput",
            Self::Output => "Output",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Input", "InputAndOutput", "Output"]
    }
}
impl ::std::convert::From<CaptureMode> for ::forma_core::Value<CaptureMode> {
    fn from(v: CaptureMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CaptureMode {}

/// Specifies whether the endpoint captures input data or output data.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptureOption {
    props: ::forma_core::schema::Props,
}
impl CaptureOption {
    /// A new value with its required properties: `CaptureMode`.
    pub fn new(capture_mode: impl ::forma_core::schema::EnumArg<CaptureMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capture_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CaptureOption> for ::forma_core::Value<CaptureOption> {
    fn from(v: CaptureOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTURE_OPTION_TYPE.properties))
    }
}

/// The configuration parameters for the SageMaker Clarify explainer.
#[derive(Debug, Clone, PartialEq)]
pub struct ClarifyExplainerConfig {
    props: ::forma_core::schema::Props,
}
impl ClarifyExplainerConfig {
    /// A new value with its required properties: `ShapConfig`.
    pub fn new(shap_config: impl ::std::convert::Into<::forma_core::Value<ClarifyShapConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, shap_config.into().into_expr());
        Self { props }
    }
    /// A JMESPath boolean expression used to filter which records to explain.
    ///
    /// Allowed: length 1 to 64.
    pub fn enable_explanations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The inference configuration parameter for the model container.
    pub fn inference_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClarifyInferenceConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClarifyExplainerConfig> for ::forma_core::Value<ClarifyExplainerConfig> {
    fn from(v: ClarifyExplainerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLARIFY_EXPLAINER_CONFIG_TYPE.properties))
    }
}

/// Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Options that you can choose for the capacity reservation.
    pub fn capacity_reservation_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that SageMaker AI applies when it deploys the endpoint.
    ///
    /// Allowed: length 20 to 258.
    pub fn ml_reservation_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationConfig> for ::forma_core::Value<CapacityReservationConfig> {
    fn from(v: CapacityReservationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_CONFIG_TYPE.properties))
    }
}

/// Specifies where SageMaker writes core dumps from the model container when the process crashes, and how it encrypts them.
#[derive(Debug, Clone, PartialEq)]
pub struct CoreDumpConfig {
    props: ::forma_core::schema::Props,
}
impl CoreDumpConfig {
    /// A new value with its required properties: `DestinationS3Uri`.
    pub fn new(destination_s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_s3_uri.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that SageMaker uses to encrypt the core dump data at rest using Amazon S3 server-side encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CoreDumpConfig> for ::forma_core::Value<CoreDumpConfig> {
    fn from(v: CoreDumpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORE_DUMP_CONFIG_TYPE.properties))
    }
}

/// Specifies an instance type and its priority for a heterogeneous endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct InstancePool {
    props: ::forma_core::schema::Props,
}
impl InstancePool {
    /// A new value with its required properties: `InstanceType`, `Priority`.
    pub fn new(
        instance_type: impl ::forma_core::schema::EnumArg<InstanceType>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_type.into_enum_expr());
        props.set(2, priority.into().into_expr());
        Self { props }
    }
    /// The name of a SageMaker model to use for this instance pool instead of the model specified for the production variant.
    ///
    /// Allowed: length 0 to 63.
    pub fn model_name_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstancePool> for ::forma_core::Value<InstancePool> {
    fn from(v: InstancePool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_POOL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
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
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstanceScaling {
    props: ::forma_core::schema::Props,
}
impl ManagedInstanceScaling {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of instances that the endpoint can provision when it scales up to accommodate an increase in traffic.
    ///
    /// Allowed: at least 1.
    pub fn max_instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of instances that the endpoint must retain when it scales down to accommodate a decrease in traffic.
    ///
    /// Allowed: at least 0.
    pub fn min_instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configures the scale-in behavior for managed instance scaling.
    pub fn scale_in_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScaleInPolicy>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether managed instance scaling is enabled.
    ///
    /// Allowed: length 1 to 10.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ManagedInstanceScaling {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedInstanceScaling> for ::forma_core::Value<ManagedInstanceScaling> {
    fn from(v: ManagedInstanceScaling) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCE_SCALING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LEAST_OUTSTANDING_REQUESTS`, `PREFIX_AWARE`, `RANDOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingStrategy {
    /// `LEAST_OUTSTANDING_REQUESTS`
    LeastOutstandingRequests,
    /// `PREFIX_AWARE`
    PrefixAware,
    /// `RANDOM`
    Random,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RoutingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LeastOutstandingRequests => "LEAST_OUTSTANDING_REQUESTS",
            Self::PrefixAware => "PREFIX_AWARE",
            Self::Random => "RANDOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEAST_OUTSTANDING_REQUESTS", "PREFIX_AWARE", "RANDOM"]
    }
}
impl ::std::convert::From<RoutingStrategy> for ::forma_core::Value<RoutingStrategy> {
    fn from(v: RoutingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RoutingStrategy {}

/// Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingConfig {
    props: ::forma_core::schema::Props,
}
impl RoutingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for prefix-aware routing.
    pub fn prefix_aware_routing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrefixAwareRoutingConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Sets how the endpoint routes incoming traffic.
    ///
    /// Allowed: length 1 to 63.
    pub fn routing_strategy(mut self, value: impl ::forma_core::schema::EnumArg<RoutingStrategy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RoutingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RoutingConfig> for ::forma_core::Value<RoutingConfig> {
    fn from(v: RoutingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_CONFIG_TYPE.properties))
    }
}

/// Specifies the serverless configuration for an endpoint variant.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerlessConfig {
    props: ::forma_core::schema::Props,
}
impl ServerlessConfig {
    /// A new value with its required properties: `MaxConcurrency`, `MemorySizeInMB`.
    pub fn new(
        max_concurrency: impl ::std::convert::Into<::forma_core::Value<i64>>,
        memory_size_in_mb: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_concurrency.into().into_expr());
        props.set(1, memory_size_in_mb.into().into_expr());
        Self { props }
    }
    /// The amount of provisioned concurrency to allocate for the serverless endpoint.
    ///
    /// Allowed: 1 to 200.
    pub fn provisioned_concurrency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServerlessConfig> for ::forma_core::Value<ServerlessConfig> {
    fn from(v: ServerlessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVERLESS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ERROR_NOTIFICATION_TOPIC`, `SUCCESS_NOTIFICATION_TOPIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludeInferenceResponseIn {
    /// `ERROR_NOTIFICATION_TOPIC`
    ErrorNotificationTopic,
    /// `SUCCESS_NOTIFICATION_TOPIC`
    SuccessNotificationTopic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludeInferenceResponseIn {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ErrorNotificationTopic => "ERROR_NOTIFICATION_TOPIC",
            Self::SuccessNotificationTopic => "SUCCESS_NOTIFICATION_TOPIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ERROR_NOTIFICATION_TOPIC", "SUCCESS_NOTIFICATION_TOPIC"]
    }
}
impl ::std::convert::From<IncludeInferenceResponseIn> for ::forma_core::Value<IncludeInferenceResponseIn> {
    fn from(v: IncludeInferenceResponseIn) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludeInferenceResponseIn {}

/// Specifies the configuration for notifications of inference results for asynchronous inference.
#[derive(Debug, Clone, PartialEq)]
pub struct AsyncInferenceNotificationConfig {
    props: ::forma_core::schema::Props,
}
impl AsyncInferenceNotificationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Amazon SNS topic to post a notification to when an inference fails.
    ///
    /// Allowed: length 0 to 2048.
    pub fn error_topic(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon SNS topics where you want the inference response to be included.
    pub fn include_inference_response_in(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IncludeInferenceResponseIn>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Amazon SNS topic to post a notification to when an inference completes successfully.
    ///
    /// Allowed: length 0 to 2048.
    pub fn success_topic(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AsyncInferenceNotificationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AsyncInferenceNotificationConfig> for ::forma_core::Value<AsyncInferenceNotificationConfig> {
    fn from(v: AsyncInferenceNotificationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASYNC_INFERENCE_NOTIFICATION_CONFIG_TYPE.properties))
    }
}

/// The inference configuration parameter for the model container.
#[derive(Debug, Clone, PartialEq)]
pub struct ClarifyInferenceConfig {
    props: ::forma_core::schema::Props,
}
impl ClarifyInferenceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A template string used to format a JSON record into an acceptable model container input.
    ///
    /// Allowed: length 1 to 64.
    pub fn content_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The names of the features.
    pub fn feature_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of data types of the features (optional).
    pub fn feature_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Provides the JMESPath expression to extract the features from a model container input in JSON Lines format.
    ///
    /// Allowed: length 1 to 64.
    pub fn features_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A JMESPath expression used to locate the list of label headers in the model container output.
    ///
    /// Allowed: length 1 to 64.
    pub fn label_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// For multiclass classification problems, the label headers are the names of the classes.
    pub fn label_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A zero-based index used to extract a label header or list of label headers from model container output in CSV format.
    ///
    /// Allowed: at least 0.
    pub fn label_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The maximum payload size (MB) allowed of a request from the explainer to the model container.
    ///
    /// Allowed: 1 to 25.
    pub fn max_payload_in_mb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The maximum number of records in a request that the model container can process when querying the model container for the predictions of a synthetic dataset.
    ///
    /// Allowed: at least 1.
    pub fn max_record_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A JMESPath expression used to extract the probability (or score) from the model container output if the model container is in JSON Lines format.
    ///
    /// Allowed: length 1 to 64.
    pub fn probability_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// A zero-based index used to extract a probability value (score) or list from model container output in CSV format.
    ///
    /// Allowed: at least 0.
    pub fn probability_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClarifyInferenceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClarifyInferenceConfig> for ::forma_core::Value<ClarifyInferenceConfig> {
    fn from(v: ClarifyInferenceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLARIFY_INFERENCE_CONFIG_TYPE.properties))
    }
}

/// The configuration for SHAP analysis using SageMaker Clarify Explainer.
#[derive(Debug, Clone, PartialEq)]
pub struct ClarifyShapConfig {
    props: ::forma_core::schema::Props,
}
impl ClarifyShapConfig {
    /// A new value with its required properties: `ShapBaselineConfig`.
    pub fn new(
        shap_baseline_config: impl ::std::convert::Into<::forma_core::Value<ClarifyShapBaselineConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, shap_baseline_config.into().into_expr());
        Self { props }
    }
    /// The number of samples to be used for analysis by the Kernal SHAP algorithm.
    ///
    /// Allowed: at least 1.
    pub fn number_of_samples(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The starting value used to initialize the random number generator in the explainer.
    pub fn seed(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A parameter that indicates if text features are treated as text and explanations are provided for individual units of text.
    pub fn text_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClarifyTextConfig>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A Boolean toggle to indicate if you want to use the logit function (true) or log-odds units (false) for model predictions.
    pub fn use_logit(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClarifyShapConfig> for ::forma_core::Value<ClarifyShapConfig> {
    fn from(v: ClarifyShapConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLARIFY_SHAP_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONSOLIDATION`, `IDLE_RELEASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategy {
    /// `CONSOLIDATION`
    Consolidation,
    /// `IDLE_RELEASE`
    IdleRelease,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Consolidation => "CONSOLIDATION",
            Self::IdleRelease => "IDLE_RELEASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONSOLIDATION", "IDLE_RELEASE"]
    }
}
impl ::std::convert::From<Strategy> for ::forma_core::Value<Strategy> {
    fn from(v: Strategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategy {}

/// Specifies how the endpoint releases instances when managed instance scaling scales in.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleInPolicy {
    props: ::forma_core::schema::Props,
}
impl ScaleInPolicy {
    /// A new value with its required properties: `Strategy`.
    pub fn new(strategy: impl ::forma_core::schema::EnumArg<Strategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, strategy.into_enum_expr());
        Self { props }
    }
    /// The cooldown period, in minutes, after the last endpoint operation before the endpoint evaluates consolidation scale-in opportunities.
    ///
    /// Allowed: 5 to 1440.
    pub fn cooldown_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of instances that the endpoint can terminate at a time during a consolidation scale-in operation.
    ///
    /// Allowed: 1 to 100.
    pub fn maximum_step_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScaleInPolicy> for ::forma_core::Value<ScaleInPolicy> {
    fn from(v: ScaleInPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALE_IN_POLICY_TYPE.properties))
    }
}

/// The configuration for prefix-aware routing on a SageMaker real-time inference endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefixAwareRoutingConfig {
    props: ::forma_core::schema::Props,
}
impl PrefixAwareRoutingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of in-flight requests on the target instance before the endpoint routes to another instance.
    ///
    /// Allowed: 1 to 1024.
    pub fn concurrency_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum length of the prefix used for routing decisions.
    ///
    /// Allowed: 1024 to 65536.
    pub fn prefix_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrefixAwareRoutingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrefixAwareRoutingConfig> for ::forma_core::Value<PrefixAwareRoutingConfig> {
    fn from(v: PrefixAwareRoutingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFIX_AWARE_ROUTING_CONFIG_TYPE.properties))
    }
}

/// The configuration for the SHAP baseline (also called the background or reference dataset) of the Kernal SHAP algorithm.
#[derive(Debug, Clone, PartialEq)]
pub struct ClarifyShapBaselineConfig {
    props: ::forma_core::schema::Props,
}
impl ClarifyShapBaselineConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The MIME type of the baseline data.
    ///
    /// Allowed: length 0 to 255.
    pub fn mime_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The inline SHAP baseline data in string format.
    ///
    /// Allowed: length 1 to 4096.
    pub fn shap_baseline(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The uniform resource identifier (URI) of the S3 bucket where the SHAP baseline file is stored.
    ///
    /// Allowed: length 0 to 1024.
    pub fn shap_baseline_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClarifyShapBaselineConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClarifyShapBaselineConfig> for ::forma_core::Value<ClarifyShapBaselineConfig> {
    fn from(v: ClarifyShapBaselineConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLARIFY_SHAP_BASELINE_CONFIG_TYPE.properties))
    }
}

/// A parameter used to configure the SageMaker Clarify explainer to treat text features as text so that explanations are provided for individual units of text.
#[derive(Debug, Clone, PartialEq)]
pub struct ClarifyTextConfig {
    props: ::forma_core::schema::Props,
}
impl ClarifyTextConfig {
    /// A new value with its required properties: `Granularity`, `Language`.
    pub fn new(
        granularity: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        language: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, granularity.into().into_expr());
        props.set(1, language.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClarifyTextConfig> for ::forma_core::Value<ClarifyTextConfig> {
    fn from(v: ClarifyTextConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLARIFY_TEXT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::EndpointConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::EndpointConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AsyncInferenceConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ASYNC_INFERENCE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataCaptureConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATA_CAPTURE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnableNetworkIsolation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EndpointConfigName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExplainerConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&EXPLAINER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricsConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&METRICS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProductionVariants",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRODUCTION_VARIANT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ShadowProductionVariants",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRODUCTION_VARIANT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
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
            name: "VpcConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["EndpointConfigArn"],
};

static ASYNC_INFERENCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.AsyncInferenceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASYNC_INFERENCE_CLIENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASYNC_INFERENCE_OUTPUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static DATA_CAPTURE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.DataCaptureConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaptureContentTypeHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTURE_CONTENT_TYPE_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaptureOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPTURE_OPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DestinationS3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/])/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableCapture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InitialSamplingPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static EXPLAINER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ExplainerConfig",
    properties: &[::forma_core::schema::Property {
        name: "ClarifyExplainerConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLARIFY_EXPLAINER_CONFIG_TYPE),
    }],
    rules: &[],
};

static METRICS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.MetricsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableDetailedObservability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableEnhancedMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MetricPublishFrequencyInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[10, 30, 60, 120, 180, 240, 300]),
        },
    ],
    rules: &[],
};

static PRODUCTION_VARIANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ProductionVariant",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerStartupHealthCheckTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CoreDumpConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CORE_DUMP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnableSSMAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InferenceAmiVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "al2-ami-sagemaker-inference-gpu-2",
                "al2-ami-sagemaker-inference-gpu-2-1",
                "al2-ami-sagemaker-inference-gpu-3-1",
                "al2-ami-sagemaker-inference-neuron-2",
                "al2023-ami-sagemaker-inference-gpu-4-1",
            ]),
        },
        ::forma_core::schema::Property {
            name: "InitialInstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InitialVariantWeight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstancePools",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_POOL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ml.c4.2xlarge",
                "ml.c4.4xlarge",
                "ml.c4.8xlarge",
                "ml.c4.large",
                "ml.c4.xlarge",
                "ml.c5.18xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.large",
                "ml.c5.xlarge",
                "ml.c5d.18xlarge",
                "ml.c5d.2xlarge",
                "ml.c5d.4xlarge",
                "ml.c5d.9xlarge",
                "ml.c5d.large",
                "ml.c5d.xlarge",
                "ml.c6g.12xlarge",
                "ml.c6g.16xlarge",
                "ml.c6g.2xlarge",
                "ml.c6g.4xlarge",
                "ml.c6g.8xlarge",
                "ml.c6g.large",
                "ml.c6g.xlarge",
                "ml.c6gd.12xlarge",
                "ml.c6gd.16xlarge",
                "ml.c6gd.2xlarge",
                "ml.c6gd.4xlarge",
                "ml.c6gd.8xlarge",
                "ml.c6gd.large",
                "ml.c6gd.xlarge",
                "ml.c6gn.12xlarge",
                "ml.c6gn.16xlarge",
                "ml.c6gn.2xlarge",
                "ml.c6gn.4xlarge",
                "ml.c6gn.8xlarge",
                "ml.c6gn.large",
                "ml.c6gn.xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.32xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.large",
                "ml.c6i.xlarge",
                "ml.c6in.12xlarge",
                "ml.c6in.16xlarge",
                "ml.c6in.24xlarge",
                "ml.c6in.2xlarge",
                "ml.c6in.32xlarge",
                "ml.c6in.4xlarge",
                "ml.c6in.8xlarge",
                "ml.c6in.large",
                "ml.c6in.xlarge",
                "ml.c7g.12xlarge",
                "ml.c7g.16xlarge",
                "ml.c7g.2xlarge",
                "ml.c7g.4xlarge",
                "ml.c7g.8xlarge",
                "ml.c7g.large",
                "ml.c7g.xlarge",
                "ml.c7i.12xlarge",
                "ml.c7i.16xlarge",
                "ml.c7i.24xlarge",
                "ml.c7i.2xlarge",
                "ml.c7i.48xlarge",
                "ml.c7i.4xlarge",
                "ml.c7i.8xlarge",
                "ml.c7i.large",
                "ml.c7i.xlarge",
                "ml.c8g.12xlarge",
                "ml.c8g.16xlarge",
                "ml.c8g.24xlarge",
                "ml.c8g.2xlarge",
                "ml.c8g.48xlarge",
                "ml.c8g.4xlarge",
                "ml.c8g.8xlarge",
                "ml.c8g.large",
                "ml.c8g.medium",
                "ml.c8g.xlarge",
                "ml.dl1.24xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.2xlarge",
                "ml.g5.48xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.2xlarge",
                "ml.g6.48xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.48xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.xlarge",
                "ml.g7.12xlarge",
                "ml.g7.24xlarge",
                "ml.g7.2xlarge",
                "ml.g7.48xlarge",
                "ml.g7.4xlarge",
                "ml.g7.8xlarge",
                "ml.g7e.12xlarge",
                "ml.g7e.24xlarge",
                "ml.g7e.2xlarge",
                "ml.g7e.48xlarge",
                "ml.g7e.4xlarge",
                "ml.g7e.8xlarge",
                "ml.inf1.24xlarge",
                "ml.inf1.2xlarge",
                "ml.inf1.6xlarge",
                "ml.inf1.xlarge",
                "ml.inf2.24xlarge",
                "ml.inf2.48xlarge",
                "ml.inf2.8xlarge",
                "ml.inf2.xlarge",
                "ml.m4.10xlarge",
                "ml.m4.16xlarge",
                "ml.m4.2xlarge",
                "ml.m4.4xlarge",
                "ml.m4.xlarge",
                "ml.m5.12xlarge",
                "ml.m5.24xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.large",
                "ml.m5.xlarge",
                "ml.m5d.12xlarge",
                "ml.m5d.24xlarge",
                "ml.m5d.2xlarge",
                "ml.m5d.4xlarge",
                "ml.m5d.large",
                "ml.m5d.xlarge",
                "ml.m6g.12xlarge",
                "ml.m6g.16xlarge",
                "ml.m6g.2xlarge",
                "ml.m6g.4xlarge",
                "ml.m6g.8xlarge",
                "ml.m6g.large",
                "ml.m6g.xlarge",
                "ml.m6gd.12xlarge",
                "ml.m6gd.16xlarge",
                "ml.m6gd.2xlarge",
                "ml.m6gd.4xlarge",
                "ml.m6gd.8xlarge",
                "ml.m6gd.large",
                "ml.m6gd.xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.32xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.48xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.m8g.12xlarge",
                "ml.m8g.16xlarge",
                "ml.m8g.24xlarge",
                "ml.m8g.2xlarge",
                "ml.m8g.48xlarge",
                "ml.m8g.4xlarge",
                "ml.m8g.8xlarge",
                "ml.m8g.large",
                "ml.m8g.medium",
                "ml.m8g.xlarge",
                "ml.p2.16xlarge",
                "ml.p2.8xlarge",
                "ml.p2.xlarge",
                "ml.p3.16xlarge",
                "ml.p3.2xlarge",
                "ml.p3.8xlarge",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.p5.48xlarge",
                "ml.p5.4xlarge",
                "ml.p5e.48xlarge",
                "ml.p5en.48xlarge",
                "ml.p6-b200.48xlarge",
                "ml.p6-b300.48xlarge",
                "ml.p6e-gb200.36xlarge",
                "ml.r5.12xlarge",
                "ml.r5.24xlarge",
                "ml.r5.2xlarge",
                "ml.r5.4xlarge",
                "ml.r5.large",
                "ml.r5.xlarge",
                "ml.r5d.12xlarge",
                "ml.r5d.24xlarge",
                "ml.r5d.2xlarge",
                "ml.r5d.4xlarge",
                "ml.r5d.large",
                "ml.r5d.xlarge",
                "ml.r6g.12xlarge",
                "ml.r6g.16xlarge",
                "ml.r6g.2xlarge",
                "ml.r6g.4xlarge",
                "ml.r6g.8xlarge",
                "ml.r6g.large",
                "ml.r6g.xlarge",
                "ml.r6gd.12xlarge",
                "ml.r6gd.16xlarge",
                "ml.r6gd.2xlarge",
                "ml.r6gd.4xlarge",
                "ml.r6gd.8xlarge",
                "ml.r6gd.large",
                "ml.r6gd.xlarge",
                "ml.r6i.12xlarge",
                "ml.r6i.16xlarge",
                "ml.r6i.24xlarge",
                "ml.r6i.2xlarge",
                "ml.r6i.32xlarge",
                "ml.r6i.4xlarge",
                "ml.r6i.8xlarge",
                "ml.r6i.large",
                "ml.r6i.xlarge",
                "ml.r7gd.12xlarge",
                "ml.r7gd.16xlarge",
                "ml.r7gd.2xlarge",
                "ml.r7gd.4xlarge",
                "ml.r7gd.8xlarge",
                "ml.r7gd.large",
                "ml.r7gd.medium",
                "ml.r7gd.xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.48xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.r8g.12xlarge",
                "ml.r8g.16xlarge",
                "ml.r8g.24xlarge",
                "ml.r8g.2xlarge",
                "ml.r8g.48xlarge",
                "ml.r8g.4xlarge",
                "ml.r8g.8xlarge",
                "ml.r8g.large",
                "ml.r8g.medium",
                "ml.r8g.xlarge",
                "ml.t2.2xlarge",
                "ml.t2.large",
                "ml.t2.medium",
                "ml.t2.xlarge",
                "ml.trn1.2xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
                "ml.trn2.48xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ManagedInstanceScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCE_SCALING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelDataDownloadTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerlessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVERLESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VariantInstanceProvisionTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(300.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VariantName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeSizeInGB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(512.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.Tag",
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

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static ASYNC_INFERENCE_CLIENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.AsyncInferenceClientConfig",
    properties: &[::forma_core::schema::Property {
        name: "MaxConcurrentInvocationsPerInstance",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(1000.0),
        }),
    }],
    rules: &[],
};

static ASYNC_INFERENCE_OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.AsyncInferenceOutputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASYNC_INFERENCE_NOTIFICATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3FailurePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/])/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/])/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static CAPTURE_CONTENT_TYPE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.CaptureContentTypeHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "CsvContentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$"),
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
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static CAPTURE_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.CaptureOption",
    properties: &[::forma_core::schema::Property {
        name: "CaptureMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Input", "InputAndOutput", "Output"]),
    }],
    rules: &[],
};

static CLARIFY_EXPLAINER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ClarifyExplainerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableExplanations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "InferenceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLARIFY_INFERENCE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ShapConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLARIFY_SHAP_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static CAPACITY_RESERVATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.CapacityReservationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("capacity-reservations-only"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MlReservationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z0-9\\-]{1,14}/"),
                min_length: Some(20),
                max_length: Some(258),
            }),
        },
    ],
    rules: &[],
};

static CORE_DUMP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.CoreDumpConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationS3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/])/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static INSTANCE_POOL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.InstancePool",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ml.c4.2xlarge",
                "ml.c4.4xlarge",
                "ml.c4.8xlarge",
                "ml.c4.large",
                "ml.c4.xlarge",
                "ml.c5.18xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.large",
                "ml.c5.xlarge",
                "ml.c5d.18xlarge",
                "ml.c5d.2xlarge",
                "ml.c5d.4xlarge",
                "ml.c5d.9xlarge",
                "ml.c5d.large",
                "ml.c5d.xlarge",
                "ml.c6g.12xlarge",
                "ml.c6g.16xlarge",
                "ml.c6g.2xlarge",
                "ml.c6g.4xlarge",
                "ml.c6g.8xlarge",
                "ml.c6g.large",
                "ml.c6g.xlarge",
                "ml.c6gd.12xlarge",
                "ml.c6gd.16xlarge",
                "ml.c6gd.2xlarge",
                "ml.c6gd.4xlarge",
                "ml.c6gd.8xlarge",
                "ml.c6gd.large",
                "ml.c6gd.xlarge",
                "ml.c6gn.12xlarge",
                "ml.c6gn.16xlarge",
                "ml.c6gn.2xlarge",
                "ml.c6gn.4xlarge",
                "ml.c6gn.8xlarge",
                "ml.c6gn.large",
                "ml.c6gn.xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.32xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.large",
                "ml.c6i.xlarge",
                "ml.c6in.12xlarge",
                "ml.c6in.16xlarge",
                "ml.c6in.24xlarge",
                "ml.c6in.2xlarge",
                "ml.c6in.32xlarge",
                "ml.c6in.4xlarge",
                "ml.c6in.8xlarge",
                "ml.c6in.large",
                "ml.c6in.xlarge",
                "ml.c7g.12xlarge",
                "ml.c7g.16xlarge",
                "ml.c7g.2xlarge",
                "ml.c7g.4xlarge",
                "ml.c7g.8xlarge",
                "ml.c7g.large",
                "ml.c7g.xlarge",
                "ml.c7i.12xlarge",
                "ml.c7i.16xlarge",
                "ml.c7i.24xlarge",
                "ml.c7i.2xlarge",
                "ml.c7i.48xlarge",
                "ml.c7i.4xlarge",
                "ml.c7i.8xlarge",
                "ml.c7i.large",
                "ml.c7i.xlarge",
                "ml.c8g.12xlarge",
                "ml.c8g.16xlarge",
                "ml.c8g.24xlarge",
                "ml.c8g.2xlarge",
                "ml.c8g.48xlarge",
                "ml.c8g.4xlarge",
                "ml.c8g.8xlarge",
                "ml.c8g.large",
                "ml.c8g.medium",
                "ml.c8g.xlarge",
                "ml.dl1.24xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.2xlarge",
                "ml.g5.48xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.2xlarge",
                "ml.g6.48xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.48xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.xlarge",
                "ml.g7.12xlarge",
                "ml.g7.24xlarge",
                "ml.g7.2xlarge",
                "ml.g7.48xlarge",
                "ml.g7.4xlarge",
                "ml.g7.8xlarge",
                "ml.g7e.12xlarge",
                "ml.g7e.24xlarge",
                "ml.g7e.2xlarge",
                "ml.g7e.48xlarge",
                "ml.g7e.4xlarge",
                "ml.g7e.8xlarge",
                "ml.inf1.24xlarge",
                "ml.inf1.2xlarge",
                "ml.inf1.6xlarge",
                "ml.inf1.xlarge",
                "ml.inf2.24xlarge",
                "ml.inf2.48xlarge",
                "ml.inf2.8xlarge",
                "ml.inf2.xlarge",
                "ml.m4.10xlarge",
                "ml.m4.16xlarge",
                "ml.m4.2xlarge",
                "ml.m4.4xlarge",
                "ml.m4.xlarge",
                "ml.m5.12xlarge",
                "ml.m5.24xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.large",
                "ml.m5.xlarge",
                "ml.m5d.12xlarge",
                "ml.m5d.24xlarge",
                "ml.m5d.2xlarge",
                "ml.m5d.4xlarge",
                "ml.m5d.large",
                "ml.m5d.xlarge",
                "ml.m6g.12xlarge",
                "ml.m6g.16xlarge",
                "ml.m6g.2xlarge",
                "ml.m6g.4xlarge",
                "ml.m6g.8xlarge",
                "ml.m6g.large",
                "ml.m6g.xlarge",
                "ml.m6gd.12xlarge",
                "ml.m6gd.16xlarge",
                "ml.m6gd.2xlarge",
                "ml.m6gd.4xlarge",
                "ml.m6gd.8xlarge",
                "ml.m6gd.large",
                "ml.m6gd.xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.32xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.48xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.m8g.12xlarge",
                "ml.m8g.16xlarge",
                "ml.m8g.24xlarge",
                "ml.m8g.2xlarge",
                "ml.m8g.48xlarge",
                "ml.m8g.4xlarge",
                "ml.m8g.8xlarge",
                "ml.m8g.large",
                "ml.m8g.medium",
                "ml.m8g.xlarge",
                "ml.p2.16xlarge",
                "ml.p2.8xlarge",
                "ml.p2.xlarge",
                "ml.p3.16xlarge",
                "ml.p3.2xlarge",
                "ml.p3.8xlarge",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.p5.48xlarge",
                "ml.p5.4xlarge",
                "ml.p5e.48xlarge",
                "ml.p5en.48xlarge",
                "ml.p6-b200.48xlarge",
                "ml.p6-b300.48xlarge",
                "ml.p6e-gb200.36xlarge",
                "ml.r5.12xlarge",
                "ml.r5.24xlarge",
                "ml.r5.2xlarge",
                "ml.r5.4xlarge",
                "ml.r5.large",
                "ml.r5.xlarge",
                "ml.r5d.12xlarge",
                "ml.r5d.24xlarge",
                "ml.r5d.2xlarge",
                "ml.r5d.4xlarge",
                "ml.r5d.large",
                "ml.r5d.xlarge",
                "ml.r6g.12xlarge",
                "ml.r6g.16xlarge",
                "ml.r6g.2xlarge",
                "ml.r6g.4xlarge",
                "ml.r6g.8xlarge",
                "ml.r6g.large",
                "ml.r6g.xlarge",
                "ml.r6gd.12xlarge",
                "ml.r6gd.16xlarge",
                "ml.r6gd.2xlarge",
                "ml.r6gd.4xlarge",
                "ml.r6gd.8xlarge",
                "ml.r6gd.large",
                "ml.r6gd.xlarge",
                "ml.r6i.12xlarge",
                "ml.r6i.16xlarge",
                "ml.r6i.24xlarge",
                "ml.r6i.2xlarge",
                "ml.r6i.32xlarge",
                "ml.r6i.4xlarge",
                "ml.r6i.8xlarge",
                "ml.r6i.large",
                "ml.r6i.xlarge",
                "ml.r7gd.12xlarge",
                "ml.r7gd.16xlarge",
                "ml.r7gd.2xlarge",
                "ml.r7gd.4xlarge",
                "ml.r7gd.8xlarge",
                "ml.r7gd.large",
                "ml.r7gd.medium",
                "ml.r7gd.xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.48xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.r8g.12xlarge",
                "ml.r8g.16xlarge",
                "ml.r8g.24xlarge",
                "ml.r8g.2xlarge",
                "ml.r8g.48xlarge",
                "ml.r8g.4xlarge",
                "ml.r8g.8xlarge",
                "ml.r8g.large",
                "ml.r8g.medium",
                "ml.r8g.xlarge",
                "ml.t2.2xlarge",
                "ml.t2.large",
                "ml.t2.medium",
                "ml.t2.xlarge",
                "ml.trn1.2xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
                "ml.trn2.48xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ModelNameOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
    ],
    rules: &[],
};

static MANAGED_INSTANCE_SCALING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ManagedInstanceScaling",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxInstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinInstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScaleInPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALE_IN_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
    ],
    rules: &[],
};

static ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.RoutingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "PrefixAwareRoutingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREFIX_AWARE_ROUTING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoutingStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEAST_OUTSTANDING_REQUESTS", "PREFIX_AWARE", "RANDOM"]),
        },
    ],
    rules: &[],
};

static SERVERLESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ServerlessConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxConcurrency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MemorySizeInMB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1024.0),
                maximum: Some(6144.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedConcurrency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(200.0),
            }),
        },
    ],
    rules: &[],
};

static ASYNC_INFERENCE_NOTIFICATION_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::EndpointConfig.AsyncInferenceNotificationConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ErrorTopic",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$"),
                    min_length: Some(0),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "IncludeInferenceResponseIn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["ERROR_NOTIFICATION_TOPIC", "SUCCESS_NOTIFICATION_TOPIC"]),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
                ),
            },
            ::forma_core::schema::Property {
                name: "SuccessTopic",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$"),
                    min_length: Some(0),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static CLARIFY_INFERENCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ClarifyInferenceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FeatureHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FeatureTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("numerical|categorical|text"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FeaturesAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LabelAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LabelHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LabelIndex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxPayloadInMB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(25.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRecordCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProbabilityAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProbabilityIndex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CLARIFY_SHAP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ClarifyShapConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberOfSamples",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Seed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ShapBaselineConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLARIFY_SHAP_BASELINE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TextConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLARIFY_TEXT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UseLogit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SCALE_IN_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ScaleInPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CooldownInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumStepSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Strategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONSOLIDATION", "IDLE_RELEASE"]),
        },
    ],
    rules: &[],
};

static PREFIX_AWARE_ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.PrefixAwareRoutingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConcurrencyThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1024.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrefixLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1024.0),
                maximum: Some(65536.0),
            }),
        },
    ],
    rules: &[],
};

static CLARIFY_SHAP_BASELINE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::EndpointConfig.ClarifyShapBaselineConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MimeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9+.])*"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShapBaseline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]+"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShapBaselineUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static CLARIFY_TEXT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SageMaker::EndpointConfig.ClarifyTextConfig",
properties: &[
::forma_core::schema::Property { name: "Granularity", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("token|sentence|paragraph"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Language", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("af|sq|ar|hy|eu|bn|bg|ca|zh|hr|cs|da|nl|en|et|fi|fr|de|el|gu|he|hi|hu|is|id|ga|it|kn|ky|lv|lt|lb|mk|ml|mr|ne|nb|fa|pl|pt|ro|ru|sa|sr|tn|si|sk|sl|es|sv|tl|ta|tt|te|tr|uk|ur|yo|lij|xx"), min_length: None, max_length: None }) },
],
rules: &[],
};
