// @generated from AWS::SageMaker::ProcessingJob (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ProcessingJob` and its property types.

/// Resource Type definition for AWS::SageMaker::ProcessingJob
///
/// CloudFormation type `AWS::SageMaker::ProcessingJob`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingJob {
    props: ::forma_core::schema::Props,
}
impl ProcessingJob {
    /// A new resource with its required properties: `AppSpecification`, `ProcessingResources`, `RoleArn`.
    #[track_caller]
    pub fn new(
        app_specification: impl ::std::convert::Into<::forma_core::Value<AppSpecification>>,
        processing_resources: impl ::std::convert::Into<::forma_core::Value<ProcessingResources>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_specification.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, processing_resources.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Sets the environment variables in the Docker container
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Associates a SageMaker job as a trial component with an experiment and trial.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn experiment_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExperimentConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Networking options for a job, such as network traffic encryption between containers, whether to allow inbound and outbound network calls to and from containers, and the VPC subnets and security groups to use for VPC-enabled jobs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<NetworkConfig>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of inputs configuring the data to download into the processing container.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn processing_inputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProcessingInputsObject>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the processing job.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn processing_job_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for uploading output from the processing container.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn processing_output_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessingOutputConfig>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures conditions under which the processing job should be stopped, such as how long the processing job has been running.
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
    /// (Optional) An array of key-value pairs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProcessingJob {
    type Attributes = ProcessingJobAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ProcessingJob"
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
/// The attributes of a `AWS::SageMaker::ProcessingJob` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProcessingJobAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProcessingJobAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProcessingJobAttributes {
    /// `Fn::GetAtt` `ProcessingJobArn`.
    pub fn processing_job_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcessingJobArn")
    }
    /// `Fn::GetAtt` `TrainingJobArn`.
    pub fn training_job_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrainingJobArn")
    }
    /// `Fn::GetAtt` `AutoMLJobArn`.
    pub fn auto_ml_job_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoMLJobArn")
    }
    /// `Fn::GetAtt` `ExitMessage`.
    pub fn exit_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExitMessage")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `MonitoringScheduleArn`.
    pub fn monitoring_schedule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MonitoringScheduleArn")
    }
    /// `Fn::GetAtt` `ProcessingJobStatus`.
    pub fn processing_job_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcessingJobStatus")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `ProcessingStartTime`.
    pub fn processing_start_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcessingStartTime")
    }
    /// `Fn::GetAtt` `ProcessingEndTime`.
    pub fn processing_end_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProcessingEndTime")
    }
}

/// Configures the processing job to run a specified Docker container image.
#[derive(Debug, Clone, PartialEq)]
pub struct AppSpecification {
    props: ::forma_core::schema::Props,
}
impl AppSpecification {
    /// A new value with its required properties: `ImageUri`.
    pub fn new(image_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, image_uri.into().into_expr());
        Self { props }
    }
    /// The arguments for a container used to run a processing job.
    pub fn container_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The entrypoint for a container used to run a processing job.
    pub fn container_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AppSpecification> for ::forma_core::Value<AppSpecification> {
    fn from(v: AppSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_SPECIFICATION_TYPE.properties))
    }
}

/// Associates a SageMaker job as a trial component with an experiment and trial.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentConfig {
    props: ::forma_core::schema::Props,
}
impl ExperimentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of an existing experiment to associate with the trial component.
    ///
    /// Allowed: length 0 to 120.
    pub fn experiment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the experiment run to associate with the trial component.
    ///
    /// Allowed: length 0 to 120.
    pub fn run_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The display name for the trial component.
    ///
    /// Allowed: length 0 to 120.
    pub fn trial_component_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of an existing trial to associate the trial component with.
    ///
    /// Allowed: length 0 to 120.
    pub fn trial_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExperimentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExperimentConfig> for ::forma_core::Value<ExperimentConfig> {
    fn from(v: ExperimentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPERIMENT_CONFIG_TYPE.properties))
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
    /// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
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

/// The inputs for a processing job.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingInputsObject {
    props: ::forma_core::schema::Props,
}
impl ProcessingInputsObject {
    /// A new value with its required properties: `InputName`.
    pub fn new(input_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, input_name.into().into_expr());
        Self { props }
    }
    /// When True, input operations such as data download are managed natively by the processing job application.
    pub fn app_managed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for Dataset Definition inputs.
    pub fn dataset_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatasetDefinition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for downloading input data from Amazon S3 into the processing container.
    pub fn s3_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Input>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProcessingInputsObject> for ::forma_core::Value<ProcessingInputsObject> {
    fn from(v: ProcessingInputsObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSING_INPUTS_OBJECT_TYPE.properties))
    }
}

/// Configuration for uploading output from the processing container.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingOutputConfig {
    props: ::forma_core::schema::Props,
}
impl ProcessingOutputConfig {
    /// A new value with its required properties: `Outputs`.
    pub fn new(
        outputs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProcessingOutputsObject>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, outputs.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt the processing job output.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProcessingOutputConfig> for ::forma_core::Value<ProcessingOutputConfig> {
    fn from(v: ProcessingOutputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSING_OUTPUT_CONFIG_TYPE.properties))
    }
}

/// Identifies the resources, ML compute instances, and ML storage volumes to deploy for a processing job.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingResources {
    props: ::forma_core::schema::Props,
}
impl ProcessingResources {
    /// A new value with its required properties: `ClusterConfig`.
    pub fn new(cluster_config: impl ::std::convert::Into<::forma_core::Value<ClusterConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cluster_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessingResources> for ::forma_core::Value<ProcessingResources> {
    fn from(v: ProcessingResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSING_RESOURCES_TYPE.properties))
    }
}

/// Configures conditions under which the processing job should be stopped, such as how long the processing job has been running.
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

/// The values CloudFormation documents: `FullyReplicated`, `ShardedByS3Key`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataDistributionType {
    /// `FullyReplicated`
    FullyReplicated,
    /// `ShardedByS3Key`
    ShardedByS3Key,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataDistributionType {
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
impl ::std::convert::From<DataDistributionType> for ::forma_core::Value<DataDistributionType> {
    fn from(v: DataDistributionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataDistributionType {}

/// The values CloudFormation documents: `File`, `Pipe`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputMode {
    /// `File`
    File,
    /// `Pipe`
    Pipe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "File",
            Self::Pipe => "Pipe",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["File", "Pipe"]
    }
}
impl ::std::convert::From<InputMode> for ::forma_core::Value<InputMode> {
    fn from(v: InputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputMode {}

/// Configuration for Dataset Definition inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetDefinition {
    props: ::forma_core::schema::Props,
}
impl DatasetDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for Athena Dataset Definition input.
    pub fn athena_dataset_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AthenaDatasetDefinition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether the generated dataset is FullyReplicated or ShardedByS3Key (default).
    pub fn data_distribution_type(mut self, value: impl ::forma_core::schema::EnumArg<DataDistributionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Whether to use File or Pipe input mode.
    pub fn input_mode(mut self, value: impl ::forma_core::schema::EnumArg<InputMode>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The local path where you want Amazon SageMaker to download the Dataset Definition inputs to run a processing job.
    ///
    /// Allowed: length 0 to 256.
    pub fn local_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configuration for Redshift Dataset Definition input.
    pub fn redshift_dataset_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftDatasetDefinition>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetDefinition> for ::forma_core::Value<DatasetDefinition> {
    fn from(v: DatasetDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `Gzip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3CompressionType {
    /// `None`
    None,
    /// `Gzip`
    Gzip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3CompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Gzip => "Gzip",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "Gzip"]
    }
}
impl ::std::convert::From<S3CompressionType> for ::forma_core::Value<S3CompressionType> {
    fn from(v: S3CompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3CompressionType {}

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

/// The values CloudFormation documents: `ManifestFile`, `S3Prefix`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3DataType {
    /// `ManifestFile`
    ManifestFile,
    /// `S3Prefix`
    S3Prefix,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManifestFile => "ManifestFile",
            Self::S3Prefix => "S3Prefix",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ManifestFile", "S3Prefix"]
    }
}
impl ::std::convert::From<S3DataType> for ::forma_core::Value<S3DataType> {
    fn from(v: S3DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3DataType {}

/// The values CloudFormation documents: `File`, `Pipe`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3InputMode {
    /// `File`
    File,
    /// `Pipe`
    Pipe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3InputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "File",
            Self::Pipe => "Pipe",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["File", "Pipe"]
    }
}
impl ::std::convert::From<S3InputMode> for ::forma_core::Value<S3InputMode> {
    fn from(v: S3InputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3InputMode {}

/// Configuration for downloading input data from Amazon S3 into the processing container.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Input {
    props: ::forma_core::schema::Props,
}
impl S3Input {
    /// A new value with its required properties: `S3DataType`, `S3Uri`.
    pub fn new(
        s3_data_type: impl ::forma_core::schema::EnumArg<S3DataType>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, s3_data_type.into_enum_expr());
        props.set(5, s3_uri.into().into_expr());
        Self { props }
    }
    /// The local path in your container where you want Amazon SageMaker to write input data to.
    ///
    /// Allowed: length 0 to 256.
    pub fn local_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether to GZIP-decompress the data in Amazon S3 as it is streamed into the processing container.
    pub fn s3_compression_type(mut self, value: impl ::forma_core::schema::EnumArg<S3CompressionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Whether to distribute the data from Amazon S3 to all processing instances with `FullyReplicated`, or whether the data from Amazon S3 is shared by Amazon S3 key, downloading one shard of data to each processing instance.
    pub fn s3_data_distribution_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<S3DataDistributionType>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Whether to use File or Pipe input mode.
    pub fn s3_input_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3InputMode>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<S3Input> for ::forma_core::Value<S3Input> {
    fn from(v: S3Input) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_INPUT_TYPE.properties))
    }
}

/// Describes the results of a processing job.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingOutputsObject {
    props: ::forma_core::schema::Props,
}
impl ProcessingOutputsObject {
    /// A new value with its required properties: `OutputName`.
    pub fn new(output_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, output_name.into().into_expr());
        Self { props }
    }
    /// When True, output operations such as data upload are managed natively by the processing job application.
    pub fn app_managed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for processing job outputs in Amazon SageMaker Feature Store.
    pub fn feature_store_output(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FeatureStoreOutput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for uploading output data to Amazon S3 from the processing container.
    pub fn s3_output(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Output>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProcessingOutputsObject> for ::forma_core::Value<ProcessingOutputsObject> {
    fn from(v: ProcessingOutputsObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSING_OUTPUTS_OBJECT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ml.t3.medium`, `ml.t3.large`, `ml.t3.xlarge`, `ml.t3.2xlarge`, `ml.m4.xlarge`, `ml.m4.2xlarge`, `ml.m4.4xlarge`, `ml.m4.10xlarge`, `ml.m4.16xlarge`, `ml.c4.xlarge`, `ml.c4.2xlarge`, `ml.c4.4xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `ml.t3.medium`
    MlT3Medium,
    /// `ml.t3.large`
    MlT3Large,
    /// `ml.t3.xlarge`
    MlT3Xlarge,
    /// `ml.t3.2xlarge`
    MlT32xlarge,
    /// `ml.m4.xlarge`
    MlM4Xlarge,
    /// `ml.m4.2xlarge`
    MlM42xlarge,
    /// `ml.m4.4xlarge`
    MlM44xlarge,
    /// `ml.m4.10xlarge`
    MlM410xlarge,
    /// `ml.m4.16xlarge`
    MlM416xlarge,
    /// `ml.c4.xlarge`
    MlC4Xlarge,
    /// `ml.c4.2xlarge`
    MlC42xlarge,
    /// `ml.c4.4xlarge`
    MlC44xlarge,
    /// `ml.c4.8xlarge`
    MlC48xlarge,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.8xlarge`
    MlR58xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.16xlarge`
    MlR516xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.r5d.large`
    MlR5DLarge,
    /// `ml.r5d.xlarge`
    MlR5DXlarge,
    /// `ml.r5d.2xlarge`
    MlR5D2xlarge,
    /// `ml.r5d.4xlarge`
    MlR5D4xlarge,
    /// `ml.r5d.8xlarge`
    MlR5D8xlarge,
    /// `ml.r5d.12xlarge`
    MlR5D12xlarge,
    /// `ml.r5d.16xlarge`
    MlR5D16xlarge,
    /// `ml.r5d.24xlarge`
    MlR5D24xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlT3Medium => "ml.t3.medium",
            Self::MlT3Large => "ml.t3.large",
            Self::MlT3Xlarge => "ml.t3.xlarge",
            Self::MlT32xlarge => "ml.t3.2xlarge",
            Self::MlM4Xlarge => "ml.m4.xlarge",
            Self::MlM42xlarge => "ml.m4.2xlarge",
            Self::MlM44xlarge => "ml.m4.4xlarge",
            Self::MlM410xlarge => "ml.m4.10xlarge",
            Self::MlM416xlarge => "ml.m4.16xlarge",
            Self::MlC4Xlarge => "ml.c4.xlarge",
            Self::MlC42xlarge => "ml.c4.2xlarge",
            Self::MlC44xlarge => "ml.c4.4xlarge",
            Self::MlC48xlarge => "ml.c4.8xlarge",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR58xlarge => "ml.r5.8xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR516xlarge => "ml.r5.16xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlR5DLarge => "ml.r5d.large",
            Self::MlR5DXlarge => "ml.r5d.xlarge",
            Self::MlR5D2xlarge => "ml.r5d.2xlarge",
            Self::MlR5D4xlarge => "ml.r5d.4xlarge",
            Self::MlR5D8xlarge => "ml.r5d.8xlarge",
            Self::MlR5D12xlarge => "ml.r5d.12xlarge",
            Self::MlR5D16xlarge => "ml.r5d.16xlarge",
            Self::MlR5D24xlarge => "ml.r5d.24xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.t3.medium",
            "ml.t3.large",
            "ml.t3.xlarge",
            "ml.t3.2xlarge",
            "ml.m4.xlarge",
            "ml.m4.2xlarge",
            "ml.m4.4xlarge",
            "ml.m4.10xlarge",
            "ml.m4.16xlarge",
            "ml.c4.xlarge",
            "ml.c4.2xlarge",
            "ml.c4.4xlarge",
            "ml.c4.8xlarge",
            "ml.c5.xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.18xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.12xlarge",
            "ml.m5.24xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.8xlarge",
            "ml.r5.12xlarge",
            "ml.r5.16xlarge",
            "ml.r5.24xlarge",
            "ml.g4dn.xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g5.xlarge",
            "ml.g5.2xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.16xlarge",
            "ml.g5.12xlarge",
            "ml.g5.24xlarge",
            "ml.g5.48xlarge",
            "ml.r5d.large",
            "ml.r5d.xlarge",
            "ml.r5d.2xlarge",
            "ml.r5d.4xlarge",
            "ml.r5d.8xlarge",
            "ml.r5d.12xlarge",
            "ml.r5d.16xlarge",
            "ml.r5d.24xlarge",
            "ml.g6.xlarge",
            "ml.g6.2xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.48xlarge",
            "ml.g6e.xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.48xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.32xlarge",
            "ml.c6i.xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.32xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.48xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.48xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.48xlarge",
        ]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// Configuration for the cluster used to run a processing job.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterConfig {
    /// A new value with its required properties: `InstanceCount`, `InstanceType`, `VolumeSizeInGB`.
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_type: impl ::forma_core::schema::EnumArg<InstanceType>,
        volume_size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_count.into().into_expr());
        props.set(1, instance_type.into_enum_expr());
        props.set(3, volume_size_in_gb.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that run the processing job.
    ///
    /// Allowed: length 0 to 2048.
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

/// The values CloudFormation documents: `GZIP`, `SNAPPY`, `ZLIB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputCompression {
    /// `GZIP`
    Gzip,
    /// `SNAPPY`
    Snappy,
    /// `ZLIB`
    Zlib,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputCompression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gzip => "GZIP",
            Self::Snappy => "SNAPPY",
            Self::Zlib => "ZLIB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GZIP", "SNAPPY", "ZLIB"]
    }
}
impl ::std::convert::From<OutputCompression> for ::forma_core::Value<OutputCompression> {
    fn from(v: OutputCompression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputCompression {}

/// The values CloudFormation documents: `PARQUET`, `AVRO`, `ORC`, `JSON`, `TEXTFILE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `PARQUET`
    Parquet,
    /// `AVRO`
    Avro,
    /// `ORC`
    Orc,
    /// `JSON`
    Json,
    /// `TEXTFILE`
    Textfile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Parquet => "PARQUET",
            Self::Avro => "AVRO",
            Self::Orc => "ORC",
            Self::Json => "JSON",
            Self::Textfile => "TEXTFILE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PARQUET", "AVRO", "ORC", "JSON", "TEXTFILE"]
    }
}
impl ::std::convert::From<OutputFormat> for ::forma_core::Value<OutputFormat> {
    fn from(v: OutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputFormat {}

/// Configuration for Athena Dataset Definition input.
#[derive(Debug, Clone, PartialEq)]
pub struct AthenaDatasetDefinition {
    props: ::forma_core::schema::Props,
}
impl AthenaDatasetDefinition {
    /// A new value with its required properties: `Catalog`, `Database`, `OutputFormat`, `OutputS3Uri`, `QueryString`.
    pub fn new(
        catalog: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        output_format: impl ::forma_core::schema::EnumArg<OutputFormat>,
        output_s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog.into().into_expr());
        props.set(1, database.into().into_expr());
        props.set(4, output_format.into_enum_expr());
        props.set(5, output_s3_uri.into().into_expr());
        props.set(6, query_string.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt data generated from an Athena query execution.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The compression used for Athena query results.
    pub fn output_compression(mut self, value: impl ::forma_core::schema::EnumArg<OutputCompression>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The name of the workgroup in which the Athena query is being started.
    ///
    /// Allowed: length 1 to 128.
    pub fn work_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AthenaDatasetDefinition> for ::forma_core::Value<AthenaDatasetDefinition> {
    fn from(v: AthenaDatasetDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATHENA_DATASET_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `GZIP`, `SNAPPY`, `ZSTD`, `BZIP2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedshiftDatasetDefinitionOutputCompression {
    /// `None`
    None,
    /// `GZIP`
    Gzip,
    /// `SNAPPY`
    Snappy,
    /// `ZSTD`
    Zstd,
    /// `BZIP2`
    Bzip2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedshiftDatasetDefinitionOutputCompression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Gzip => "GZIP",
            Self::Snappy => "SNAPPY",
            Self::Zstd => "ZSTD",
            Self::Bzip2 => "BZIP2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "GZIP", "SNAPPY", "ZSTD", "BZIP2"]
    }
}
impl ::std::convert::From<RedshiftDatasetDefinitionOutputCompression>
    for ::forma_core::Value<RedshiftDatasetDefinitionOutputCompression>
{
    fn from(v: RedshiftDatasetDefinitionOutputCompression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedshiftDatasetDefinitionOutputCompression {}

/// The values CloudFormation documents: `PARQUET`, `CSV`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedshiftDatasetDefinitionOutputFormat {
    /// `PARQUET`
    Parquet,
    /// `CSV`
    Csv,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedshiftDatasetDefinitionOutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Parquet => "PARQUET",
            Self::Csv => "CSV",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PARQUET", "CSV"]
    }
}
impl ::std::convert::From<RedshiftDatasetDefinitionOutputFormat>
    for ::forma_core::Value<RedshiftDatasetDefinitionOutputFormat>
{
    fn from(v: RedshiftDatasetDefinitionOutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedshiftDatasetDefinitionOutputFormat {}

/// Configuration for Redshift Dataset Definition input.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftDatasetDefinition {
    props: ::forma_core::schema::Props,
}
impl RedshiftDatasetDefinition {
    /// A new value with its required properties: `ClusterId`, `ClusterRoleArn`, `Database`, `DbUser`, `OutputFormat`, `OutputS3Uri`, `QueryString`.
    pub fn new(
        cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cluster_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_user: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        output_format: impl ::forma_core::schema::EnumArg<RedshiftDatasetDefinitionOutputFormat>,
        output_s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cluster_id.into().into_expr());
        props.set(1, cluster_role_arn.into().into_expr());
        props.set(2, database.into().into_expr());
        props.set(3, db_user.into().into_expr());
        props.set(6, output_format.into_enum_expr());
        props.set(7, output_s3_uri.into().into_expr());
        props.set(8, query_string.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt data from a Redshift execution.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The compression used for Redshift query results.
    pub fn output_compression(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RedshiftDatasetDefinitionOutputCompression>,
    ) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RedshiftDatasetDefinition> for ::forma_core::Value<RedshiftDatasetDefinition> {
    fn from(v: RedshiftDatasetDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_DATASET_DEFINITION_TYPE.properties))
    }
}

/// Configuration for processing job outputs in Amazon SageMaker Feature Store.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureStoreOutput {
    props: ::forma_core::schema::Props,
}
impl FeatureStoreOutput {
    /// A new value with its required properties: `FeatureGroupName`.
    pub fn new(feature_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, feature_group_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FeatureStoreOutput> for ::forma_core::Value<FeatureStoreOutput> {
    fn from(v: FeatureStoreOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEATURE_STORE_OUTPUT_TYPE.properties))
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

/// Configuration for uploading output data to Amazon S3 from the processing container.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Output {
    props: ::forma_core::schema::Props,
}
impl S3Output {
    /// A new value with its required properties: `S3UploadMode`, `S3Uri`.
    pub fn new(
        s3_upload_mode: impl ::forma_core::schema::EnumArg<S3UploadMode>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_upload_mode.into_enum_expr());
        props.set(2, s3_uri.into().into_expr());
        Self { props }
    }
    /// The local path of a directory where you want Amazon SageMaker to upload its contents to Amazon S3.
    ///
    /// Allowed: length 0 to 256.
    pub fn local_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Output> for ::forma_core::Value<S3Output> {
    fn from(v: S3Output) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OUTPUT_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::ProcessingJob`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::ProcessingJob",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppSpecification",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&APP_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("[\\S\\s]*"),
                    min_length: None,
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "ExperimentConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&EXPERIMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProcessingInputs",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSING_INPUTS_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessingJobName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProcessingOutputConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PROCESSING_OUTPUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProcessingResources",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PROCESSING_RESOURCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
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
    attributes: &[
        "ProcessingJobArn",
        "TrainingJobArn",
        "AutoMLJobArn",
        "ExitMessage",
        "FailureReason",
        "MonitoringScheduleArn",
        "ProcessingJobStatus",
        "CreationTime",
        "LastModifiedTime",
        "ProcessingStartTime",
        "ProcessingEndTime",
    ],
};

static APP_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.AppSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainerEntrypoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImageUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EXPERIMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.ExperimentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExperimentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}"),
                min_length: None,
                max_length: Some(120),
            }),
        },
        ::forma_core::schema::Property {
            name: "RunName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}"),
                min_length: None,
                max_length: Some(120),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrialComponentDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}"),
                min_length: None,
                max_length: Some(120),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrialName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}"),
                min_length: None,
                max_length: Some(120),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.NetworkConfig",
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

static PROCESSING_INPUTS_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.ProcessingInputsObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppManaged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DatasetDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Input",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static PROCESSING_OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.ProcessingOutputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:/_-]*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSING_OUTPUTS_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static PROCESSING_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.ProcessingResources",
    properties: &[::forma_core::schema::Property {
        name: "ClusterConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLUSTER_CONFIG_TYPE),
    }],
    rules: &[],
};

static STOPPING_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.StoppingCondition",
    properties: &[::forma_core::schema::Property {
        name: "MaxRuntimeInSeconds",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(777600.0),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.VpcConfig",
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static DATASET_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.DatasetDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AthenaDatasetDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATHENA_DATASET_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataDistributionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FullyReplicated", "ShardedByS3Key"]),
        },
        ::forma_core::schema::Property {
            name: "InputMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["File", "Pipe"]),
        },
        ::forma_core::schema::Property {
            name: "LocalPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedshiftDatasetDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_DATASET_DEFINITION_TYPE),
        },
    ],
    rules: &[],
};

static S3_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.S3Input",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3CompressionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Gzip"]),
        },
        ::forma_core::schema::Property {
            name: "S3DataDistributionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FullyReplicated", "ShardedByS3Key"]),
        },
        ::forma_core::schema::Property {
            name: "S3DataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ManifestFile", "S3Prefix"]),
        },
        ::forma_core::schema::Property {
            name: "S3InputMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["File", "Pipe"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(https|s3)://([^/]+)/?(.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static PROCESSING_OUTPUTS_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.ProcessingOutputsObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppManaged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FeatureStoreOutput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEATURE_STORE_OUTPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutputName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Output",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_OUTPUT_TYPE),
        },
    ],
    rules: &[],
};

static CLUSTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.ClusterConfig",
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
            shape: ::forma_core::schema::Shape::Enum(&[
                "ml.t3.medium",
                "ml.t3.large",
                "ml.t3.xlarge",
                "ml.t3.2xlarge",
                "ml.m4.xlarge",
                "ml.m4.2xlarge",
                "ml.m4.4xlarge",
                "ml.m4.10xlarge",
                "ml.m4.16xlarge",
                "ml.c4.xlarge",
                "ml.c4.2xlarge",
                "ml.c4.4xlarge",
                "ml.c4.8xlarge",
                "ml.c5.xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.18xlarge",
                "ml.m5.large",
                "ml.m5.xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.12xlarge",
                "ml.m5.24xlarge",
                "ml.r5.large",
                "ml.r5.xlarge",
                "ml.r5.2xlarge",
                "ml.r5.4xlarge",
                "ml.r5.8xlarge",
                "ml.r5.12xlarge",
                "ml.r5.16xlarge",
                "ml.r5.24xlarge",
                "ml.g4dn.xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.g5.xlarge",
                "ml.g5.2xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.16xlarge",
                "ml.g5.12xlarge",
                "ml.g5.24xlarge",
                "ml.g5.48xlarge",
                "ml.r5d.large",
                "ml.r5d.xlarge",
                "ml.r5d.2xlarge",
                "ml.r5d.4xlarge",
                "ml.r5d.8xlarge",
                "ml.r5d.12xlarge",
                "ml.r5d.16xlarge",
                "ml.r5d.24xlarge",
                "ml.g6.xlarge",
                "ml.g6.2xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.48xlarge",
                "ml.g6e.xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.48xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.32xlarge",
                "ml.c6i.xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.32xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.48xlarge",
                "ml.c7i.large",
                "ml.c7i.xlarge",
                "ml.c7i.2xlarge",
                "ml.c7i.4xlarge",
                "ml.c7i.8xlarge",
                "ml.c7i.12xlarge",
                "ml.c7i.16xlarge",
                "ml.c7i.24xlarge",
                "ml.c7i.48xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.48xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "VolumeKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:/_-]*"),
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

static ATHENA_DATASET_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.AthenaDatasetDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:/_-]*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputCompression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GZIP", "SNAPPY", "ZLIB"]),
        },
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PARQUET", "AVRO", "ORC", "JSON", "TEXTFILE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputS3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(https|s3)://([^/]+)/?(.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]+"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9._-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static REDSHIFT_DATASET_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.RedshiftDatasetDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DbUser",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:/_-]*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputCompression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "GZIP", "SNAPPY", "ZSTD", "BZIP2"]),
        },
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PARQUET", "CSV"]),
        },
        ::forma_core::schema::Property {
            name: "OutputS3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(https|s3)://([^/]+)/?(.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]+"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static FEATURE_STORE_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.FeatureStoreOutput",
    properties: &[::forma_core::schema::Property {
        name: "FeatureGroupName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-zA-Z0-9]([_-]*[a-zA-Z0-9]){0,63}"),
            min_length: None,
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static S3_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ProcessingJob.S3Output",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3UploadMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Continuous", "EndOfJob"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(https|s3)://([^/]+)/?(.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
