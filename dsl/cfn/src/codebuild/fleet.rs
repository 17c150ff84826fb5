// @generated from AWS::CodeBuild::Fleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeBuild::Fleet` and its property types.

/// Resource Type definition for AWS::CodeBuild::Fleet
///
/// CloudFormation type `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fleet {
    props: ::forma_core::schema::Props,
}
impl Fleet {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BaseCapacity`.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn base_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComputeConfiguration`.
    #[track_caller]
    pub fn compute_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComputeConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComputeType`.
    #[track_caller]
    pub fn compute_type(mut self, value: impl ::forma_core::schema::EnumArg<ComputeType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentType`.
    #[track_caller]
    pub fn environment_type(mut self, value: impl ::forma_core::schema::EnumArg<EnvironmentType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FleetProxyConfiguration`.
    #[track_caller]
    pub fn fleet_proxy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProxyConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FleetServiceRole`.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn fleet_service_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FleetVpcConfig`.
    #[track_caller]
    pub fn fleet_vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageId`.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 2 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OverflowBehavior`.
    #[track_caller]
    pub fn overflow_behavior(mut self, value: impl ::forma_core::schema::EnumArg<OverflowBehavior>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ScalingConfiguration`.
    #[track_caller]
    pub fn scaling_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScalingConfigurationInput>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Fleet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Fleet {
    type Attributes = FleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeBuild::Fleet"
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
/// The attributes of a `AWS::CodeBuild::Fleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FleetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `BUILD_GENERAL1_SMALL`, `BUILD_GENERAL1_MEDIUM`, `BUILD_GENERAL1_LARGE`, `BUILD_GENERAL1_XLARGE`, `BUILD_GENERAL1_2XLARGE`, `ATTRIBUTE_BASED_COMPUTE`, `CUSTOM_INSTANCE_TYPE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputeType {
    /// `BUILD_GENERAL1_SMALL`
    BuildGeneral1Small,
    /// `BUILD_GENERAL1_MEDIUM`
    BuildGeneral1Medium,
    /// `BUILD_GENERAL1_LARGE`
    BuildGeneral1Large,
    /// `BUILD_GENERAL1_XLARGE`
    BuildGeneral1Xlarge,
    /// `BUILD_GENERAL1_2XLARGE`
    BuildGeneral12Xlarge,
    /// `ATTRIBUTE_BASED_COMPUTE`
    AttributeBasedCompute,
    /// `CUSTOM_INSTANCE_TYPE`
    CustomInstanceType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BuildGeneral1Small => "BUILD_GENERAL1_SMALL",
            Self::BuildGeneral1Medium => "BUILD_GENERAL1_MEDIUM",
            Self::BuildGeneral1Large => "BUILD_GENERAL1_LARGE",
            Self::BuildGeneral1Xlarge => "BUILD_GENERAL1_XLARGE",
            Self::BuildGeneral12Xlarge => "BUILD_GENERAL1_2XLARGE",
            Self::AttributeBasedCompute => "ATTRIBUTE_BASED_COMPUTE",
            Self::CustomInstanceType => "CUSTOM_INSTANCE_TYPE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "BUILD_GENERAL1_SMALL",
            "BUILD_GENERAL1_MEDIUM",
            "BUILD_GENERAL1_LARGE",
            "BUILD_GENERAL1_XLARGE",
            "BUILD_GENERAL1_2XLARGE",
            "ATTRIBUTE_BASED_COMPUTE",
            "CUSTOM_INSTANCE_TYPE",
        ]
    }
}
impl ::std::convert::From<ComputeType> for ::forma_core::Value<ComputeType> {
    fn from(v: ComputeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputeType {}

/// The values CloudFormation documents: `WINDOWS_SERVER_2019_CONTAINER`, `WINDOWS_SERVER_2022_CONTAINER`, `LINUX_CONTAINER`, `LINUX_GPU_CONTAINER`, `ARM_CONTAINER`, `MAC_ARM`, `LINUX_EC2`, `ARM_EC2`, `WINDOWS_EC2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentType {
    /// `WINDOWS_SERVER_2019_CONTAINER`
    WindowsServer2019Container,
    /// `WINDOWS_SERVER_2022_CONTAINER`
    WindowsServer2022Container,
    /// `LINUX_CONTAINER`
    LinuxContainer,
    /// `LINUX_GPU_CONTAINER`
    LinuxGpuContainer,
    /// `ARM_CONTAINER`
    ArmContainer,
    /// `MAC_ARM`
    MacArm,
    /// `LINUX_EC2`
    LinuxEc2,
    /// `ARM_EC2`
    ArmEc2,
    /// `WINDOWS_EC2`
    WindowsEc2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnvironmentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WindowsServer2019Container => "WINDOWS_SERVER_2019_CONTAINER",
            Self::WindowsServer2022Container => "WINDOWS_SERVER_2022_CONTAINER",
            Self::LinuxContainer => "LINUX_CONTAINER",
            Self::LinuxGpuContainer => "LINUX_GPU_CONTAINER",
            Self::ArmContainer => "ARM_CONTAINER",
            Self::MacArm => "MAC_ARM",
            Self::LinuxEc2 => "LINUX_EC2",
            Self::ArmEc2 => "ARM_EC2",
            Self::WindowsEc2 => "WINDOWS_EC2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "WINDOWS_SERVER_2019_CONTAINER",
            "WINDOWS_SERVER_2022_CONTAINER",
            "LINUX_CONTAINER",
            "LINUX_GPU_CONTAINER",
            "ARM_CONTAINER",
            "MAC_ARM",
            "LINUX_EC2",
            "ARM_EC2",
            "WINDOWS_EC2",
        ]
    }
}
impl ::std::convert::From<EnvironmentType> for ::forma_core::Value<EnvironmentType> {
    fn from(v: EnvironmentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnvironmentType {}

/// The values CloudFormation documents: `QUEUE`, `ON_DEMAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverflowBehavior {
    /// `QUEUE`
    Queue,
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverflowBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queue => "QUEUE",
            Self::OnDemand => "ON_DEMAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["QUEUE", "ON_DEMAND"]
    }
}
impl ::std::convert::From<OverflowBehavior> for ::forma_core::Value<OverflowBehavior> {
    fn from(v: OverflowBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverflowBehavior {}

/// The values CloudFormation documents: `GENERAL`, `NVME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MachineType {
    /// `GENERAL`
    General,
    /// `NVME`
    Nvme,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MachineType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::General => "GENERAL",
            Self::Nvme => "NVME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENERAL", "NVME"]
    }
}
impl ::std::convert::From<MachineType> for ::forma_core::Value<MachineType> {
    fn from(v: MachineType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MachineType {}

/// The `ComputeConfiguration` property type of `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComputeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `disk`.
    pub fn disk(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `instanceType`.
    ///
    /// Allowed: length 1 to any.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `machineType`.
    pub fn machine_type(mut self, value: impl ::forma_core::schema::EnumArg<MachineType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `memory`.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `vCpu`.
    pub fn v_cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputeConfiguration> for ::forma_core::Value<ComputeConfiguration> {
    fn from(v: ComputeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALLOW_ALL`, `DENY_ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultBehavior {
    /// `ALLOW_ALL`
    AllowAll,
    /// `DENY_ALL`
    DenyAll,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowAll => "ALLOW_ALL",
            Self::DenyAll => "DENY_ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW_ALL", "DENY_ALL"]
    }
}
impl ::std::convert::From<DefaultBehavior> for ::forma_core::Value<DefaultBehavior> {
    fn from(v: DefaultBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultBehavior {}

/// The `ProxyConfiguration` property type of `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProxyConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultBehavior`.
    pub fn default_behavior(mut self, value: impl ::forma_core::schema::EnumArg<DefaultBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `OrderedProxyRules`.
    pub fn ordered_proxy_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FleetProxyRule>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProxyConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProxyConfiguration> for ::forma_core::Value<ProxyConfiguration> {
    fn from(v: ProxyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROXY_CONFIGURATION_TYPE.properties))
    }
}

/// The `VpcConfig` property type of `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Subnets`.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
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

/// The values CloudFormation documents: `TARGET_TRACKING_SCALING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalingType {
    /// `TARGET_TRACKING_SCALING`
    TargetTrackingScaling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScalingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TargetTrackingScaling => "TARGET_TRACKING_SCALING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TARGET_TRACKING_SCALING"]
    }
}
impl ::std::convert::From<ScalingType> for ::forma_core::Value<ScalingType> {
    fn from(v: ScalingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScalingType {}

/// The `ScalingConfigurationInput` property type of `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl ScalingConfigurationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxCapacity`.
    ///
    /// Allowed: at least 1.
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ScalingType`.
    pub fn scaling_type(mut self, value: impl ::forma_core::schema::EnumArg<ScalingType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `TargetTrackingScalingConfigs`.
    pub fn target_tracking_scaling_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetTrackingScalingConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalingConfigurationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalingConfigurationInput> for ::forma_core::Value<ScalingConfigurationInput> {
    fn from(v: ScalingConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CodeBuild::Fleet`.
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

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Effect {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Effect {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<Effect> for ::forma_core::Value<Effect> {
    fn from(v: Effect) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Effect {}

/// The values CloudFormation documents: `DOMAIN`, `IP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `DOMAIN`
    Domain,
    /// `IP`
    Ip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Domain => "DOMAIN",
            Self::Ip => "IP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOMAIN", "IP"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `FleetProxyRule` property type of `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetProxyRule {
    props: ::forma_core::schema::Props,
}
impl FleetProxyRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Effect`.
    pub fn effect(mut self, value: impl ::forma_core::schema::EnumArg<Effect>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Entities`.
    pub fn entities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FleetProxyRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FleetProxyRule> for ::forma_core::Value<FleetProxyRule> {
    fn from(v: FleetProxyRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLEET_PROXY_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FLEET_UTILIZATION_RATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricType {
    /// `FLEET_UTILIZATION_RATE`
    FleetUtilizationRate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FleetUtilizationRate => "FLEET_UTILIZATION_RATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLEET_UTILIZATION_RATE"]
    }
}
impl ::std::convert::From<MetricType> for ::forma_core::Value<MetricType> {
    fn from(v: MetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricType {}

/// The `TargetTrackingScalingConfiguration` property type of `AWS::CodeBuild::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingScalingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MetricType`.
    pub fn metric_type(mut self, value: impl ::forma_core::schema::EnumArg<MetricType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `TargetValue`.
    pub fn target_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetTrackingScalingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetTrackingScalingConfiguration>
    for ::forma_core::Value<TargetTrackingScalingConfiguration>
{
    fn from(v: TargetTrackingScalingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_SCALING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::CodeBuild::Fleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeBuild::Fleet",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BUILD_GENERAL1_SMALL",
                "BUILD_GENERAL1_MEDIUM",
                "BUILD_GENERAL1_LARGE",
                "BUILD_GENERAL1_XLARGE",
                "BUILD_GENERAL1_2XLARGE",
                "ATTRIBUTE_BASED_COMPUTE",
                "CUSTOM_INSTANCE_TYPE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "WINDOWS_SERVER_2019_CONTAINER",
                "WINDOWS_SERVER_2022_CONTAINER",
                "LINUX_CONTAINER",
                "LINUX_GPU_CONTAINER",
                "ARM_CONTAINER",
                "MAC_ARM",
                "LINUX_EC2",
                "ARM_EC2",
                "WINDOWS_EC2",
            ]),
        },
        ::forma_core::schema::Property {
            name: "FleetProxyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROXY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FleetServiceRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:arn:)[a-zA-Z+-=,._:/@]+$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FleetVpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^((aws/codebuild/([A-Za-z0-9._-]+|ami/[A-Za-z0-9._-]+):[A-Za-z0-9._-]+)|ami-[a-z0-9]{1,1020})$",
                ),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9\\-_]{1,127}$"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverflowBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["QUEUE", "ON_DEMAND"]),
        },
        ::forma_core::schema::Property {
            name: "ScalingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONFIGURATION_INPUT_TYPE),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static COMPUTE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Fleet.ComputeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "disk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "instanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "machineType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GENERAL", "NVME"]),
        },
        ::forma_core::schema::Property {
            name: "memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "vCpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PROXY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Fleet.ProxyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW_ALL", "DENY_ALL"]),
        },
        ::forma_core::schema::Property {
            name: "OrderedProxyRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLEET_PROXY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Fleet.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCALING_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Fleet.ScalingConfigurationInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TARGET_TRACKING_SCALING"]),
        },
        ::forma_core::schema::Property {
            name: "TargetTrackingScalingConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TRACKING_SCALING_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Fleet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z+-=._:/]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static FLEET_PROXY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Fleet.FleetProxyRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Effect",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Entities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOMAIN", "IP"]),
        },
    ],
    rules: &[],
};

static TARGET_TRACKING_SCALING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CodeBuild::Fleet.TargetTrackingScalingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MetricType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FLEET_UTILIZATION_RATE"]),
            },
            ::forma_core::schema::Property {
                name: "TargetValue",
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
