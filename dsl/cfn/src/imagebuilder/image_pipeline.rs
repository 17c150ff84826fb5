// @generated from AWS::ImageBuilder::ImagePipeline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::ImagePipeline` and its property types.

/// Resource Type definition for AWS::ImageBuilder::ImagePipeline
///
/// CloudFormation type `AWS::ImageBuilder::ImagePipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImagePipeline {
    props: ::forma_core::schema::Props,
}
impl ImagePipeline {
    /// A new resource with its required properties: `InfrastructureConfigurationArn`, `Name`.
    ///
    /// CloudFormation also needs exactly one of `ContainerRecipeArn` or `ImageRecipeArn`.
    #[track_caller]
    pub fn new(
        infrastructure_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, infrastructure_configuration_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the container recipe that defines how images are configured and tested.
    #[track_caller]
    pub fn container_recipe_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the image pipeline.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the distribution configuration associated with this image pipeline.
    #[track_caller]
    pub fn distribution_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Collects additional information about the image being created, including the operating system (OS) version and package list.
    #[track_caller]
    pub fn enhanced_image_metadata_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The execution role name/ARN for the image build, if provided
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn execution_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the image recipe that defines how images are configured, tested, and assessed.
    #[track_caller]
    pub fn image_recipe_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains settings for vulnerability scans that Amazon Inspector runs against the test instance during image creation.
    #[track_caller]
    pub fn image_scanning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageScanningConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to be applied to images created by this pipeline.
    #[track_caller]
    pub fn image_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The image tests configuration of the image pipeline.
    #[track_caller]
    pub fn image_tests_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageTestsConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The logging configuration settings for the image pipeline.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PipelineLoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The schedule of the image pipeline.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schedule>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the image pipeline.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags of this image pipeline.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Workflows to define the image build process
    #[track_caller]
    pub fn workflows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowConfiguration>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ImagePipeline {
    type Attributes = ImagePipelineAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::ImagePipeline"
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
/// The attributes of a `AWS::ImageBuilder::ImagePipeline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ImagePipelineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ImagePipelineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ImagePipelineAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DeploymentId`.
    pub fn deployment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentId")
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

/// Determines if tests should run after building the image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageScanningConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageScanningConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains ECR settings for vulnerability scans.
    pub fn ecr_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EcrConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This sets whether Image Builder keeps a snapshot of the vulnerability scans that Amazon Inspector runs against the test instance when you create a new image.
    pub fn image_scanning_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageScanningConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageScanningConfiguration> for ::forma_core::Value<ImageScanningConfiguration> {
    fn from(v: ImageScanningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_SCANNING_CONFIGURATION_TYPE.properties))
    }
}

/// Image tests configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageTestsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageTestsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines if tests should be executed when building this image.
    pub fn image_tests_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum time in minutes that tests are permitted to run.
    ///
    /// Allowed: 60 to 1440.
    pub fn timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageTestsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageTestsConfiguration> for ::forma_core::Value<ImageTestsConfiguration> {
    fn from(v: ImageTestsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_TESTS_CONFIGURATION_TYPE.properties))
    }
}

/// The logging configuration settings for the image pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl PipelineLoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the log group for image build logs.
    ///
    /// Allowed: length 1 to 512.
    pub fn image_log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the log group for pipeline execution logs.
    ///
    /// Allowed: length 1 to 512.
    pub fn pipeline_log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PipelineLoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PipelineLoggingConfiguration> for ::forma_core::Value<PipelineLoggingConfiguration> {
    fn from(v: PipelineLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPELINE_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXPRESSION_MATCH_ONLY`, `EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PipelineExecutionStartCondition {
    /// `EXPRESSION_MATCH_ONLY`
    ExpressionMatchOnly,
    /// `EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE`
    ExpressionMatchAndDependencyUpdatesAvailable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PipelineExecutionStartCondition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExpressionMatchOnly => "EXPRESSION_MATCH_ONLY",
            Self::ExpressionMatchAndDependencyUpdatesAvailable => "EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXPRESSION_MATCH_ONLY", "EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE"]
    }
}
impl ::std::convert::From<PipelineExecutionStartCondition> for ::forma_core::Value<PipelineExecutionStartCondition> {
    fn from(v: PipelineExecutionStartCondition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PipelineExecutionStartCondition {}

/// The schedule of the image pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The auto-disable policy for the image pipeline.
    pub fn auto_disable_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoDisablePolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The condition configures when the pipeline should trigger a new image build.
    pub fn pipeline_execution_start_condition(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PipelineExecutionStartCondition>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The expression determines how often EC2 Image Builder evaluates your pipelineExecutionStartCondition.
    ///
    /// Allowed: length 1 to 1024.
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The timezone that applies to the scheduling expression, for example "Etc/UTC" or "America/Los_Angeles" in IANA timezone format.
    ///
    /// Allowed: length 3 to 100.
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Schedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTINUE`, `ABORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnFailure {
    /// `CONTINUE`
    Continue,
    /// `ABORT`
    Abort,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OnFailure {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Continue => "CONTINUE",
            Self::Abort => "ABORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTINUE", "ABORT"]
    }
}
impl ::std::convert::From<OnFailure> for ::forma_core::Value<OnFailure> {
    fn from(v: OnFailure) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OnFailure {}

/// The workflow configuration of the image
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkflowConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Define execution decision in case of workflow failure
    pub fn on_failure(mut self, value: impl ::forma_core::schema::EnumArg<OnFailure>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The parallel group name
    ///
    /// Allowed: length 1 to 100.
    pub fn parallel_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The parameters associated with the workflow
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowParameter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the workflow
    pub fn workflow_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowConfiguration> for ::forma_core::Value<WorkflowConfiguration> {
    fn from(v: WorkflowConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_CONFIGURATION_TYPE.properties))
    }
}

/// Settings for Image Builder to configure the ECR repository and output container images that are scanned.
#[derive(Debug, Clone, PartialEq)]
pub struct EcrConfiguration {
    props: ::forma_core::schema::Props,
}
impl EcrConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Tags for Image Builder to apply the output container image that is scanned.
    pub fn container_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the container repository that Amazon Inspector scans to identify findings for your container images.
    ///
    /// Allowed: length 1 to 1024.
    pub fn repository_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcrConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcrConfiguration> for ::forma_core::Value<EcrConfiguration> {
    fn from(v: EcrConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECR_CONFIGURATION_TYPE.properties))
    }
}

/// The auto-disable policy configuration for the image pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoDisablePolicy {
    props: ::forma_core::schema::Props,
}
impl AutoDisablePolicy {
    /// A new value with its required properties: `FailureCount`.
    pub fn new(failure_count: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, failure_count.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoDisablePolicy> for ::forma_core::Value<AutoDisablePolicy> {
    fn from(v: AutoDisablePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_DISABLE_POLICY_TYPE.properties))
    }
}

/// A parameter associated with the workflow
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowParameter {
    props: ::forma_core::schema::Props,
}
impl WorkflowParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 128.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowParameter> for ::forma_core::Value<WorkflowParameter> {
    fn from(v: WorkflowParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::ImageBuilder::ImagePipeline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ImageBuilder::ImagePipeline",
properties: &[
::forma_core::schema::Property { name: "ContainerRecipeArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "DistributionConfigurationArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "EnhancedImageMetadataEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ExecutionRole", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ImageRecipeArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ImageScanningConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&IMAGE_SCANNING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ImageTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "ImageTestsConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&IMAGE_TESTS_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "InfrastructureConfigurationArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LoggingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PIPELINE_LOGGING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Schedule", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "Workflows", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&WORKFLOW_CONFIGURATION_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[::forma_core::schema::Combination::OneOf(&[&["Name", "ContainerRecipeArn", "InfrastructureConfigurationArn"], &["Name", "ImageRecipeArn", "InfrastructureConfigurationArn"]])],
attributes: &["Arn", "DeploymentId"],
};

static IMAGE_SCANNING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.ImageScanningConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EcrConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ECR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageScanningEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static IMAGE_TESTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.ImageTestsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImageTestsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TimeoutMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1440.0),
            }),
        },
    ],
    rules: &[],
};

static PIPELINE_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.PipelineLoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImageLogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_/\\.]{1,512}$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "PipelineLogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_/\\.]{1,512}$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.Schedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoDisablePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_DISABLE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PipelineExecutionStartCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EXPRESSION_MATCH_ONLY",
                "EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{2,}(?:\\/[a-zA-Z0-9\\-_+]+)*$"),
                min_length: Some(3),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static WORKFLOW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ImageBuilder::ImagePipeline.WorkflowConfiguration",
properties: &[
::forma_core::schema::Property { name: "OnFailure", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "ABORT"]) },
::forma_core::schema::Property { name: "ParallelGroup", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$"), min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Parameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&WORKFLOW_PARAMETER_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "WorkflowArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow/(build|test|distribution)/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static ECR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.EcrConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RepositoryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static AUTO_DISABLE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.AutoDisablePolicy",
    properties: &[::forma_core::schema::Property {
        name: "FailureCount",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10.0),
        }),
    }],
    rules: &[],
};

static WORKFLOW_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImagePipeline.WorkflowParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x00]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[^\\x00]*$"),
                    min_length: Some(0),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
