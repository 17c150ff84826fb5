// @generated from AWS::Serverless::Function (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Serverless::Function` and its property types.

/// A `AWS::Serverless::Function`.
///
/// CloudFormation type `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Architectures`.
    #[track_caller]
    pub fn architectures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AssumeRolePolicyDocument`.
    #[track_caller]
    pub fn assume_role_policy_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoPublishAlias`.
    #[track_caller]
    pub fn auto_publish_alias(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoPublishAliasAllProperties`.
    #[track_caller]
    pub fn auto_publish_alias_all_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoPublishCodeSha256`.
    #[track_caller]
    pub fn auto_publish_code_sha256(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CapacityProviderConfig`.
    #[track_caller]
    pub fn capacity_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CodeSigningConfigArn`.
    #[track_caller]
    pub fn code_signing_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CodeUri`.
    #[track_caller]
    pub fn code_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeadLetterQueue`.
    #[track_caller]
    pub fn dead_letter_queue(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeploymentPreference`.
    #[track_caller]
    pub fn deployment_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DurableConfig`.
    #[track_caller]
    pub fn durable_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionDurableConfig>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Environment`.
    #[track_caller]
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionEnvironment>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EphemeralStorage`.
    #[track_caller]
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionEphemeralStorage>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EventInvokeConfig`.
    #[track_caller]
    pub fn event_invoke_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Events`.
    #[track_caller]
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FileSystemConfigs`.
    #[track_caller]
    pub fn file_system_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AwsLambdaFunctionFileSystemConfig>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FunctionName`.
    #[track_caller]
    pub fn function_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FunctionScalingConfig`.
    #[track_caller]
    pub fn function_scaling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionFunctionScalingConfig>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FunctionUrlConfig`.
    #[track_caller]
    pub fn function_url_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Handler`.
    #[track_caller]
    pub fn handler(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageConfig`.
    #[track_caller]
    pub fn image_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionImageConfig>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageUri`.
    #[track_caller]
    pub fn image_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InlineCode`.
    #[track_caller]
    pub fn inline_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMSlong (KMS) customer managed key that's used to encrypt the following resources: + The function's [environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    ///
    /// Allowed: length 0 to 10000.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of [function layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to the function's execution environment.
    #[track_caller]
    pub fn layers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoggingConfig`.
    #[track_caller]
    pub fn logging_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionLoggingConfig>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of [memory available to the function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console) at runtime.
    ///
    /// Allowed: 128 to 32768.
    #[track_caller]
    pub fn memory_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of deployment package.
    #[track_caller]
    pub fn package_type(mut self, value: impl ::forma_core::schema::EnumArg<PackageType>) -> Self {
        self.props.set_at(28, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PermissionsBoundary`.
    #[track_caller]
    pub fn permissions_boundary(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policies`.
    #[track_caller]
    pub fn policies(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PropagateTags`.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisionedConcurrencyConfig`.
    #[track_caller]
    pub fn provisioned_concurrency_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaAliasProvisionedConcurrencyConfiguration>>,
    ) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PublishToLatestPublished`.
    #[track_caller]
    pub fn publish_to_latest_published(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(33, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RecursiveLoop`.
    #[track_caller]
    pub fn recursive_loop(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of simultaneous executions to reserve for the function.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn reserved_concurrent_executions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Role`.
    #[track_caller]
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(36, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RolePath`.
    #[track_caller]
    pub fn role_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Runtime`.
    #[track_caller]
    pub fn runtime(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(38, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RuntimeManagementConfig`.
    #[track_caller]
    pub fn runtime_management_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(39, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
    #[track_caller]
    pub fn snap_start(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnapStart>>) -> Self {
        self.props.set_at(40, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceKMSKeyArn`.
    #[track_caller]
    pub fn source_kms_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(41, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(42, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TenancyConfig`.
    #[track_caller]
    pub fn tenancy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionTenancyConfig>>,
    ) -> Self {
        self.props.set_at(43, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    ///
    /// Allowed: 1 to 5400.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(44, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tracing`.
    #[track_caller]
    pub fn tracing(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(45, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VersionDeletionPolicy`.
    #[track_caller]
    pub fn version_deletion_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(46, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the version to override the description in the function configuration.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn version_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(47, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC security groups and subnets that are attached to a Lambda function.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(48, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Function {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Function {
    type Attributes = FunctionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Serverless::Function"
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
/// The attributes of a `AWS::Serverless::Function` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `SnapStartResponse`.
    pub fn snap_start_response(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "SnapStartResponse")
    }
    /// `Fn::GetAtt` `SnapStartResponse.ApplyOn`.
    pub fn snap_start_response_apply_on(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapStartResponse.ApplyOn")
    }
    /// `Fn::GetAtt` `SnapStartResponse.OptimizationStatus`.
    pub fn snap_start_response_optimization_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapStartResponse.OptimizationStatus")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `Image`, `Zip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PackageType {
    /// `Image`
    Image,
    /// `Zip`
    Zip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PackageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "Image",
            Self::Zip => "Zip",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Image", "Zip"]
    }
}
impl ::std::convert::From<PackageType> for ::forma_core::Value<PackageType> {
    fn from(v: PackageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PackageType {}

/// The `AWS::Lambda::Function.DurableConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionDurableConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionDurableConfig {
    /// A new value with its required properties: `ExecutionTimeout`.
    pub fn new(execution_timeout: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, execution_timeout.into().into_expr());
        Self { props }
    }
    /// `KMSKeyArn`.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RetentionPeriodInDays`.
    pub fn retention_period_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsLambdaFunctionDurableConfig> for ::forma_core::Value<AwsLambdaFunctionDurableConfig> {
    fn from(v: AwsLambdaFunctionDurableConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_DURABLE_CONFIG_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.Environment` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionEnvironment {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionEnvironment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Variables`.
    pub fn variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsLambdaFunctionEnvironment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsLambdaFunctionEnvironment> for ::forma_core::Value<AwsLambdaFunctionEnvironment> {
    fn from(v: AwsLambdaFunctionEnvironment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_ENVIRONMENT_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.EphemeralStorage` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionEphemeralStorage {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionEphemeralStorage {
    /// A new value with its required properties: `Size`.
    pub fn new(size: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, size.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsLambdaFunctionEphemeralStorage>
    for ::forma_core::Value<AwsLambdaFunctionEphemeralStorage>
{
    fn from(v: AwsLambdaFunctionEphemeralStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_EPHEMERAL_STORAGE_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.FileSystemConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionFileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionFileSystemConfig {
    /// A new value with its required properties: `Arn`, `LocalMountPath`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        local_mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        props.set(1, local_mount_path.into().into_expr());
        Self { props }
    }
    /// `S3FilesConfig`.
    pub fn s3_files_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsLambdaFunctionS3FilesConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsLambdaFunctionFileSystemConfig>
    for ::forma_core::Value<AwsLambdaFunctionFileSystemConfig>
{
    fn from(v: AwsLambdaFunctionFileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.FunctionScalingConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionFunctionScalingConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionFunctionScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxExecutionEnvironments`.
    pub fn max_execution_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinExecutionEnvironments`.
    pub fn min_execution_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsLambdaFunctionFunctionScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsLambdaFunctionFunctionScalingConfig>
    for ::forma_core::Value<AwsLambdaFunctionFunctionScalingConfig>
{
    fn from(v: AwsLambdaFunctionFunctionScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_FUNCTION_SCALING_CONFIG_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.ImageConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionImageConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionImageConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EntryPoint`.
    pub fn entry_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WorkingDirectory`.
    pub fn working_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsLambdaFunctionImageConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsLambdaFunctionImageConfig> for ::forma_core::Value<AwsLambdaFunctionImageConfig> {
    fn from(v: AwsLambdaFunctionImageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_IMAGE_CONFIG_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.LoggingConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionLoggingConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionLoggingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationLogLevel`.
    pub fn application_log_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogFormat`.
    pub fn log_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LogGroup`.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SystemLogLevel`.
    pub fn system_log_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsLambdaFunctionLoggingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsLambdaFunctionLoggingConfig> for ::forma_core::Value<AwsLambdaFunctionLoggingConfig> {
    fn from(v: AwsLambdaFunctionLoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_LOGGING_CONFIG_TYPE.properties))
    }
}

/// The `AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaAliasProvisionedConcurrencyConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaAliasProvisionedConcurrencyConfiguration {
    /// A new value with its required properties: `ProvisionedConcurrentExecutions`.
    pub fn new(provisioned_concurrent_executions: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, provisioned_concurrent_executions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsLambdaAliasProvisionedConcurrencyConfiguration>
    for ::forma_core::Value<AwsLambdaAliasProvisionedConcurrencyConfiguration>
{
    fn from(v: AwsLambdaAliasProvisionedConcurrencyConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AWS_LAMBDA_ALIAS_PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `PublishedVersions`, `None`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplyOn {
    /// `PublishedVersions`
    PublishedVersions,
    /// `None`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplyOn {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PublishedVersions => "PublishedVersions",
            Self::None => "None",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PublishedVersions", "None"]
    }
}
impl ::std::convert::From<ApplyOn> for ::forma_core::Value<ApplyOn> {
    fn from(v: ApplyOn) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplyOn {}

/// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapStart {
    props: ::forma_core::schema::Props,
}
impl SnapStart {
    /// A new value with its required properties: `ApplyOn`.
    pub fn new(apply_on: impl ::forma_core::schema::EnumArg<ApplyOn>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, apply_on.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SnapStart> for ::forma_core::Value<SnapStart> {
    fn from(v: SnapStart) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAP_START_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.TenancyConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionTenancyConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionTenancyConfig {
    /// A new value with its required properties: `TenantIsolationMode`.
    pub fn new(tenant_isolation_mode: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, tenant_isolation_mode.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsLambdaFunctionTenancyConfig> for ::forma_core::Value<AwsLambdaFunctionTenancyConfig> {
    fn from(v: AwsLambdaFunctionTenancyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_TENANCY_CONFIG_TYPE.properties))
    }
}

/// The VPC security groups and subnets that are attached to a Lambda function.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub fn ipv6_allowed_for_dual_stack(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of VPC security group IDs.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of VPC subnet IDs.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The `AWS::Lambda::Function.S3FilesConfig` property type of `AWS::Serverless::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLambdaFunctionS3FilesConfig {
    props: ::forma_core::schema::Props,
}
impl AwsLambdaFunctionS3FilesConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DirectS3Read`.
    pub fn direct_s3_read(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsLambdaFunctionS3FilesConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsLambdaFunctionS3FilesConfig> for ::forma_core::Value<AwsLambdaFunctionS3FilesConfig> {
    fn from(v: AwsLambdaFunctionS3FilesConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_LAMBDA_FUNCTION_S3_FILES_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Serverless::Function`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Serverless::Function",
properties: &[
::forma_core::schema::Property { name: "Architectures", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "AssumeRolePolicyDocument", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "AutoPublishAlias", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "AutoPublishAliasAllProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "AutoPublishCodeSha256", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "CapacityProviderConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "CodeSigningConfigArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "CodeUri", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "DeadLetterQueue", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "DeploymentPreference", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "DurableConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_DURABLE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Environment", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_ENVIRONMENT_TYPE) },
::forma_core::schema::Property { name: "EphemeralStorage", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_EPHEMERAL_STORAGE_TYPE) },
::forma_core::schema::Property { name: "EventInvokeConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Events", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "FileSystemConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_FILE_SYSTEM_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "FunctionName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "FunctionScalingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_FUNCTION_SCALING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "FunctionUrlConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Handler", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "ImageConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_IMAGE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ImageUri", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "InlineCode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"), min_length: Some(0), max_length: Some(10000) }) },
::forma_core::schema::Property { name: "Layers", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+|arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)$"), min_length: Some(1), max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) }) },
::forma_core::schema::Property { name: "LoggingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_LOGGING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "MemorySize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(128.0), maximum: Some(32768.0) }) },
::forma_core::schema::Property { name: "PackageType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Image", "Zip"]) },
::forma_core::schema::Property { name: "PermissionsBoundary", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Policies", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "PropagateTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ProvisionedConcurrencyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_ALIAS_PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "PublishToLatestPublished", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "RecursiveLoop", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "ReservedConcurrentExecutions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: None }) },
::forma_core::schema::Property { name: "Role", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "RolePath", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Runtime", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "RuntimeManagementConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "SnapStart", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SNAP_START_TYPE) },
::forma_core::schema::Property { name: "SourceKMSKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "TenancyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_TENANCY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Timeout", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(5400.0) }) },
::forma_core::schema::Property { name: "Tracing", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "VersionDeletionPolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "VersionDescription", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "VpcConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE) },
],
rules: &[],
attributes: &["SnapStartResponse", "SnapStartResponse.ApplyOn", "SnapStartResponse.OptimizationStatus", "Arn"],
};

static AWS_LAMBDA_FUNCTION_DURABLE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.DurableConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ExecutionTimeout",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "KMSKeyArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "RetentionPeriodInDays",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static AWS_LAMBDA_FUNCTION_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::Function.AWS::Lambda::Function.Environment",
    properties: &[::forma_core::schema::Property {
        name: "Variables",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
            &::forma_core::schema::ANY_STRING,
        )),
    }],
    rules: &[],
};

static AWS_LAMBDA_FUNCTION_EPHEMERAL_STORAGE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.EphemeralStorage",
        properties: &[::forma_core::schema::Property {
            name: "Size",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };

static AWS_LAMBDA_FUNCTION_FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.FileSystemConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "Arn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LocalMountPath",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "S3FilesConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AWS_LAMBDA_FUNCTION_S3_FILES_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static AWS_LAMBDA_FUNCTION_FUNCTION_SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.FunctionScalingConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxExecutionEnvironments",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "MinExecutionEnvironments",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static AWS_LAMBDA_FUNCTION_IMAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::Function.AWS::Lambda::Function.ImageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkingDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AWS_LAMBDA_FUNCTION_LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.LoggingConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApplicationLogLevel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SystemLogLevel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static AWS_LAMBDA_ALIAS_PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ProvisionedConcurrentExecutions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };

static SNAP_START_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::Function.SnapStart",
    properties: &[::forma_core::schema::Property {
        name: "ApplyOn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["PublishedVersions", "None"]),
    }],
    rules: &[],
};

static AWS_LAMBDA_FUNCTION_TENANCY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.TenancyConfig",
        properties: &[::forma_core::schema::Property {
            name: "TenantIsolationMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::Function.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ipv6AllowedForDualStack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]*$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]*$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static AWS_LAMBDA_FUNCTION_S3_FILES_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Function.AWS::Lambda::Function.S3FilesConfig",
        properties: &[::forma_core::schema::Property {
            name: "DirectS3Read",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
