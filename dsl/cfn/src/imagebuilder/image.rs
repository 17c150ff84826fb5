// @generated from AWS::ImageBuilder::Image (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::Image` and its property types.

/// Resource Type definition for AWS::ImageBuilder::Image
///
/// CloudFormation type `AWS::ImageBuilder::Image`.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    props: ::forma_core::schema::Props,
}
impl Image {
    /// A new resource.
    ///
    /// CloudFormation also needs at least one of: `ContainerRecipeArn` and `InfrastructureConfigurationArn`; or `ImageRecipeArn` and `InfrastructureConfigurationArn`; or `ImagePipelineExecutionSettings`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the container recipe that defines how images are configured and tested.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_recipe_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The deletion settings of the image, indicating whether to delete the underlying resources in addition to the image.
    #[track_caller]
    pub fn deletion_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeletionSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the distribution configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn distribution_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Collects additional information about the image being created, including the operating system (OS) version and package list.
    ///
    /// Changing it replaces the resource.
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
    /// The image pipeline execution settings of the image.
    #[track_caller]
    pub fn image_pipeline_execution_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImagePipelineExecutionSettings>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the image recipe that defines how images are configured, tested, and assessed.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_recipe_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains settings for vulnerability scans that Amazon Inspector runs against the test instance during image creation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_scanning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageScanningConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The image tests configuration used when creating this image.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_tests_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageTestsConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the infrastructure configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn infrastructure_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The logging configuration settings for the image.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageLoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the image.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Workflows to define the image build process
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workflows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowConfiguration>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Image {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Image {
    type Attributes = ImageAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::Image"
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
/// The attributes of a `AWS::ImageBuilder::Image` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ImageAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ImageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ImageAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `ImageId`.
    pub fn image_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ImageId")
    }
    /// `Fn::GetAtt` `ImageUri`.
    pub fn image_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ImageUri")
    }
    /// `Fn::GetAtt` `LatestVersion`.
    pub fn latest_version(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion")
    }
    /// `Fn::GetAtt` `LatestVersion.Arn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Arn")
    }
    /// `Fn::GetAtt` `LatestVersion.Major`.
    pub fn latest_version_major(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Major")
    }
    /// `Fn::GetAtt` `LatestVersion.Minor`.
    pub fn latest_version_minor(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Minor")
    }
    /// `Fn::GetAtt` `LatestVersion.Patch`.
    pub fn latest_version_patch(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Patch")
    }
}

/// The deletion settings of the image, indicating whether to delete the underlying resources in addition to the image.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletionSettings {
    props: ::forma_core::schema::Props,
}
impl DeletionSettings {
    /// A new value with its required properties: `ExecutionRole`.
    pub fn new(execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, execution_role.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeletionSettings> for ::forma_core::Value<DeletionSettings> {
    fn from(v: DeletionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELETION_SETTINGS_TYPE.properties))
    }
}

/// The settings for starting an image pipeline execution.
#[derive(Debug, Clone, PartialEq)]
pub struct ImagePipelineExecutionSettings {
    props: ::forma_core::schema::Props,
}
impl ImagePipelineExecutionSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The deployment ID of the pipeline, used to trigger new image pipeline executions.
    pub fn deployment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether to trigger the image pipeline when the pipeline is updated.
    pub fn on_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImagePipelineExecutionSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImagePipelineExecutionSettings> for ::forma_core::Value<ImagePipelineExecutionSettings> {
    fn from(v: ImagePipelineExecutionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_PIPELINE_EXECUTION_SETTINGS_TYPE.properties))
    }
}

/// Contains settings for Image Builder image resource and container image scans.
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

/// The image tests configuration used when creating this image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageTestsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageTestsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ImageTestsEnabled
    pub fn image_tests_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// TimeoutMinutes
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

/// The logging configuration settings for the image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageLoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the log group for image build logs.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageLoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageLoggingConfiguration> for ::forma_core::Value<ImageLoggingConfiguration> {
    fn from(v: ImageLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_LOGGING_CONFIGURATION_TYPE.properties))
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

/// The schema of `AWS::ImageBuilder::Image`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ImageBuilder::Image",
properties: &[
::forma_core::schema::Property { name: "ContainerRecipeArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DeletionSettings", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DELETION_SETTINGS_TYPE) },
::forma_core::schema::Property { name: "DistributionConfigurationArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "EnhancedImageMetadataEnabled", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ExecutionRole", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ImagePipelineExecutionSettings", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&IMAGE_PIPELINE_EXECUTION_SETTINGS_TYPE) },
::forma_core::schema::Property { name: "ImageRecipeArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ImageScanningConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&IMAGE_SCANNING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ImageTestsConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&IMAGE_TESTS_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "InfrastructureConfigurationArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LoggingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&IMAGE_LOGGING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "Workflows", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&WORKFLOW_CONFIGURATION_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[::forma_core::schema::Combination::AnyOf(&[&["ContainerRecipeArn", "InfrastructureConfigurationArn"], &["ImageRecipeArn", "InfrastructureConfigurationArn"], &["ImagePipelineExecutionSettings"]])],
attributes: &["Arn", "Name", "ImageId", "ImageUri", "LatestVersion", "LatestVersion.Arn", "LatestVersion.Major", "LatestVersion.Minor", "LatestVersion.Patch"],
};

static DELETION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::Image.DeletionSettings",
    properties: &[::forma_core::schema::Property {
        name: "ExecutionRole",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static IMAGE_PIPELINE_EXECUTION_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::Image.ImagePipelineExecutionSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeploymentId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OnUpdate",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static IMAGE_SCANNING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::Image.ImageScanningConfiguration",
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
    name: "AWS::ImageBuilder::Image.ImageTestsConfiguration",
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

static IMAGE_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::Image.ImageLoggingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9\\-_/\\.]{1,512}$"),
            min_length: Some(1),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static WORKFLOW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ImageBuilder::Image.WorkflowConfiguration",
properties: &[
::forma_core::schema::Property { name: "OnFailure", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "ABORT"]) },
::forma_core::schema::Property { name: "ParallelGroup", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$"), min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Parameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&WORKFLOW_PARAMETER_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "WorkflowArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow/(build|test|distribution)/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static ECR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::Image.EcrConfiguration",
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

static WORKFLOW_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::Image.WorkflowParameter",
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
