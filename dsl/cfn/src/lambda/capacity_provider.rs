// @generated from AWS::Lambda::CapacityProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::CapacityProvider` and its property types.

/// Creates a capacity provider that manages compute resources for Lambda functions
///
/// CloudFormation type `AWS::Lambda::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProvider {
    props: ::forma_core::schema::Props,
}
impl CapacityProvider {
    /// A new resource with its required properties: `PermissionsConfig`, `VpcConfig`.
    #[track_caller]
    pub fn new(
        permissions_config: impl ::std::convert::Into<::forma_core::Value<CapacityProviderPermissionsConfig>>,
        vpc_config: impl ::std::convert::Into<::forma_core::Value<CapacityProviderVpcConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, permissions_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, vpc_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CapacityProviderName`.
    ///
    /// Allowed: length 1 to 140.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn capacity_provider_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scaling configuration for the capacity provider.
    #[track_caller]
    pub fn capacity_provider_scaling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityProviderScalingConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance requirements for compute resources managed by the capacity provider.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirements>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key used to encrypt the capacity provider's resources.
    ///
    /// Allowed: length 0 to 10000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for tag propagation to managed resources launched by the capacity provider.
    #[track_caller]
    pub fn propagate_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PropagateTagsConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair that provides metadata for the capacity provider.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The telemetry configuration for the capacity provider, including logging settings.
    #[track_caller]
    pub fn telemetry_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityProviderTelemetryConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CapacityProvider {
    type Attributes = CapacityProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::CapacityProvider"
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
/// The attributes of a `AWS::Lambda::CapacityProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapacityProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapacityProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapacityProviderAttributes {
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `Auto`, `Manual`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityProviderScalingMode {
    /// `Auto`
    Auto,
    /// `Manual`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityProviderScalingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "Auto",
            Self::Manual => "Manual",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Auto", "Manual"]
    }
}
impl ::std::convert::From<CapacityProviderScalingMode> for ::forma_core::Value<CapacityProviderScalingMode> {
    fn from(v: CapacityProviderScalingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityProviderScalingMode {}

/// Configuration that defines how the capacity provider scales compute instances based on demand and policies.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderScalingConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of vCPUs that the capacity provider can provision across all compute instances.
    ///
    /// Allowed: 2 to 15000.
    pub fn max_v_cpu_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The scaling mode that determines how the capacity provider responds to changes in demand.
    pub fn scaling_mode(mut self, value: impl ::forma_core::schema::EnumArg<CapacityProviderScalingMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// A list of target tracking scaling policies for the capacity provider.
    pub fn scaling_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetTrackingScalingPolicy>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityProviderScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityProviderScalingConfig> for ::forma_core::Value<CapacityProviderScalingConfig> {
    fn from(v: CapacityProviderScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_SCALING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `x86_64`, `arm64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architecture {
    /// `x86_64`
    X8664,
    /// `arm64`
    Arm64,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Architecture {
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
impl ::std::convert::From<Architecture> for ::forma_core::Value<Architecture> {
    fn from(v: Architecture) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Architecture {}

/// Specifications that define the characteristics and constraints for compute instances used by the capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirements {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of EC2 instance types that the capacity provider is allowed to use.
    pub fn allowed_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of supported CPU architectures for compute instances.
    pub fn architectures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Architecture>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of EC2 instance types that the capacity provider should not use, even if they meet other requirements.
    pub fn excluded_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceRequirements {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceRequirements> for ::forma_core::Value<InstanceRequirements> {
    fn from(v: InstanceRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_TYPE.properties))
    }
}

/// Configuration that specifies the permissions required for the capacity provider to manage compute resources.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderPermissionsConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderPermissionsConfig {
    /// A new value with its required properties: `CapacityProviderOperatorRoleArn`.
    pub fn new(
        capacity_provider_operator_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_provider_operator_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityProviderPermissionsConfig>
    for ::forma_core::Value<CapacityProviderPermissionsConfig>
{
    fn from(v: CapacityProviderPermissionsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_PERMISSIONS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `Explicit`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTagsMode {
    /// `None`
    None,
    /// `Explicit`
    Explicit,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateTagsMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Explicit => "Explicit",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "Explicit"]
    }
}
impl ::std::convert::From<PropagateTagsMode> for ::forma_core::Value<PropagateTagsMode> {
    fn from(v: PropagateTagsMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateTagsMode {}

/// Configuration that defines how tags are propagated to managed resources.
#[derive(Debug, Clone, PartialEq)]
pub struct PropagateTagsConfig {
    props: ::forma_core::schema::Props,
}
impl PropagateTagsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of tags to explicitly propagate to managed resources.
    pub fn explicit_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The mode for tag propagation.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTagsMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PropagateTagsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PropagateTagsConfig> for ::forma_core::Value<PropagateTagsConfig> {
    fn from(v: PropagateTagsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPAGATE_TAGS_CONFIG_TYPE.properties))
    }
}

/// A key-value pair that provides metadata for the capacity provider.
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
    /// The value for the tag.
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

/// Configuration that specifies the telemetry collection for the capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderTelemetryConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderTelemetryConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The capacity provider's Amazon CloudWatch Logs configuration settings.
    pub fn logging_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityProviderLoggingConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityProviderTelemetryConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityProviderTelemetryConfig> for ::forma_core::Value<CapacityProviderTelemetryConfig> {
    fn from(v: CapacityProviderTelemetryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_TELEMETRY_CONFIG_TYPE.properties))
    }
}

/// VPC configuration that specifies the network settings for compute instances managed by the capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderVpcConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderVpcConfig {
    /// A new value with its required properties: `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityProviderVpcConfig> for ::forma_core::Value<CapacityProviderVpcConfig> {
    fn from(v: CapacityProviderVpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_VPC_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LambdaCapacityProviderAverageCPUUtilization`, `LambdaCapacityProviderAverageGPUUtilization`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityProviderPredefinedMetricType {
    /// `LambdaCapacityProviderAverageCPUUtilization`
    LambdaCapacityProviderAverageCpuUtilization,
    /// `LambdaCapacityProviderAverageGPUUtilization`
    LambdaCapacityProviderAverageGpuUtilization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityProviderPredefinedMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LambdaCapacityProviderAverageCpuUtilization => "LambdaCapacityProviderAverageCPUUtilization",
            Self::LambdaCapacityProviderAverageGpuUtilization => "LambdaCapacityProviderAverageGPUUtilization",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LambdaCapacityProviderAverageCPUUtilization", "LambdaCapacityProviderAverageGPUUtilization"]
    }
}
impl ::std::convert::From<CapacityProviderPredefinedMetricType>
    for ::forma_core::Value<CapacityProviderPredefinedMetricType>
{
    fn from(v: CapacityProviderPredefinedMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityProviderPredefinedMetricType {}

/// A scaling policy for the capacity provider that automatically adjusts capacity to maintain a target value for a specific metric.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingScalingPolicy {
    /// A new value with its required properties: `PredefinedMetricType`, `TargetValue`.
    pub fn new(
        predefined_metric_type: impl ::forma_core::schema::EnumArg<CapacityProviderPredefinedMetricType>,
        target_value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_metric_type.into_enum_expr());
        props.set(1, target_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetTrackingScalingPolicy> for ::forma_core::Value<TargetTrackingScalingPolicy> {
    fn from(v: TargetTrackingScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_SCALING_POLICY_TYPE.properties))
    }
}

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

/// The capacity provider's Amazon CloudWatch Logs configuration settings.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderLoggingConfig {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderLoggingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the Amazon CloudWatch log group the capacity provider sends logs to.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Set this property to filter the system logs for your capacity provider that Lambda sends to CloudWatch.
    pub fn system_log_level(mut self, value: impl ::forma_core::schema::EnumArg<SystemLogLevel>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CapacityProviderLoggingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityProviderLoggingConfig> for ::forma_core::Value<CapacityProviderLoggingConfig> {
    fn from(v: CapacityProviderLoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_LOGGING_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::CapacityProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::CapacityProvider",
properties: &[
::forma_core::schema::Property { name: "CapacityProviderName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "CapacityProviderScalingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_SCALING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "InstanceRequirements", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_TYPE) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"), min_length: Some(0), max_length: Some(10000) }) },
::forma_core::schema::Property { name: "PermissionsConfig", required: true, create_only: true, shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_PERMISSIONS_CONFIG_TYPE) },
::forma_core::schema::Property { name: "PropagateTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PROPAGATE_TAGS_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TelemetryConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_TELEMETRY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "VpcConfig", required: true, create_only: true, shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_VPC_CONFIG_TYPE) },
],
rules: &[],
attributes: &["State", "Arn"],
};

static CAPACITY_PROVIDER_SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.CapacityProviderScalingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxVCpuCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(15000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Auto", "Manual"]),
        },
        ::forma_core::schema::Property {
            name: "ScalingPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TRACKING_SCALING_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.InstanceRequirements",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\.\\*\\-]+$"),
                    min_length: Some(1),
                    max_length: Some(30),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(400) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Architectures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["x86_64", "arm64"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\.\\*\\-]+$"),
                    min_length: Some(1),
                    max_length: Some(30),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(400) },
            ),
        },
    ],
    rules: &[],
};

static CAPACITY_PROVIDER_PERMISSIONS_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lambda::CapacityProvider.CapacityProviderPermissionsConfig",
        properties: &[::forma_core::schema::Property {
            name: "CapacityProviderOperatorRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(0),
                max_length: Some(10000),
            }),
        }],
        rules: &[],
    };

static PROPAGATE_TAGS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.PropagateTagsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExplicitTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(40) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Explicit"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.Tag",
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

static CAPACITY_PROVIDER_TELEMETRY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lambda::CapacityProvider.CapacityProviderTelemetryConfig",
        properties: &[::forma_core::schema::Property {
            name: "LoggingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_LOGGING_CONFIG_TYPE),
        }],
        rules: &[],
    };

static CAPACITY_PROVIDER_VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.CapacityProviderVpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
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
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]*$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static TARGET_TRACKING_SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.TargetTrackingScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PredefinedMetricType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "LambdaCapacityProviderAverageCPUUtilization",
                "LambdaCapacityProviderAverageGPUUtilization",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TargetValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static CAPACITY_PROVIDER_LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CapacityProvider.CapacityProviderLoggingConfig",
    properties: &[
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
