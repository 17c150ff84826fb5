// @generated from AWS::Lambda::Function (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::Function` and its property types.

/// The `AWS::Lambda::Function` resource creates a Lambda function.
///
/// CloudFormation type `AWS::Lambda::Function`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new resource with its required properties: `Code`, `Role`.
    #[track_caller]
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<Code>>,
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, code.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(22, role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The instruction set architecture that the function supports.
    #[track_caller]
    pub fn architectures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Architectures>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    #[track_caller]
    pub fn capacity_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityProviderConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// To enable code signing for this function, specify the ARN of a code-signing configuration.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn code_signing_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.
    #[track_caller]
    pub fn dead_letter_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the function.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration settings for [durable functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including execution timeout, retention period for execution history, and an optional ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    #[track_caller]
    pub fn durable_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DurableConfig>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Environment variables that are accessible from function code during execution.
    #[track_caller]
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<Environment>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The size of the function's `/tmp` directory in MB.
    #[track_caller]
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralStorage>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Connection settings for an Amazon EFS or Amazon S3 Files file system.
    #[track_caller]
    pub fn file_system_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FileSystemConfig>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Lambda function, up to 64 characters in length.
    ///
    /// Allowed: length 1 to any.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn function_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
    #[track_caller]
    pub fn function_scaling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FunctionScalingConfig>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the method within your code that Lambda calls to run your function.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn handler(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration values that override the container image Dockerfile settings.
    #[track_caller]
    pub fn image_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageConfig>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMSlong (KMS) customer managed key that's used to encrypt the following resources: + The function's [environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    ///
    /// Allowed: length 0 to 10000.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of [function layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to the function's execution environment.
    #[track_caller]
    pub fn layers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The function's Amazon CloudWatch Logs configuration settings.
    #[track_caller]
    pub fn logging_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingConfig>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of [memory available to the function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console) at runtime.
    ///
    /// Allowed: 128 to 32768.
    #[track_caller]
    pub fn memory_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of deployment package.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn package_type(mut self, value: impl ::forma_core::schema::EnumArg<PackageType>) -> Self {
        self.props.set_at(18, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PublishToLatestPublished`.
    #[track_caller]
    pub fn publish_to_latest_published(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of your function's recursive loop detection configuration.
    #[track_caller]
    pub fn recursive_loop(mut self, value: impl ::forma_core::schema::EnumArg<RecursiveLoop>) -> Self {
        self.props.set_at(20, value.into_enum_expr(), ::std::panic::Location::caller());
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
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the function's [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    #[track_caller]
    pub fn runtime(mut self, value: impl ::forma_core::schema::EnumArg<Runtime>) -> Self {
        self.props.set_at(23, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets the runtime management configuration for a function's version.
    #[track_caller]
    pub fn runtime_management_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RuntimeManagementConfig>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
    #[track_caller]
    pub fn snap_start(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnapStart>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the function.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The function's tenant isolation configuration settings.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tenancy_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TenancyConfig>>) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    ///
    /// Allowed: 1 to 5400.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    #[track_caller]
    pub fn tracing_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TracingConfig>>) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For network connectivity to AWS resources in a VPC, specify a list of security groups and subnets in the VPC.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Function {
    type Attributes = FunctionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::Function"
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
/// The attributes of a `AWS::Lambda::Function` (`Fn::GetAtt`), on the handle `add` returns.
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

/// The values CloudFormation documents: `x86_64`, `arm64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architectures {
    /// `x86_64`
    X8664,
    /// `arm64`
    Arm64,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Architectures {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X8664 => "x86_64",
            Self::Arm64 => "arm64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["x86_64", "arm64"]
    }
}
impl ::std::convert::From<Architectures> for ::forma_core::Value<Architectures> {
    fn from(v: Architectures) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Architectures {}

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

/// The values CloudFormation documents: `Allow`, `Terminate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecursiveLoop {
    /// `Allow`
    Allow,
    /// `Terminate`
    Terminate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecursiveLoop {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "Allow",
            Self::Terminate => "Terminate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Allow", "Terminate"]
    }
}
impl ::std::convert::From<RecursiveLoop> for ::forma_core::Value<RecursiveLoop> {
    fn from(v: RecursiveLoop) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecursiveLoop {}

/// The values CloudFormation documents: `dotnet10`, `dotnet6`, `dotnet8`, `dotnetcore1.0`, `dotnetcore2.0`, `dotnetcore2.1`, `dotnetcore3.1`, `go1.x`, `java11`, `java11.al2023`, `java17`, `java17.al2023`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Runtime {
    /// `dotnet10`
    Dotnet10,
    /// `dotnet6`
    Dotnet6,
    /// `dotnet8`
    Dotnet8,
    /// `dotnetcore1.0`
    Dotnetcore10,
    /// `dotnetcore2.0`
    Dotnetcore20,
    /// `dotnetcore2.1`
    Dotnetcore21,
    /// `dotnetcore3.1`
    Dotnetcore31,
    /// `go1.x`
    Go1X,
    /// `java11`
    Java11,
    /// `java11.al2023`
    Java11Al2023,
    /// `java17`
    Java17,
    /// `java17.al2023`
    Java17Al2023,
    /// `java21`
    Java21,
    /// `java25`
    Java25,
    /// `java8`
    Java8,
    /// `java8.al2`
    Java8Al2,
    /// `java8.al2023`
    Java8Al2023,
    /// `nodejs`
    Nodejs,
    /// `nodejs10.x`
    Nodejs10X,
    /// `nodejs12.x`
    Nodejs12X,
    /// `nodejs14.x`
    Nodejs14X,
    /// `nodejs16.x`
    Nodejs16X,
    /// `nodejs18.x`
    Nodejs18X,
    /// `nodejs20.x`
    Nodejs20X,
    /// `nodejs22.x`
    Nodejs22X,
    /// `nodejs24.x`
    Nodejs24X,
    /// `nodejs26.x`
    Nodejs26X,
    /// `nodejs4.3`
    Nodejs43,
    /// `nodejs4.3-edge`
    Nodejs43Edge,
    /// `nodejs6.10`
    Nodejs610,
    /// `nodejs8.10`
    Nodejs810,
    /// `provided`
    Provided,
    /// `provided.al2`
    ProvidedAl2,
    /// `provided.al2023`
    ProvidedAl2023,
    /// `python2.7`
    Python27,
    /// `python3.10`
    Python310,
    /// `python3.11`
    Python311,
    /// `python3.12`
    Python312,
    /// `python3.13`
    Python313,
    /// `python3.14`
    Python314,
    /// `python3.15`
    Python315,
    /// `python3.6`
    Python36,
    /// `python3.7`
    Python37,
    /// `python3.8`
    Python38,
    /// `python3.9`
    Python39,
    /// `ruby2.5`
    Ruby25,
    /// `ruby2.7`
    Ruby27,
    /// `ruby3.2`
    Ruby32,
    /// `ruby3.3`
    Ruby33,
    /// `ruby3.4`
    Ruby34,
    /// `ruby4.0`
    Ruby40,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Runtime {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dotnet10 => "dotnet10",
            Self::Dotnet6 => "dotnet6",
            Self::Dotnet8 => "dotnet8",
            Self::Dotnetcore10 => "dotnetcore1.0",
            Self::Dotnetcore20 => "dotnetcore2.0",
            Self::Dotnetcore21 => "dotnetcore2.1",
            Self::Dotnetcore31 => "dotnetcore3.1",
            Self::Go1X => "go1.x",
            Self::Java11 => "java11",
            Self::Java11Al2023 => "java11.al2023",
            Self::Java17 => "java17",
            Self::Java17Al2023 => "java17.al2023",
            Self::Java21 => "java21",
            Self::Java25 => "java25",
            Self::Java8 => "java8",
            Self::Java8Al2 => "java8.al2",
            Self::Java8Al2023 => "java8.al2023",
            Self::Nodejs => "nodejs",
            Self::Nodejs10X => "nodejs10.x",
            Self::Nodejs12X => "nodejs12.x",
            Self::Nodejs14X => "nodejs14.x",
            Self::Nodejs16X => "nodejs16.x",
            Self::Nodejs18X => "nodejs18.x",
            Self::Nodejs20X => "nodejs20.x",
            Self::Nodejs22X => "nodejs22.x",
            Self::Nodejs24X => "nodejs24.x",
            Self::Nodejs26X => "nodejs26.x",
            Self::Nodejs43 => "nodejs4.3",
            Self::Nodejs43Edge => "nodejs4.3-edge",
            Self::Nodejs610 => "nodejs6.10",
            Self::Nodejs810 => "nodejs8.10",
            Self::Provided => "provided",
            Self::ProvidedAl2 => "provided.al2",
            Self::ProvidedAl2023 => "provided.al2023",
            Self::Python27 => "python2.7",
            Self::Python310 => "python3.10",
            Self::Python311 => "python3.11",
            Self::Python312 => "python3.12",
            Self::Python313 => "python3.13",
            Self::Python314 => "python3.14",
            Self::Python315 => "python3.15",
            Self::Python36 => "python3.6",
            Self::Python37 => "python3.7",
            Self::Python38 => "python3.8",
            Self::Python39 => "python3.9",
            Self::Ruby25 => "ruby2.5",
            Self::Ruby27 => "ruby2.7",
            Self::Ruby32 => "ruby3.2",
            Self::Ruby33 => "ruby3.3",
            Self::Ruby34 => "ruby3.4",
            Self::Ruby40 => "ruby4.0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "dotnet10",
            "dotnet6",
            "dotnet8",
            "dotnetcore1.0",
            "dotnetcore2.0",
            "dotnetcore2.1",
            "dotnetcore3.1",
            "go1.x",
            "java11",
            "java11.al2023",
            "java17",
            "java17.al2023",
            "java21",
            "java25",
            "java8",
            "java8.al2",
            "java8.al2023",
            "nodejs",
            "nodejs10.x",
            "nodejs12.x",
            "nodejs14.x",
            "nodejs16.x",
            "nodejs18.x",
            "nodejs20.x",
            "nodejs22.x",
            "nodejs24.x",
            "nodejs26.x",
            "nodejs4.3",
            "nodejs4.3-edge",
            "nodejs6.10",
            "nodejs8.10",
            "provided",
            "provided.al2",
            "provided.al2023",
            "python2.7",
            "python3.10",
            "python3.11",
            "python3.12",
            "python3.13",
            "python3.14",
            "python3.15",
            "python3.6",
            "python3.7",
            "python3.8",
            "python3.9",
            "ruby2.5",
            "ruby2.7",
            "ruby3.2",
            "ruby3.3",
            "ruby3.4",
            "ruby4.0",
        ]
    }
}
impl ::std::convert::From<Runtime> for ::forma_core::Value<Runtime> {
    fn from(v: Runtime) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Runtime {}

/// Configuration for the capacity provider that manages compute resources for Lambda functions.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderConfig {
    /// A new value with its required properties: `LambdaManagedInstancesCapacityProviderConfig`.
    pub fn new(
        lambda_managed_instances_capacity_provider_config: impl ::std::convert::Into<
            ::forma_core::Value<LambdaManagedInstancesCapacityProviderConfig>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_managed_instances_capacity_provider_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityProviderConfig> for ::forma_core::Value<CapacityProviderConfig> {
    fn from(v: CapacityProviderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COPY`, `REFERENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectStorageMode {
    /// `COPY`
    Copy,
    /// `REFERENCE`
    Reference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3ObjectStorageMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Copy => "COPY",
            Self::Reference => "REFERENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COPY", "REFERENCE"]
    }
}
impl ::std::convert::From<S3ObjectStorageMode> for ::forma_core::Value<S3ObjectStorageMode> {
    fn from(v: S3ObjectStorageMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3ObjectStorageMode {}

/// The [deployment package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) for a Lambda function.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    props: ::forma_core::schema::Props,
}
impl Code {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// URI of a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html) in the Amazon ECR registry.
    pub fn image_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An Amazon S3 bucket in the same AWS-Region as your function.
    ///
    /// Allowed: length 3 to 63.
    pub fn s3_bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon S3 key of the deployment package.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies the storage mode for the deployment package.
    pub fn s3_object_storage_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3ObjectStorageMode>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// For versioned objects, the version of the deployment package object to use.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ARN of the KMSlong (KMS) customer managed key that's used to encrypt your function's .zip deployment package.
    ///
    /// Allowed: length 0 to 10000.
    pub fn source_kms_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// (Node.js and Python) The source code of your Lambda function.
    pub fn zip_file(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Code {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Code> for ::forma_core::Value<Code> {
    fn from(v: Code) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_TYPE.properties))
    }
}

/// The [dead-letter queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq) for failed asynchronous invocations.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetterConfig {
    props: ::forma_core::schema::Props,
}
impl DeadLetterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
    ///
    /// Allowed: length 0 to 10000.
    pub fn target_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeadLetterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeadLetterConfig> for ::forma_core::Value<DeadLetterConfig> {
    fn from(v: DeadLetterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEAD_LETTER_CONFIG_TYPE.properties))
    }
}

/// Configuration settings for [durable functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including execution timeout, retention period for execution history, and an optional ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
#[derive(Debug, Clone, PartialEq)]
pub struct DurableConfig {
    props: ::forma_core::schema::Props,
}
impl DurableConfig {
    /// A new value with its required properties: `ExecutionTimeout`.
    pub fn new(execution_timeout: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, execution_timeout.into().into_expr());
        Self { props }
    }
    /// The ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    ///
    /// Allowed: length 0 to 10000.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of days to retain execution history after a durable execution completes.
    ///
    /// Allowed: 1 to 90.
    pub fn retention_period_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DurableConfig> for ::forma_core::Value<DurableConfig> {
    fn from(v: DurableConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DURABLE_CONFIG_TYPE.properties))
    }
}

/// A function's environment variable settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Environment variable key-value pairs.
    pub fn variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Environment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Environment> for ::forma_core::Value<Environment> {
    fn from(v: Environment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_TYPE.properties))
    }
}

/// The size of the function's `/tmp` directory in MB.
#[derive(Debug, Clone, PartialEq)]
pub struct EphemeralStorage {
    props: ::forma_core::schema::Props,
}
impl EphemeralStorage {
    /// A new value with its required properties: `Size`.
    pub fn new(size: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, size.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EphemeralStorage> for ::forma_core::Value<EphemeralStorage> {
    fn from(v: EphemeralStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPHEMERAL_STORAGE_TYPE.properties))
    }
}

/// Details about the connection between a Lambda function and an [Amazon EFS file system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html) or an [Amazon S3 file system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemConfig {
    props: ::forma_core::schema::Props,
}
impl FileSystemConfig {
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
    /// The configuration for how your function accesses data on an Amazon S3 file system.
    pub fn s3_files_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3FilesConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FileSystemConfig> for ::forma_core::Value<FileSystemConfig> {
    fn from(v: FileSystemConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_SYSTEM_CONFIG_TYPE.properties))
    }
}

/// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionScalingConfig {
    props: ::forma_core::schema::Props,
}
impl FunctionScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of execution environments that can be provisioned for the function.
    ///
    /// Allowed: 0 to 15000.
    pub fn max_execution_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of execution environments to maintain for the function.
    ///
    /// Allowed: 0 to 15000.
    pub fn min_execution_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FunctionScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FunctionScalingConfig> for ::forma_core::Value<FunctionScalingConfig> {
    fn from(v: FunctionScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_SCALING_CONFIG_TYPE.properties))
    }
}

/// Configuration values that override the container image Dockerfile settings.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageConfig {
    props: ::forma_core::schema::Props,
}
impl ImageConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies parameters that you want to pass in with ENTRYPOINT.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the entry point to their application, which is typically the location of the runtime executable.
    pub fn entry_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the working directory.
    ///
    /// Allowed: length 0 to 1000.
    pub fn working_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageConfig> for ::forma_core::Value<ImageConfig> {
    fn from(v: ImageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR`, `FATAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationLogLevel {
    /// `TRACE`
    Trace,
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// `FATAL`
    Fatal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationLogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trace => "TRACE",
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Fatal => "FATAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
    }
}
impl ::std::convert::From<ApplicationLogLevel> for ::forma_core::Value<ApplicationLogLevel> {
    fn from(v: ApplicationLogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationLogLevel {}

/// The values CloudFormation documents: `Text`, `JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogFormat {
    /// `Text`
    Text,
    /// `JSON`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "Text",
            Self::Json => "JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Text", "JSON"]
    }
}
impl ::std::convert::From<LogFormat> for ::forma_core::Value<LogFormat> {
    fn from(v: LogFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogFormat {}

/// The values CloudFormation documents: `DEBUG`, `INFO`, `WARN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SystemLogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SystemLogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEBUG", "INFO", "WARN"]
    }
}
impl ::std::convert::From<SystemLogLevel> for ::forma_core::Value<SystemLogLevel> {
    fn from(v: SystemLogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SystemLogLevel {}

/// The function's Amazon CloudWatch Logs configuration settings.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfig {
    props: ::forma_core::schema::Props,
}
impl LoggingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set this property to filter the application logs for your function that Lambda sends to CloudWatch.
    pub fn application_log_level(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationLogLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The format in which Lambda sends your function's application and system logs to CloudWatch.
    pub fn log_format(mut self, value: impl ::forma_core::schema::EnumArg<LogFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The name of the Amazon CloudWatch log group the function sends logs to.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Set this property to filter the system logs for your function that Lambda sends to CloudWatch.
    pub fn system_log_level(mut self, value: impl ::forma_core::schema::EnumArg<SystemLogLevel>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LoggingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingConfig> for ::forma_core::Value<LoggingConfig> {
    fn from(v: LoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Auto`, `FunctionUpdate`, `Manual`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateRuntimeOn {
    /// `Auto`
    Auto,
    /// `FunctionUpdate`
    FunctionUpdate,
    /// `Manual`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateRuntimeOn {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "Auto",
            Self::FunctionUpdate => "FunctionUpdate",
            Self::Manual => "Manual",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Auto", "FunctionUpdate", "Manual"]
    }
}
impl ::std::convert::From<UpdateRuntimeOn> for ::forma_core::Value<UpdateRuntimeOn> {
    fn from(v: UpdateRuntimeOn) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateRuntimeOn {}

/// Sets the runtime management configuration for a function's version.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeManagementConfig {
    props: ::forma_core::schema::Props,
}
impl RuntimeManagementConfig {
    /// A new value with its required properties: `UpdateRuntimeOn`.
    pub fn new(update_runtime_on: impl ::forma_core::schema::EnumArg<UpdateRuntimeOn>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, update_runtime_on.into_enum_expr());
        Self { props }
    }
    /// The ARN of the runtime version you want the function to use.
    pub fn runtime_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuntimeManagementConfig> for ::forma_core::Value<RuntimeManagementConfig> {
    fn from(v: RuntimeManagementConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUNTIME_MANAGEMENT_CONFIG_TYPE.properties))
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

/// A [tag](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the function.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for this tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PER_TENANT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TenantIsolationMode {
    /// `PER_TENANT`
    PerTenant,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TenantIsolationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PerTenant => "PER_TENANT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PER_TENANT"]
    }
}
impl ::std::convert::From<TenantIsolationMode> for ::forma_core::Value<TenantIsolationMode> {
    fn from(v: TenantIsolationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TenantIsolationMode {}

/// Specifies the tenant isolation mode configuration for a Lambda function.
#[derive(Debug, Clone, PartialEq)]
pub struct TenancyConfig {
    props: ::forma_core::schema::Props,
}
impl TenancyConfig {
    /// A new value with its required properties: `TenantIsolationMode`.
    pub fn new(tenant_isolation_mode: impl ::forma_core::schema::EnumArg<TenantIsolationMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, tenant_isolation_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TenancyConfig> for ::forma_core::Value<TenancyConfig> {
    fn from(v: TenancyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TENANCY_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Active`, `PassThrough`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `Active`
    Active,
    /// `PassThrough`
    PassThrough,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::PassThrough => "PassThrough",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Active", "PassThrough"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The function's [](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) tracing configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TracingConfig {
    props: ::forma_core::schema::Props,
}
impl TracingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The tracing mode.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TracingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TracingConfig> for ::forma_core::Value<TracingConfig> {
    fn from(v: TracingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACING_CONFIG_TYPE.properties))
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

/// Configuration for Lambda-managed instances used by the capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaManagedInstancesCapacityProviderConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaManagedInstancesCapacityProviderConfig {
    /// A new value with its required properties: `CapacityProviderArn`.
    pub fn new(capacity_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_provider_arn.into().into_expr());
        Self { props }
    }
    /// The amount of memory in GiB allocated per vCPU for execution environments.
    ///
    /// Allowed: 2 to 8.
    pub fn execution_environment_memory_gi_b_per_v_cpu(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum number of concurrent executions that can run on each execution environment.
    ///
    /// Allowed: 1 to 1600.
    pub fn per_execution_environment_max_concurrency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LambdaManagedInstancesCapacityProviderConfig>
    for ::forma_core::Value<LambdaManagedInstancesCapacityProviderConfig>
{
    fn from(v: LambdaManagedInstancesCapacityProviderConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`, `AUTO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DirectS3Read {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `AUTO`
    Auto,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DirectS3Read {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Auto => "AUTO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED", "AUTO"]
    }
}
impl ::std::convert::From<DirectS3Read> for ::forma_core::Value<DirectS3Read> {
    fn from(v: DirectS3Read) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DirectS3Read {}

/// Setting controls how your function accesses data from an Amazon S3 file system.
#[derive(Debug, Clone, PartialEq)]
pub struct S3FilesConfig {
    props: ::forma_core::schema::Props,
}
impl S3FilesConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies if a function reads from the file system for the lowest latency, or through Amazon S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput.
    pub fn direct_s3_read(mut self, value: impl ::forma_core::schema::EnumArg<DirectS3Read>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for S3FilesConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3FilesConfig> for ::forma_core::Value<S3FilesConfig> {
    fn from(v: S3FilesConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILES_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::Function`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::Function",
properties: &[
::forma_core::schema::Property { name: "Architectures", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["x86_64", "arm64"]), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "CapacityProviderConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Code", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&CODE_TYPE) },
::forma_core::schema::Property { name: "CodeSigningConfigArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"), min_length: Some(0), max_length: Some(200) }) },
::forma_core::schema::Property { name: "DeadLetterConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "DurableConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DURABLE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Environment", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ENVIRONMENT_TYPE) },
::forma_core::schema::Property { name: "EphemeralStorage", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_STORAGE_TYPE) },
::forma_core::schema::Property { name: "FileSystemConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&FILE_SYSTEM_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) }) },
::forma_core::schema::Property { name: "FunctionName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:function:[a-zA-Z0-9_-]{1,64})$"), min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "FunctionScalingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&FUNCTION_SCALING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Handler", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\s]+$"), min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "ImageConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&IMAGE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"), min_length: Some(0), max_length: Some(10000) }) },
::forma_core::schema::Property { name: "Layers", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+|arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)$"), min_length: Some(1), max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) }) },
::forma_core::schema::Property { name: "LoggingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "MemorySize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(128.0), maximum: Some(32768.0) }) },
::forma_core::schema::Property { name: "PackageType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["Image", "Zip"]) },
::forma_core::schema::Property { name: "PublishToLatestPublished", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "RecursiveLoop", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Allow", "Terminate"]) },
::forma_core::schema::Property { name: "ReservedConcurrentExecutions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: None }) },
::forma_core::schema::Property { name: "Role", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: Some(0), max_length: Some(10000) }) },
::forma_core::schema::Property { name: "Runtime", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["dotnet10", "dotnet6", "dotnet8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "go1.x", "java11", "java11.al2023", "java17", "java17.al2023", "java21", "java25", "java8", "java8.al2", "java8.al2023", "nodejs", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x", "nodejs26.x", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "provided", "provided.al2", "provided.al2023", "python2.7", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14", "python3.15", "python3.6", "python3.7", "python3.8", "python3.9", "ruby2.5", "ruby2.7", "ruby3.2", "ruby3.3", "ruby3.4", "ruby4.0"]) },
::forma_core::schema::Property { name: "RuntimeManagementConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&RUNTIME_MANAGEMENT_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SnapStart", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SNAP_START_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TenancyConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&TENANCY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Timeout", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(5400.0) }) },
::forma_core::schema::Property { name: "TracingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&TRACING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "VpcConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE) },
],
rules: &[],
attributes: &["SnapStartResponse", "SnapStartResponse.ApplyOn", "SnapStartResponse.OptimizationStatus", "Arn"],
};

static CAPACITY_PROVIDER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.CapacityProviderConfig",
    properties: &[::forma_core::schema::Property {
        name: "LambdaManagedInstancesCapacityProviderConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG_TYPE),
    }],
    rules: &[],
};

static CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.Code",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImageUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z\\.\\-_]*(?<!\\.)$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectStorageMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COPY", "REFERENCE"]),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceKMSKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: Some(0),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ZipFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEAD_LETTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.DeadLetterConfig",
    properties: &[::forma_core::schema::Property {
        name: "TargetArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
            min_length: Some(0),
            max_length: Some(10000),
        }),
    }],
    rules: &[],
};

static DURABLE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.DurableConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutionTimeout",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(31622400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "KMSKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: Some(0),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(90.0),
            }),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.Environment",
    properties: &[::forma_core::schema::Property {
        name: "Variables",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Json),
    }],
    rules: &[],
};

static EPHEMERAL_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.EphemeralStorage",
    properties: &[::forma_core::schema::Property {
        name: "Size",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(512.0),
            maximum: Some(32768.0),
        }),
    }],
    rules: &[],
};

static FILE_SYSTEM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lambda::Function.FileSystemConfig",
properties: &[
::forma_core::schema::Property { name: "Arn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$"), min_length: None, max_length: Some(200) }) },
::forma_core::schema::Property { name: "LocalMountPath", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^/mnt/[a-zA-Z0-9-_.]+$"), min_length: Some(0), max_length: Some(160) }) },
::forma_core::schema::Property { name: "S3FilesConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&S3_FILES_CONFIG_TYPE) },
],
rules: &[],
};

static FUNCTION_SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.FunctionScalingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxExecutionEnvironments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinExecutionEnvironments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15000.0),
            }),
        },
    ],
    rules: &[],
};

static IMAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.ImageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkingDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.LoggingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationLogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]),
        },
        ::forma_core::schema::Property {
            name: "LogFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Text", "JSON"]),
        },
        ::forma_core::schema::Property {
            name: "LogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_/#A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "SystemLogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEBUG", "INFO", "WARN"]),
        },
    ],
    rules: &[],
};

static RUNTIME_MANAGEMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.RuntimeManagementConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuntimeVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UpdateRuntimeOn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Auto", "FunctionUpdate", "Manual"]),
        },
    ],
    rules: &[],
};

static SNAP_START_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.SnapStart",
    properties: &[::forma_core::schema::Property {
        name: "ApplyOn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["PublishedVersions", "None"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TENANCY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.TenancyConfig",
    properties: &[::forma_core::schema::Property {
        name: "TenantIsolationMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["PER_TENANT"]),
    }],
    rules: &[],
};

static TRACING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.TracingConfig",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Active", "PassThrough"]),
    }],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.VpcConfig",
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

static LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lambda::Function.LambdaManagedInstancesCapacityProviderConfig",
properties: &[
::forma_core::schema::Property { name: "CapacityProviderArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "ExecutionEnvironmentMemoryGiBPerVCpu", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(2.0), maximum: Some(8.0) }) },
::forma_core::schema::Property { name: "PerExecutionEnvironmentMaxConcurrency", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(1600.0) }) },
],
rules: &[],
};

static S3_FILES_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Function.S3FilesConfig",
    properties: &[::forma_core::schema::Property {
        name: "DirectS3Read",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED", "AUTO"]),
    }],
    rules: &[],
};
