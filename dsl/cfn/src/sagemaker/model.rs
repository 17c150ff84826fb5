// @generated from AWS::SageMaker::Model (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Model` and its property types.

/// Resource type definition for AWS::SageMaker::Model
///
/// CloudFormation type `AWS::SageMaker::Model`.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    props: ::forma_core::schema::Props,
}
impl Model {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the containers in the inference pipeline.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn containers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Isolates the model container.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enable_network_isolation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that you specified for the model.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies details about how containers in a multi-container endpoint are run.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inference_execution_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceExecutionConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the new model.
    ///
    /// Allowed: length 0 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the container, as part of model definition.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn primary_container(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerDefinition>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Model {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Model {
    type Attributes = ModelAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Model"
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
/// The attributes of a `AWS::SageMaker::Model` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ModelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ModelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ModelAttributes {
    /// `Fn::GetAtt` `ModelArn`.
    pub fn model_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModelArn")
    }
}

/// The values CloudFormation documents: `SingleModel`, `MultiModel`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `SingleModel`
    SingleModel,
    /// `MultiModel`
    MultiModel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleModel => "SingleModel",
            Self::MultiModel => "MultiModel",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SingleModel", "MultiModel"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// Describes the container, as part of model definition.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl ContainerDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This parameter is ignored for models that contain only a PrimaryContainer.
    ///
    /// Allowed: length 0 to 63.
    pub fn container_hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The path where inference code is stored.
    ///
    /// Allowed: length 0 to 255.
    pub fn image(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies whether the model container is in Amazon ECR or a private Docker registry accessible from your Amazon Virtual Private Cloud (VPC).
    pub fn image_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageConfig>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The inference specification name in the model package version.
    ///
    /// Allowed: length 1 to 63.
    pub fn inference_specification_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Whether the container hosts a single model or multiple models.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// Specifies the location of ML model data to deploy.
    pub fn model_data_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelDataSource>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The S3 path where the model artifacts, which result from model training, are stored.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_data_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The name or Amazon Resource Name (ARN) of the model package to use to create the model.
    ///
    /// Allowed: length 1 to 176.
    pub fn model_package_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies additional configuration for multi-model endpoints.
    pub fn multi_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiModelConfig>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerDefinition> for ::forma_core::Value<ContainerDefinition> {
    fn from(v: ContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Serial`, `Direct`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InferenceExecutionConfigMode {
    /// `Serial`
    Serial,
    /// `Direct`
    Direct,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InferenceExecutionConfigMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Serial => "Serial",
            Self::Direct => "Direct",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Serial", "Direct"]
    }
}
impl ::std::convert::From<InferenceExecutionConfigMode> for ::forma_core::Value<InferenceExecutionConfigMode> {
    fn from(v: InferenceExecutionConfigMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InferenceExecutionConfigMode {}

/// Specifies details about how containers in a multi-container endpoint are run.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceExecutionConfig {
    props: ::forma_core::schema::Props,
}
impl InferenceExecutionConfig {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<InferenceExecutionConfigMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceExecutionConfig> for ::forma_core::Value<InferenceExecutionConfig> {
    fn from(v: InferenceExecutionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_EXECUTION_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Model`.
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

/// The values CloudFormation documents: `Platform`, `Vpc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RepositoryAccessMode {
    /// `Platform`
    Platform,
    /// `Vpc`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RepositoryAccessMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Platform => "Platform",
            Self::Vpc => "Vpc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Platform", "Vpc"]
    }
}
impl ::std::convert::From<RepositoryAccessMode> for ::forma_core::Value<RepositoryAccessMode> {
    fn from(v: RepositoryAccessMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RepositoryAccessMode {}

/// Specifies whether the model container is in Amazon ECR or a private Docker registry accessible from your Amazon Virtual Private Cloud (VPC).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageConfig {
    props: ::forma_core::schema::Props,
}
impl ImageConfig {
    /// A new value with its required properties: `RepositoryAccessMode`.
    pub fn new(repository_access_mode: impl ::forma_core::schema::EnumArg<RepositoryAccessMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, repository_access_mode.into_enum_expr());
        Self { props }
    }
    /// Specifies an authentication configuration for the private docker registry where your model image is hosted.
    pub fn repository_auth_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RepositoryAuthConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImageConfig> for ::forma_core::Value<ImageConfig> {
    fn from(v: ImageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_CONFIG_TYPE.properties))
    }
}

/// Specifies the location of ML model data to deploy.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelDataSource {
    props: ::forma_core::schema::Props,
}
impl ModelDataSource {
    /// A new value with its required properties: `S3DataSource`.
    pub fn new(s3_data_source: impl ::std::convert::Into<::forma_core::Value<S3DataSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_data_source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelDataSource> for ::forma_core::Value<ModelDataSource> {
    fn from(v: ModelDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_DATA_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModelCacheSetting {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ModelCacheSetting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<ModelCacheSetting> for ::forma_core::Value<ModelCacheSetting> {
    fn from(v: ModelCacheSetting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ModelCacheSetting {}

/// Specifies additional configuration for multi-model endpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiModelConfig {
    props: ::forma_core::schema::Props,
}
impl MultiModelConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to cache models for a multi-model endpoint.
    pub fn model_cache_setting(mut self, value: impl ::forma_core::schema::EnumArg<ModelCacheSetting>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MultiModelConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiModelConfig> for ::forma_core::Value<MultiModelConfig> {
    fn from(v: MultiModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_MODEL_CONFIG_TYPE.properties))
    }
}

/// Specifies an authentication configuration for the private docker registry where your model image is hosted.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryAuthConfig {
    props: ::forma_core::schema::Props,
}
impl RepositoryAuthConfig {
    /// A new value with its required properties: `RepositoryCredentialsProviderArn`.
    pub fn new(
        repository_credentials_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, repository_credentials_provider_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RepositoryAuthConfig> for ::forma_core::Value<RepositoryAuthConfig> {
    fn from(v: RepositoryAuthConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPOSITORY_AUTH_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `Gzip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionType {
    /// `None`
    None,
    /// `Gzip`
    Gzip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionType {
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
impl ::std::convert::From<CompressionType> for ::forma_core::Value<CompressionType> {
    fn from(v: CompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionType {}

/// The values CloudFormation documents: `S3Prefix`, `S3Object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3DataType {
    /// `S3Prefix`
    S3Prefix,
    /// `S3Object`
    S3Object,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3Prefix => "S3Prefix",
            Self::S3Object => "S3Object",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3Prefix", "S3Object"]
    }
}
impl ::std::convert::From<S3DataType> for ::forma_core::Value<S3DataType> {
    fn from(v: S3DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3DataType {}

/// Specifies the S3 location of ML model data to deploy.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DataSource {
    props: ::forma_core::schema::Props,
}
impl S3DataSource {
    /// A new value with its required properties: `CompressionType`, `S3DataType`, `S3Uri`.
    pub fn new(
        compression_type: impl ::forma_core::schema::EnumArg<CompressionType>,
        s3_data_type: impl ::forma_core::schema::EnumArg<S3DataType>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compression_type.into_enum_expr());
        props.set(3, s3_data_type.into_enum_expr());
        props.set(4, s3_uri.into().into_expr());
        Self { props }
    }
    /// Configuration information specifying which hub contents have accessible deployment options.
    pub fn hub_access_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<HubAccessConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The access configuration file to control access to the ML model.
    pub fn model_access_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelAccessConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DataSource> for ::forma_core::Value<S3DataSource> {
    fn from(v: S3DataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DATA_SOURCE_TYPE.properties))
    }
}

/// Configuration information specifying which hub contents have accessible deployment options.
#[derive(Debug, Clone, PartialEq)]
pub struct HubAccessConfig {
    props: ::forma_core::schema::Props,
}
impl HubAccessConfig {
    /// A new value with its required properties: `HubContentArn`.
    pub fn new(hub_content_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hub_content_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HubAccessConfig> for ::forma_core::Value<HubAccessConfig> {
    fn from(v: HubAccessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HUB_ACCESS_CONFIG_TYPE.properties))
    }
}

/// The access configuration file to control access to the ML model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelAccessConfig {
    props: ::forma_core::schema::Props,
}
impl ModelAccessConfig {
    /// A new value with its required properties: `AcceptEula`.
    pub fn new(accept_eula: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, accept_eula.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelAccessConfig> for ::forma_core::Value<ModelAccessConfig> {
    fn from(v: ModelAccessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_ACCESS_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Model`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Model",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableNetworkIsolation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "InferenceExecutionConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_EXECUTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryContainer",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_DEFINITION_TYPE),
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
    attributes: &["ModelArn"],
};

static CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SageMaker::Model.ContainerDefinition",
properties: &[
::forma_core::schema::Property { name: "ContainerHostname", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"), min_length: Some(0), max_length: Some(63) }) },
::forma_core::schema::Property { name: "Environment", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Image", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\S]+$"), min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "ImageConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&IMAGE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "InferenceSpecificationName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"), min_length: Some(1), max_length: Some(63) }) },
::forma_core::schema::Property { name: "Mode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SingleModel", "MultiModel"]) },
::forma_core::schema::Property { name: "ModelDataSource", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MODEL_DATA_SOURCE_TYPE) },
::forma_core::schema::Property { name: "ModelDataUrl", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(https|s3)://([^/]+)/?(.*)$"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "ModelPackageName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\\/[0-9]{1,9})?$"), min_length: Some(1), max_length: Some(176) }) },
::forma_core::schema::Property { name: "MultiModelConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MULTI_MODEL_CONFIG_TYPE) },
],
rules: &[],
};

static INFERENCE_EXECUTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.InferenceExecutionConfig",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Serial", "Direct"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.Tag",
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
    name: "AWS::SageMaker::Model.VpcConfig",
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

static IMAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.ImageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RepositoryAccessMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Platform", "Vpc"]),
        },
        ::forma_core::schema::Property {
            name: "RepositoryAuthConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPOSITORY_AUTH_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static MODEL_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.ModelDataSource",
    properties: &[::forma_core::schema::Property {
        name: "S3DataSource",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_DATA_SOURCE_TYPE),
    }],
    rules: &[],
};

static MULTI_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.MultiModelConfig",
    properties: &[::forma_core::schema::Property {
        name: "ModelCacheSetting",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
    }],
    rules: &[],
};

static REPOSITORY_AUTH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.RepositoryAuthConfig",
    properties: &[::forma_core::schema::Property {
        name: "RepositoryCredentialsProviderArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static S3_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.S3DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompressionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Gzip"]),
        },
        ::forma_core::schema::Property {
            name: "HubAccessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HUB_ACCESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelAccessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_ACCESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3DataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3Prefix", "S3Object"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
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

static HUB_ACCESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.HubAccessConfig",
    properties: &[::forma_core::schema::Property {
        name: "HubContentArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static MODEL_ACCESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Model.ModelAccessConfig",
    properties: &[::forma_core::schema::Property {
        name: "AcceptEula",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
