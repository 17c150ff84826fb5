// @generated from AWS::SageMaker::ModelQualityJobDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ModelQualityJobDefinition` and its property types.

/// Resource Type definition for AWS::SageMaker::ModelQualityJobDefinition
///
/// CloudFormation type `AWS::SageMaker::ModelQualityJobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelQualityJobDefinition {
    props: ::forma_core::schema::Props,
}
impl ModelQualityJobDefinition {
    /// A new resource with its required properties: `JobResources`, `ModelQualityAppSpecification`, `ModelQualityJobInput`, `ModelQualityJobOutputConfig`, `RoleArn`.
    #[track_caller]
    pub fn new(
        job_resources: impl ::std::convert::Into<::forma_core::Value<MonitoringResources>>,
        model_quality_app_specification: impl ::std::convert::Into<::forma_core::Value<ModelQualityAppSpecification>>,
        model_quality_job_input: impl ::std::convert::Into<::forma_core::Value<ModelQualityJobInput>>,
        model_quality_job_output_config: impl ::std::convert::Into<::forma_core::Value<MonitoringOutputConfig>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, job_resources.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, model_quality_app_specification.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, model_quality_job_input.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, model_quality_job_output_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the endpoint used to run the monitoring job.
    ///
    /// Allowed: length 0 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the job definition.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_definition_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Baseline configuration used to validate that the data conforms to the specified constraints and statistics.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_quality_baseline_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelQualityBaselineConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Networking options for a job, such as network traffic encryption between containers, whether to allow inbound and outbound network calls to and from containers, and the VPC subnets and security groups to use for VPC-enabled jobs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<NetworkConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a time limit for how long the monitoring job is allowed to run.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn stopping_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StoppingCondition>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ModelQualityJobDefinition {
    type Attributes = ModelQualityJobDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ModelQualityJobDefinition"
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
/// The attributes of a `AWS::SageMaker::ModelQualityJobDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ModelQualityJobDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ModelQualityJobDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ModelQualityJobDefinitionAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `JobDefinitionArn`.
    pub fn job_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "JobDefinitionArn")
    }
}

/// Identifies the resources to deploy for a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringResources {
    props: ::forma_core::schema::Props,
}
impl MonitoringResources {
    /// A new value with its required properties: `ClusterConfig`.
    pub fn new(cluster_config: impl ::std::convert::Into<::forma_core::Value<ClusterConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cluster_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonitoringResources> for ::forma_core::Value<MonitoringResources> {
    fn from(v: MonitoringResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_RESOURCES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BinaryClassification`, `MulticlassClassification`, `Regression`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProblemType {
    /// `BinaryClassification`
    BinaryClassification,
    /// `MulticlassClassification`
    MulticlassClassification,
    /// `Regression`
    Regression,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProblemType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BinaryClassification => "BinaryClassification",
            Self::MulticlassClassification => "MulticlassClassification",
            Self::Regression => "Regression",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BinaryClassification", "MulticlassClassification", "Regression"]
    }
}
impl ::std::convert::From<ProblemType> for ::forma_core::Value<ProblemType> {
    fn from(v: ProblemType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProblemType {}

/// Container image configuration object for the monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelQualityAppSpecification {
    props: ::forma_core::schema::Props,
}
impl ModelQualityAppSpecification {
    /// A new value with its required properties: `ImageUri`, `ProblemType`.
    pub fn new(
        image_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        problem_type: impl ::forma_core::schema::EnumArg<ProblemType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, image_uri.into().into_expr());
        props.set(5, problem_type.into_enum_expr());
        Self { props }
    }
    /// An array of arguments for the container used to run the monitoring job.
    pub fn container_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the entrypoint for a container used to run the monitoring job.
    pub fn container_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Sets the environment variables in the Docker container
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An Amazon S3 URI to a script that is called after analysis has been performed.
    ///
    /// Allowed: length 0 to 1024.
    pub fn post_analytics_processor_source_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An Amazon S3 URI to a script that is called per row prior to running analysis.
    ///
    /// Allowed: length 0 to 1024.
    pub fn record_preprocessor_source_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ModelQualityAppSpecification> for ::forma_core::Value<ModelQualityAppSpecification> {
    fn from(v: ModelQualityAppSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_QUALITY_APP_SPECIFICATION_TYPE.properties))
    }
}

/// Baseline configuration used to validate that the data conforms to the specified constraints and statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelQualityBaselineConfig {
    props: ::forma_core::schema::Props,
}
impl ModelQualityBaselineConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of a processing job
    ///
    /// Allowed: length 1 to 63.
    pub fn baselining_job_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The baseline constraints resource for a monitoring job.
    pub fn constraints_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConstraintsResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelQualityBaselineConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelQualityBaselineConfig> for ::forma_core::Value<ModelQualityBaselineConfig> {
    fn from(v: ModelQualityBaselineConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_QUALITY_BASELINE_CONFIG_TYPE.properties))
    }
}

/// The inputs for a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelQualityJobInput {
    props: ::forma_core::schema::Props,
}
impl ModelQualityJobInput {
    /// A new value with its required properties: `GroundTruthS3Input`.
    pub fn new(
        ground_truth_s3_input: impl ::std::convert::Into<::forma_core::Value<MonitoringGroundTruthS3Input>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, ground_truth_s3_input.into().into_expr());
        Self { props }
    }
    /// The batch transform input for a monitoring job.
    pub fn batch_transform_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BatchTransformInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The endpoint for a monitoring job.
    pub fn endpoint_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<EndpointInput>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ModelQualityJobInput> for ::forma_core::Value<ModelQualityJobInput> {
    fn from(v: ModelQualityJobInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_QUALITY_JOB_INPUT_TYPE.properties))
    }
}

/// The output configuration for monitoring jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringOutputConfig {
    props: ::forma_core::schema::Props,
}
impl MonitoringOutputConfig {
    /// A new value with its required properties: `MonitoringOutputs`.
    pub fn new(
        monitoring_outputs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MonitoringOutput>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, monitoring_outputs.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MonitoringOutputConfig> for ::forma_core::Value<MonitoringOutputConfig> {
    fn from(v: MonitoringOutputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_OUTPUT_CONFIG_TYPE.properties))
    }
}

/// Networking options for a job, such as network traffic encryption between containers, whether to allow inbound and outbound network calls to and from containers, and the VPC subnets and security groups to use for VPC-enabled jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfig {
    props: ::forma_core::schema::Props,
}
impl NetworkConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to encrypt all communications between distributed processing jobs.
    pub fn enable_inter_container_traffic_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether to allow inbound and outbound network calls to and from the containers used for the processing job.
    pub fn enable_network_isolation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies a VPC that your training jobs and hosted models have access to.
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkConfig> for ::forma_core::Value<NetworkConfig> {
    fn from(v: NetworkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIG_TYPE.properties))
    }
}

/// Specifies a time limit for how long the monitoring job is allowed to run.
#[derive(Debug, Clone, PartialEq)]
pub struct StoppingCondition {
    props: ::forma_core::schema::Props,
}
impl StoppingCondition {
    /// A new value with its required properties: `MaxRuntimeInSeconds`.
    pub fn new(max_runtime_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_runtime_in_seconds.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StoppingCondition> for ::forma_core::Value<StoppingCondition> {
    fn from(v: StoppingCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STOPPING_CONDITION_TYPE.properties))
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

/// Configuration for the cluster used to run model monitoring jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterConfig {
    /// A new value with its required properties: `InstanceCount`, `InstanceType`, `VolumeSizeInGB`.
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        volume_size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_count.into().into_expr());
        props.set(1, instance_type.into().into_expr());
        props.set(3, volume_size_in_gb.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that run the model monitoring job.
    ///
    /// Allowed: 1 to 2048; length 0 to 2048.
    pub fn volume_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClusterConfig> for ::forma_core::Value<ClusterConfig> {
    fn from(v: ClusterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_CONFIG_TYPE.properties))
    }
}

/// The baseline constraints resource for a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstraintsResource {
    props: ::forma_core::schema::Props,
}
impl ConstraintsResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon S3 URI for baseline constraint file in Amazon S3 that the current monitoring job should validated against.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConstraintsResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConstraintsResource> for ::forma_core::Value<ConstraintsResource> {
    fn from(v: ConstraintsResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSTRAINTS_RESOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FullyReplicated`, `ShardedByS3Key`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3DataDistributionType {
    /// `FullyReplicated`
    FullyReplicated,
    /// `ShardedByS3Key`
    ShardedByS3Key,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3DataDistributionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullyReplicated => "FullyReplicated",
            Self::ShardedByS3Key => "ShardedByS3Key",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FullyReplicated", "ShardedByS3Key"]
    }
}
impl ::std::convert::From<S3DataDistributionType> for ::forma_core::Value<S3DataDistributionType> {
    fn from(v: S3DataDistributionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3DataDistributionType {}

/// The values CloudFormation documents: `Pipe`, `File`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3InputMode {
    /// `Pipe`
    Pipe,
    /// `File`
    File,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3InputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pipe => "Pipe",
            Self::File => "File",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Pipe", "File"]
    }
}
impl ::std::convert::From<S3InputMode> for ::forma_core::Value<S3InputMode> {
    fn from(v: S3InputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3InputMode {}

/// The batch transform input for a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchTransformInput {
    props: ::forma_core::schema::Props,
}
impl BatchTransformInput {
    /// A new value with its required properties: `DataCapturedDestinationS3Uri`, `DatasetFormat`, `LocalPath`.
    pub fn new(
        data_captured_destination_s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dataset_format: impl ::std::convert::Into<::forma_core::Value<DatasetFormat>>,
        local_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_captured_destination_s3_uri.into().into_expr());
        props.set(1, dataset_format.into().into_expr());
        props.set(4, local_path.into().into_expr());
        Self { props }
    }
    /// Monitoring end time offset, e.g.
    ///
    /// Allowed: length 1 to 15.
    pub fn end_time_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Index or JSONpath to locate predicted label(s)
    ///
    /// Allowed: length 0 to 256.
    pub fn inference_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Index or JSONpath to locate probabilities
    ///
    /// Allowed: length 0 to 256.
    pub fn probability_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ProbabilityThresholdAttribute`.
    pub fn probability_threshold_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Whether input data distributed in Amazon S3 is fully replicated or sharded by an S3 key.
    pub fn s3_data_distribution_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<S3DataDistributionType>,
    ) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Whether the Pipe or File is used as the input mode for transfering data for the monitoring job.
    pub fn s3_input_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3InputMode>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Monitoring start time offset, e.g.
    ///
    /// Allowed: length 1 to 15.
    pub fn start_time_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BatchTransformInput> for ::forma_core::Value<BatchTransformInput> {
    fn from(v: BatchTransformInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_TRANSFORM_INPUT_TYPE.properties))
    }
}

/// The endpoint for a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointInput {
    props: ::forma_core::schema::Props,
}
impl EndpointInput {
    /// A new value with its required properties: `EndpointName`, `LocalPath`.
    pub fn new(
        endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        local_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, endpoint_name.into().into_expr());
        props.set(3, local_path.into().into_expr());
        Self { props }
    }
    /// Monitoring end time offset, e.g.
    ///
    /// Allowed: length 1 to 15.
    pub fn end_time_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Index or JSONpath to locate predicted label(s)
    ///
    /// Allowed: length 0 to 256.
    pub fn inference_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Index or JSONpath to locate probabilities
    ///
    /// Allowed: length 0 to 256.
    pub fn probability_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ProbabilityThresholdAttribute`.
    pub fn probability_threshold_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Whether input data distributed in Amazon S3 is fully replicated or sharded by an S3 key.
    pub fn s3_data_distribution_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<S3DataDistributionType>,
    ) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Whether the Pipe or File is used as the input mode for transfering data for the monitoring job.
    pub fn s3_input_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3InputMode>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Monitoring start time offset, e.g.
    ///
    /// Allowed: length 1 to 15.
    pub fn start_time_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EndpointInput> for ::forma_core::Value<EndpointInput> {
    fn from(v: EndpointInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_INPUT_TYPE.properties))
    }
}

/// Ground truth input provided in S3
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringGroundTruthS3Input {
    props: ::forma_core::schema::Props,
}
impl MonitoringGroundTruthS3Input {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonitoringGroundTruthS3Input> for ::forma_core::Value<MonitoringGroundTruthS3Input> {
    fn from(v: MonitoringGroundTruthS3Input) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_GROUND_TRUTH_S3_INPUT_TYPE.properties))
    }
}

/// The output object for a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringOutput {
    props: ::forma_core::schema::Props,
}
impl MonitoringOutput {
    /// A new value with its required properties: `S3Output`.
    pub fn new(s3_output: impl ::std::convert::Into<::forma_core::Value<S3Output>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_output.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonitoringOutput> for ::forma_core::Value<MonitoringOutput> {
    fn from(v: MonitoringOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_OUTPUT_TYPE.properties))
    }
}

/// Specifies a VPC that your training jobs and hosted models have access to.
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

/// The dataset format of the data to monitor
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetFormat {
    props: ::forma_core::schema::Props,
}
impl DatasetFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CSV format
    pub fn csv(mut self, value: impl ::std::convert::Into<::forma_core::Value<Csv>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Json format
    pub fn json(mut self, value: impl ::std::convert::Into<::forma_core::Value<Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A flag indicating if the dataset format is Parquet
    pub fn parquet(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetFormat> for ::forma_core::Value<DatasetFormat> {
    fn from(v: DatasetFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_FORMAT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Continuous`, `EndOfJob`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3UploadMode {
    /// `Continuous`
    Continuous,
    /// `EndOfJob`
    EndOfJob,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3UploadMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Continuous => "Continuous",
            Self::EndOfJob => "EndOfJob",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Continuous", "EndOfJob"]
    }
}
impl ::std::convert::From<S3UploadMode> for ::forma_core::Value<S3UploadMode> {
    fn from(v: S3UploadMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3UploadMode {}

/// Information about where and how to store the results of a monitoring job.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Output {
    props: ::forma_core::schema::Props,
}
impl S3Output {
    /// A new value with its required properties: `LocalPath`, `S3Uri`.
    pub fn new(
        local_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, local_path.into().into_expr());
        props.set(2, s3_uri.into().into_expr());
        Self { props }
    }
    /// Whether to upload the results of the monitoring job continuously or after the job completes.
    pub fn s3_upload_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3UploadMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<S3Output> for ::forma_core::Value<S3Output> {
    fn from(v: S3Output) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OUTPUT_TYPE.properties))
    }
}

/// The CSV format
#[derive(Debug, Clone, PartialEq)]
pub struct Csv {
    props: ::forma_core::schema::Props,
}
impl Csv {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A boolean flag indicating if given CSV has header
    pub fn header(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Csv {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Csv> for ::forma_core::Value<Csv> {
    fn from(v: Csv) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_TYPE.properties))
    }
}

/// The Json format
#[derive(Debug, Clone, PartialEq)]
pub struct Json {
    props: ::forma_core::schema::Props,
}
impl Json {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A boolean flag indicating if it is JSON line format
    pub fn line(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Json {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Json> for ::forma_core::Value<Json> {
    fn from(v: Json) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::ModelQualityJobDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::ModelQualityJobDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobDefinitionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobResources",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_RESOURCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelQualityAppSpecification",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MODEL_QUALITY_APP_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelQualityBaselineConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MODEL_QUALITY_BASELINE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelQualityJobInput",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MODEL_QUALITY_JOB_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelQualityJobOutputConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_OUTPUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIG_TYPE),
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
            name: "StoppingCondition",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&STOPPING_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreationTime", "JobDefinitionArn"],
};

static MONITORING_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.MonitoringResources",
    properties: &[::forma_core::schema::Property {
        name: "ClusterConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLUSTER_CONFIG_TYPE),
    }],
    rules: &[],
};

static MODEL_QUALITY_APP_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.ModelQualityAppSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainerEntrypoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "ImageUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PostAnalyticsProcessorSourceUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProblemType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BinaryClassification",
                "MulticlassClassification",
                "Regression",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RecordPreprocessorSourceUri",
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

static MODEL_QUALITY_BASELINE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.ModelQualityBaselineConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseliningJobName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConstraintsResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONSTRAINTS_RESOURCE_TYPE),
        },
    ],
    rules: &[],
};

static MODEL_QUALITY_JOB_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.ModelQualityJobInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchTransformInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_TRANSFORM_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GroundTruthS3Input",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_GROUND_TRUTH_S3_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static MONITORING_OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.MonitoringOutputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MonitoringOutputs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MONITORING_OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.NetworkConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableInterContainerTrafficEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableNetworkIsolation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static STOPPING_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.StoppingCondition",
    properties: &[::forma_core::schema::Property {
        name: "MaxRuntimeInSeconds",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(86400.0),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.Tag",
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

static CLUSTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.ClusterConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VolumeKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeSizeInGB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(16384.0),
            }),
        },
    ],
    rules: &[],
};

static CONSTRAINTS_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.ConstraintsResource",
    properties: &[::forma_core::schema::Property {
        name: "S3Uri",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
            min_length: Some(0),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static BATCH_TRANSFORM_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.BatchTransformInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataCapturedDestinationS3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_FORMAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndTimeOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.?P.*"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "InferenceAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocalPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProbabilityAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProbabilityThresholdAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3DataDistributionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FullyReplicated", "ShardedByS3Key"]),
        },
        ::forma_core::schema::Property {
            name: "S3InputMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Pipe", "File"]),
        },
        ::forma_core::schema::Property {
            name: "StartTimeOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.?P.*"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
    ],
    rules: &[],
};

static ENDPOINT_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.EndpointInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTimeOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.?P.*"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "InferenceAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocalPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProbabilityAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProbabilityThresholdAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3DataDistributionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FullyReplicated", "ShardedByS3Key"]),
        },
        ::forma_core::schema::Property {
            name: "S3InputMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Pipe", "File"]),
        },
        ::forma_core::schema::Property {
            name: "StartTimeOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.?P.*"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
    ],
    rules: &[],
};

static MONITORING_GROUND_TRUTH_S3_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.MonitoringGroundTruthS3Input",
    properties: &[::forma_core::schema::Property {
        name: "S3Uri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static MONITORING_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.MonitoringOutput",
    properties: &[::forma_core::schema::Property {
        name: "S3Output",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_OUTPUT_TYPE),
    }],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[-0-9a-zA-Z]+"),
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
                    pattern: Some("[-0-9a-zA-Z]+"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static DATASET_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.DatasetFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Csv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CSV_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Json",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Parquet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static S3_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.S3Output",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3UploadMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Continuous", "EndOfJob"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static CSV_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.Csv",
    properties: &[::forma_core::schema::Property {
        name: "Header",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static JSON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelQualityJobDefinition.Json",
    properties: &[::forma_core::schema::Property {
        name: "Line",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
