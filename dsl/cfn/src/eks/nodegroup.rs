// @generated from AWS::EKS::Nodegroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EKS::Nodegroup` and its property types.

/// Resource schema for AWS::EKS::Nodegroup
///
/// CloudFormation type `AWS::EKS::Nodegroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Nodegroup {
    props: ::forma_core::schema::Props,
}
impl Nodegroup {
    /// A new resource with its required properties: `ClusterName`, `NodeRole`, `Subnets`.
    #[track_caller]
    pub fn new(
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        node_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, node_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, subnets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The AMI type for your node group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ami_type(mut self, value: impl ::forma_core::schema::EnumArg<AmiType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The capacity type of your managed node group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn capacity_type(mut self, value: impl ::forma_core::schema::EnumArg<CapacityType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The root device disk size (in GiB) for your node group instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn disk_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Force the update if the existing node group's pods are unable to be drained due to a pod disruption budget issue.
    #[track_caller]
    pub fn force_update_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specify the instance types for a node group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Kubernetes labels to be applied to the nodes in the node group when they are created.
    #[track_caller]
    pub fn labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing a node group's launch template specification.
    #[track_caller]
    pub fn launch_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The node auto repair configuration for node group.
    #[track_caller]
    pub fn node_repair_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NodeRepairConfig>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique name to give your node group.
    ///
    /// Allowed: length 1 to any.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn nodegroup_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AMI version of the Amazon EKS-optimized AMI to use with your node group.
    #[track_caller]
    pub fn release_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The remote access (SSH) configuration to use with your node group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn remote_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<RemoteAccess>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scaling configuration details for the Auto Scaling group that is created for your node group.
    #[track_caller]
    pub fn scaling_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScalingConfig>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata, as key-value pairs, to apply to the node group to assist with categorization and organization.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Kubernetes taints to be applied to the nodes in the node group when they are created.
    #[track_caller]
    pub fn taints(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Taint>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The node group update configuration.
    #[track_caller]
    pub fn update_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<UpdateConfig>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Kubernetes version to use for your managed nodes.
    #[track_caller]
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The warm pool configuration details for the Auto Scaling group that is created for the node group.
    #[track_caller]
    pub fn warm_pool_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<WarmPoolConfig>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Nodegroup {
    type Attributes = NodegroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::EKS::Nodegroup"
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
/// The attributes of a `AWS::EKS::Nodegroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NodegroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NodegroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NodegroupAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `AL2023_ARM_64_NVIDIA`, `AL2023_ARM_64_STANDARD`, `AL2023_x86_64_NEURON`, `AL2023_x86_64_NVIDIA`, `AL2023_x86_64_STANDARD`, `AL2_ARM_64`, `AL2_x86_64`, `AL2_x86_64_GPU`, `BOTTLEROCKET_ARM_64`, `BOTTLEROCKET_ARM_64_FIPS`, `BOTTLEROCKET_ARM_64_NVIDIA`, `BOTTLEROCKET_ARM_64_NVIDIA_FIPS`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AmiType {
    /// `AL2023_ARM_64_NVIDIA`
    Al2023Arm64Nvidia,
    /// `AL2023_ARM_64_STANDARD`
    Al2023Arm64Standard,
    /// `AL2023_x86_64_NEURON`
    Al2023X8664Neuron,
    /// `AL2023_x86_64_NVIDIA`
    Al2023X8664Nvidia,
    /// `AL2023_x86_64_STANDARD`
    Al2023X8664Standard,
    /// `AL2_ARM_64`
    Al2Arm64,
    /// `AL2_x86_64`
    Al2X8664,
    /// `AL2_x86_64_GPU`
    Al2X8664Gpu,
    /// `BOTTLEROCKET_ARM_64`
    BottlerocketArm64,
    /// `BOTTLEROCKET_ARM_64_FIPS`
    BottlerocketArm64Fips,
    /// `BOTTLEROCKET_ARM_64_NVIDIA`
    BottlerocketArm64Nvidia,
    /// `BOTTLEROCKET_ARM_64_NVIDIA_FIPS`
    BottlerocketArm64NvidiaFips,
    /// `BOTTLEROCKET_x86_64`
    BottlerocketX8664,
    /// `BOTTLEROCKET_x86_64_FIPS`
    BottlerocketX8664Fips,
    /// `BOTTLEROCKET_x86_64_NVIDIA`
    BottlerocketX8664Nvidia,
    /// `BOTTLEROCKET_x86_64_NVIDIA_FIPS`
    BottlerocketX8664NvidiaFips,
    /// `CUSTOM`
    Custom,
    /// `WINDOWS_CORE_2019_x86_64`
    WindowsCore2019X8664,
    /// `WINDOWS_CORE_2022_x86_64`
    WindowsCore2022X8664,
    /// `WINDOWS_CORE_2025_x86_64`
    WindowsCore2025X8664,
    /// `WINDOWS_FULL_2019_x86_64`
    WindowsFull2019X8664,
    /// `WINDOWS_FULL_2022_x86_64`
    WindowsFull2022X8664,
    /// `WINDOWS_FULL_2025_x86_64`
    WindowsFull2025X8664,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AmiType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Al2023Arm64Nvidia => "AL2023_ARM_64_NVIDIA",
            Self::Al2023Arm64Standard => "AL2023_ARM_64_STANDARD",
            Self::Al2023X8664Neuron => "AL2023_x86_64_NEURON",
            Self::Al2023X8664Nvidia => "AL2023_x86_64_NVIDIA",
            Self::Al2023X8664Standard => "AL2023_x86_64_STANDARD",
            Self::Al2Arm64 => "AL2_ARM_64",
            Self::Al2X8664 => "AL2_x86_64",
            Self::Al2X8664Gpu => "AL2_x86_64_GPU",
            Self::BottlerocketArm64 => "BOTTLEROCKET_ARM_64",
            Self::BottlerocketArm64Fips => "BOTTLEROCKET_ARM_64_FIPS",
            Self::BottlerocketArm64Nvidia => "BOTTLEROCKET_ARM_64_NVIDIA",
            Self::BottlerocketArm64NvidiaFips => "BOTTLEROCKET_ARM_64_NVIDIA_FIPS",
            Self::BottlerocketX8664 => "BOTTLEROCKET_x86_64",
            Self::BottlerocketX8664Fips => "BOTTLEROCKET_x86_64_FIPS",
            Self::BottlerocketX8664Nvidia => "BOTTLEROCKET_x86_64_NVIDIA",
            Self::BottlerocketX8664NvidiaFips => "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
            Self::Custom => "CUSTOM",
            Self::WindowsCore2019X8664 => "WINDOWS_CORE_2019_x86_64",
            Self::WindowsCore2022X8664 => "WINDOWS_CORE_2022_x86_64",
            Self::WindowsCore2025X8664 => "WINDOWS_CORE_2025_x86_64",
            Self::WindowsFull2019X8664 => "WINDOWS_FULL_2019_x86_64",
            Self::WindowsFull2022X8664 => "WINDOWS_FULL_2022_x86_64",
            Self::WindowsFull2025X8664 => "WINDOWS_FULL_2025_x86_64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AL2023_ARM_64_NVIDIA",
            "AL2023_ARM_64_STANDARD",
            "AL2023_x86_64_NEURON",
            "AL2023_x86_64_NVIDIA",
            "AL2023_x86_64_STANDARD",
            "AL2_ARM_64",
            "AL2_x86_64",
            "AL2_x86_64_GPU",
            "BOTTLEROCKET_ARM_64",
            "BOTTLEROCKET_ARM_64_FIPS",
            "BOTTLEROCKET_ARM_64_NVIDIA",
            "BOTTLEROCKET_ARM_64_NVIDIA_FIPS",
            "BOTTLEROCKET_x86_64",
            "BOTTLEROCKET_x86_64_FIPS",
            "BOTTLEROCKET_x86_64_NVIDIA",
            "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
            "CUSTOM",
            "WINDOWS_CORE_2019_x86_64",
            "WINDOWS_CORE_2022_x86_64",
            "WINDOWS_CORE_2025_x86_64",
            "WINDOWS_FULL_2019_x86_64",
            "WINDOWS_FULL_2022_x86_64",
            "WINDOWS_FULL_2025_x86_64",
        ]
    }
}
impl ::std::convert::From<AmiType> for ::forma_core::Value<AmiType> {
    fn from(v: AmiType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AmiType {}

/// The values CloudFormation documents: `CAPACITY_BLOCK`, `ON_DEMAND`, `OnDemand`, `SPOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityType {
    /// `CAPACITY_BLOCK`
    CapacityBlock,
    /// `ON_DEMAND`
    OnDemand,
    /// `OnDemand`
    OnDemand_,
    /// `SPOT`
    Spot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityBlock => "CAPACITY_BLOCK",
            Self::OnDemand => "ON_DEMAND",
            Self::OnDemand_ => "OnDemand",
            Self::Spot => "SPOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAPACITY_BLOCK", "ON_DEMAND", "OnDemand", "SPOT"]
    }
}
impl ::std::convert::From<CapacityType> for ::forma_core::Value<CapacityType> {
    fn from(v: CapacityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityType {}

/// An object representing a launch template specification for AWS EKS Nodegroup.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateSpecification {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Id`.
    ///
    /// Allowed: length 1 to any.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to any.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Version`.
    ///
    /// Allowed: length 1 to any.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateSpecification> for ::forma_core::Value<LaunchTemplateSpecification> {
    fn from(v: LaunchTemplateSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_SPECIFICATION_TYPE.properties))
    }
}

/// The node auto repair configuration for node group.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeRepairConfig {
    props: ::forma_core::schema::Props,
}
impl NodeRepairConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set this value to true to enable node auto repair for the node group.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify the maximum number of nodes that can be repaired concurrently or in parallel, expressed as a count of unhealthy nodes.
    ///
    /// Allowed: at least 1.
    pub fn max_parallel_nodes_repaired_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specify the maximum number of nodes that can be repaired concurrently or in parallel, expressed as a percentage of unhealthy nodes.
    ///
    /// Allowed: 1 to 100.
    pub fn max_parallel_nodes_repaired_percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specify a count threshold of unhealthy nodes, above which node auto repair actions will stop.
    ///
    /// Allowed: at least 1.
    pub fn max_unhealthy_node_threshold_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specify a percentage threshold of unhealthy nodes, above which node auto repair actions will stop.
    ///
    /// Allowed: 1 to 100.
    pub fn max_unhealthy_node_threshold_percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specify granular overrides for specific repair actions.
    pub fn node_repair_config_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeRepairConfigOverrides>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeRepairConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeRepairConfig> for ::forma_core::Value<NodeRepairConfig> {
    fn from(v: NodeRepairConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_REPAIR_CONFIG_TYPE.properties))
    }
}

/// An object representing a remote access configuration specification for AWS EKS Nodegroup.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteAccess {
    props: ::forma_core::schema::Props,
}
impl RemoteAccess {
    /// A new value with its required properties: `Ec2SshKey`.
    pub fn new(ec2_ssh_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ec2_ssh_key.into().into_expr());
        Self { props }
    }
    /// `SourceSecurityGroups`.
    pub fn source_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RemoteAccess> for ::forma_core::Value<RemoteAccess> {
    fn from(v: RemoteAccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOTE_ACCESS_TYPE.properties))
    }
}

/// An object representing a auto scaling group specification for AWS EKS Nodegroup.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConfig {
    props: ::forma_core::schema::Props,
}
impl ScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DesiredSize`.
    ///
    /// Allowed: at least 0.
    pub fn desired_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxSize`.
    ///
    /// Allowed: at least 1.
    pub fn max_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MinSize`.
    ///
    /// Allowed: at least 0.
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalingConfig> for ::forma_core::Value<ScalingConfig> {
    fn from(v: ScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NO_EXECUTE`, `NO_SCHEDULE`, `PREFER_NO_SCHEDULE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Effect {
    /// `NO_EXECUTE`
    NoExecute,
    /// `NO_SCHEDULE`
    NoSchedule,
    /// `PREFER_NO_SCHEDULE`
    PreferNoSchedule,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Effect {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoExecute => "NO_EXECUTE",
            Self::NoSchedule => "NO_SCHEDULE",
            Self::PreferNoSchedule => "PREFER_NO_SCHEDULE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NO_EXECUTE", "NO_SCHEDULE", "PREFER_NO_SCHEDULE"]
    }
}
impl ::std::convert::From<Effect> for ::forma_core::Value<Effect> {
    fn from(v: Effect) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Effect {}

/// An object representing a Taint specification for AWS EKS Nodegroup.
#[derive(Debug, Clone, PartialEq)]
pub struct Taint {
    props: ::forma_core::schema::Props,
}
impl Taint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Effect`.
    ///
    /// Allowed: length 1 to any.
    pub fn effect(mut self, value: impl ::forma_core::schema::EnumArg<Effect>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 317.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 63.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Taint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Taint> for ::forma_core::Value<Taint> {
    fn from(v: Taint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT`, `MINIMAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateStrategy {
    /// `DEFAULT`
    Default,
    /// `MINIMAL`
    Minimal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Minimal => "MINIMAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "MINIMAL"]
    }
}
impl ::std::convert::From<UpdateStrategy> for ::forma_core::Value<UpdateStrategy> {
    fn from(v: UpdateStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateStrategy {}

/// The node group update configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConfig {
    props: ::forma_core::schema::Props,
}
impl UpdateConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of nodes unavailable at once during a version update.
    ///
    /// Allowed: at least 1.
    pub fn max_unavailable(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum percentage of nodes unavailable during a version update.
    ///
    /// Allowed: 1 to 100.
    pub fn max_unavailable_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The configuration for the behavior to follow during an node group version update of this managed node group.
    pub fn update_strategy(mut self, value: impl ::forma_core::schema::EnumArg<UpdateStrategy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UpdateConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UpdateConfig> for ::forma_core::Value<UpdateConfig> {
    fn from(v: UpdateConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HIBERNATED`, `RUNNING`, `STOPPED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PoolState {
    /// `HIBERNATED`
    Hibernated,
    /// `RUNNING`
    Running,
    /// `STOPPED`
    Stopped,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PoolState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hibernated => "HIBERNATED",
            Self::Running => "RUNNING",
            Self::Stopped => "STOPPED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HIBERNATED", "RUNNING", "STOPPED"]
    }
}
impl ::std::convert::From<PoolState> for ::forma_core::Value<PoolState> {
    fn from(v: PoolState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PoolState {}

/// The warm pool configuration for the node group.
#[derive(Debug, Clone, PartialEq)]
pub struct WarmPoolConfig {
    props: ::forma_core::schema::Props,
}
impl WarmPoolConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enable or disable warm pool for the node group.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of instances that are allowed to be in the warm pool.
    ///
    /// Allowed: at least -1.
    pub fn max_group_prepared_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum number of instances to maintain in the warm pool.
    ///
    /// Allowed: at least 0.
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The desired state of warm pool instances.
    pub fn pool_state(mut self, value: impl ::forma_core::schema::EnumArg<PoolState>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Whether to return instances to the warm pool during scale-in instead of terminating them.
    pub fn reuse_on_scale_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WarmPoolConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WarmPoolConfig> for ::forma_core::Value<WarmPoolConfig> {
    fn from(v: WarmPoolConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WARM_POOL_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Replace`, `Reboot`, `NoAction`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RepairAction {
    /// `Replace`
    Replace,
    /// `Reboot`
    Reboot,
    /// `NoAction`
    NoAction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RepairAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "Replace",
            Self::Reboot => "Reboot",
            Self::NoAction => "NoAction",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Replace", "Reboot", "NoAction"]
    }
}
impl ::std::convert::From<RepairAction> for ::forma_core::Value<RepairAction> {
    fn from(v: RepairAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RepairAction {}

/// Specify granular overrides for specific repair actions.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeRepairConfigOverrides {
    props: ::forma_core::schema::Props,
}
impl NodeRepairConfigOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify the minimum time in minutes to wait before attempting to repair a node with this specific NodeMonitoringCondition and NodeUnhealthyReason.
    ///
    /// Allowed: at least 1.
    pub fn min_repair_wait_time_mins(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify an unhealthy condition reported by the node monitoring agent that this override would apply to.
    pub fn node_monitoring_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specify a reason reported by the node monitoring agent that this override would apply to.
    pub fn node_unhealthy_reason(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specify the repair action to take for nodes when all of the specified conditions are met.
    pub fn repair_action(mut self, value: impl ::forma_core::schema::EnumArg<RepairAction>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NodeRepairConfigOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeRepairConfigOverrides> for ::forma_core::Value<NodeRepairConfigOverrides> {
    fn from(v: NodeRepairConfigOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_REPAIR_CONFIG_OVERRIDES_TYPE.properties))
    }
}

/// The schema of `AWS::EKS::Nodegroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EKS::Nodegroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmiType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AL2023_ARM_64_NVIDIA",
                "AL2023_ARM_64_STANDARD",
                "AL2023_x86_64_NEURON",
                "AL2023_x86_64_NVIDIA",
                "AL2023_x86_64_STANDARD",
                "AL2_ARM_64",
                "AL2_x86_64",
                "AL2_x86_64_GPU",
                "BOTTLEROCKET_ARM_64",
                "BOTTLEROCKET_ARM_64_FIPS",
                "BOTTLEROCKET_ARM_64_NVIDIA",
                "BOTTLEROCKET_ARM_64_NVIDIA_FIPS",
                "BOTTLEROCKET_x86_64",
                "BOTTLEROCKET_x86_64_FIPS",
                "BOTTLEROCKET_x86_64_NVIDIA",
                "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
                "CUSTOM",
                "WINDOWS_CORE_2019_x86_64",
                "WINDOWS_CORE_2022_x86_64",
                "WINDOWS_CORE_2025_x86_64",
                "WINDOWS_FULL_2019_x86_64",
                "WINDOWS_FULL_2022_x86_64",
                "WINDOWS_FULL_2025_x86_64",
            ]),
        },
        ::forma_core::schema::Property {
            name: "CapacityType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CAPACITY_BLOCK", "ON_DEMAND", "OnDemand", "SPOT"]),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DiskSize",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ForceUpdateEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstanceTypes",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Labels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NodeRepairConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_REPAIR_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NodeRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NodegroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReleaseVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RemoteAccess",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&REMOTE_ACCESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScalingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Taints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UpdateConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WarmPoolConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WARM_POOL_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static LAUNCH_TEMPLATE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.LaunchTemplateSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static NODE_REPAIR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.NodeRepairConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxParallelNodesRepairedCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxParallelNodesRepairedPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxUnhealthyNodeThresholdCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxUnhealthyNodeThresholdPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "NodeRepairConfigOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_REPAIR_CONFIG_OVERRIDES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static REMOTE_ACCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.RemoteAccess",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ec2SshKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.ScalingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
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

static TAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.Taint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Effect",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NO_EXECUTE", "NO_SCHEDULE", "PREFER_NO_SCHEDULE"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(317),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static UPDATE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.UpdateConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxUnavailable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxUnavailablePercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpdateStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "MINIMAL"]),
        },
    ],
    rules: &[],
};

static WARM_POOL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.WarmPoolConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxGroupPreparedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PoolState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HIBERNATED", "RUNNING", "STOPPED"]),
        },
        ::forma_core::schema::Property {
            name: "ReuseOnScaleIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static NODE_REPAIR_CONFIG_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Nodegroup.NodeRepairConfigOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "MinRepairWaitTimeMins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NodeMonitoringCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NodeUnhealthyReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepairAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Replace", "Reboot", "NoAction"]),
        },
    ],
    rules: &[],
};
