// @generated from AWS::SageMaker::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Cluster` and its property types.

/// Resource Type definition for AWS::SageMaker::Cluster
///
/// CloudFormation type `AWS::SageMaker::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for cluster auto-scaling
    #[track_caller]
    pub fn auto_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterAutoScalingConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the HyperPod Cluster.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The cluster role for the autoscaler to assume.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn cluster_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance groups of the SageMaker HyperPod cluster.
    #[track_caller]
    pub fn instance_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClusterInstanceGroup>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines the scaling strategy for the SageMaker HyperPod cluster.
    #[track_caller]
    pub fn node_provisioning_mode(mut self, value: impl ::forma_core::schema::EnumArg<NodeProvisioningMode>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// If node auto-recovery is set to true, faulty nodes will be replaced or rebooted when a failure is detected.
    #[track_caller]
    pub fn node_recovery(mut self, value: impl ::forma_core::schema::EnumArg<NodeRecovery>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies parameter(s) specific to the orchestrator, e.g.
    #[track_caller]
    pub fn orchestrator(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The restricted instance groups of the SageMaker HyperPod cluster.
    #[track_caller]
    pub fn restricted_instance_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClusterRestrictedInstanceGroup>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The cluster-level configuration for restricted instance groups, including shared environment settings for inter-RIG communication and FSx Lustre sharing.
    #[track_caller]
    pub fn restricted_instance_groups_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RestrictedInstanceGroupsConfig>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Custom tags for managing the SageMaker HyperPod cluster as an AWS resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for tiered storage in the SageMaker HyperPod cluster.
    #[track_caller]
    pub fn tiered_storage_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TieredStorageConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Cluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Cluster"
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
/// The attributes of a `AWS::SageMaker::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterAttributes {
    /// `Fn::GetAtt` `ClusterArn`.
    pub fn cluster_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `ClusterStatus`.
    pub fn cluster_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterStatus")
    }
    /// `Fn::GetAtt` `FailureMessage`.
    pub fn failure_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureMessage")
    }
    /// `Fn::GetAtt` `InstanceGroups.*.CurrentCount`.
    pub fn instance_groups_current_count(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "InstanceGroups.*.CurrentCount")
    }
    /// `Fn::GetAtt` `RestrictedInstanceGroups.*.CurrentCount`.
    pub fn restricted_instance_groups_current_count(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RestrictedInstanceGroups.*.CurrentCount")
    }
    /// `Fn::GetAtt` `InstanceGroups.*.AutoPatchConfig.PatchSchedule.NextPatchDate`.
    pub fn instance_groups_auto_patch_config_patch_schedule_next_patch_date(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "InstanceGroups.*.AutoPatchConfig.PatchSchedule.NextPatchDate")
    }
}

/// The values CloudFormation documents: `Continuous`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeProvisioningMode {
    /// `Continuous`
    Continuous,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NodeProvisioningMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Continuous => "Continuous",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Continuous"]
    }
}
impl ::std::convert::From<NodeProvisioningMode> for ::forma_core::Value<NodeProvisioningMode> {
    fn from(v: NodeProvisioningMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NodeProvisioningMode {}

/// The values CloudFormation documents: `Automatic`, `None`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeRecovery {
    /// `Automatic`
    Automatic,
    /// `None`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NodeRecovery {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "Automatic",
            Self::None => "None",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Automatic", "None"]
    }
}
impl ::std::convert::From<NodeRecovery> for ::forma_core::Value<NodeRecovery> {
    fn from(v: NodeRecovery) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NodeRecovery {}

/// The values CloudFormation documents: `Karpenter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoScalerType {
    /// `Karpenter`
    Karpenter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoScalerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Karpenter => "Karpenter",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Karpenter"]
    }
}
impl ::std::convert::From<AutoScalerType> for ::forma_core::Value<AutoScalerType> {
    fn from(v: AutoScalerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoScalerType {}

/// The values CloudFormation documents: `Enable`, `Disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `Enable`
    Enable,
    /// `Disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "Enable",
            Self::Disable => "Disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enable", "Disable"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// Configuration for cluster auto-scaling
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterAutoScalingConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterAutoScalingConfig {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, mode.into_enum_expr());
        Self { props }
    }
    /// The type of auto-scaler to use
    pub fn auto_scaler_type(mut self, value: impl ::forma_core::schema::EnumArg<AutoScalerType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ClusterAutoScalingConfig> for ::forma_core::Value<ClusterAutoScalingConfig> {
    fn from(v: ClusterAutoScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_AUTO_SCALING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `InstanceStress`, `InstanceConnectivity`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeepHealthCheckType {
    /// `InstanceStress`
    InstanceStress,
    /// `InstanceConnectivity`
    InstanceConnectivity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeepHealthCheckType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstanceStress => "InstanceStress",
            Self::InstanceConnectivity => "InstanceConnectivity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["InstanceStress", "InstanceConnectivity"]
    }
}
impl ::std::convert::From<DeepHealthCheckType> for ::forma_core::Value<DeepHealthCheckType> {
    fn from(v: DeepHealthCheckType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeepHealthCheckType {}

/// Details of an instance group in a SageMaker HyperPod cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterInstanceGroup {
    props: ::forma_core::schema::Props,
}
impl ClusterInstanceGroup {
    /// A new value with its required properties: `ExecutionRole`, `InstanceCount`, `InstanceGroupName`.
    pub fn new(
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, execution_role.into().into_expr());
        props.set(6, instance_count.into().into_expr());
        props.set(7, instance_group_name.into().into_expr());
        Self { props }
    }
    /// The configuration for automatic patching of the instance group.
    pub fn auto_patch_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<AutoPatchConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the capacity requirements configuration for an instance group
    pub fn capacity_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterCapacityRequirements>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of instances that are currently in the instance group of a SageMaker HyperPod cluster.
    ///
    /// Allowed: at least 0.
    pub fn current_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// AMI Id to be used for launching EC2 instances - HyperPodPublicAmiId or CustomAmiId
    ///
    /// Allowed: length 7 to 21.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The version of the HyperPod-managed AMI for the instance group, in semantic version format MAJOR.MINOR.PATCH (for example, 1.2.3).
    ///
    /// Allowed: length 5 to 64.
    pub fn image_release_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The instance requirements for the instance group.
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirements>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The instance storage configuration for the instance group.
    pub fn instance_storage_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The instance type of the instance group of a SageMaker HyperPod cluster.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Kubernetes configuration for cluster nodes including labels and taints.
    pub fn kubernetes_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterKubernetesConfig>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The lifecycle configuration for a SageMaker HyperPod cluster.
    pub fn life_cycle_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterLifeCycleConfig>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The minimum number of instances required for the instance group to be InService.
    ///
    /// Allowed: 0 to 6758.
    pub fn min_instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// Specifies the network interface configuration for the instance group.
    pub fn network_interface(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterNetworkInterface>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// Nodes will undergo advanced stress test to detect and replace faulty instances, based on the type of deep health check(s) passed in.
    pub fn on_start_deep_health_checks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DeepHealthCheckType>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
    pub fn override_vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The configuration object of the schedule that SageMaker follows when updating the AMI.
    pub fn scheduled_update_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScheduledUpdateConfig>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// Slurm configuration for the instance group.
    pub fn slurm_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClusterSlurmConfig>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The number you specified to TreadsPerCore in CreateCluster for enabling or disabling multithreading.
    ///
    /// Allowed: 1 to 2.
    pub fn threads_per_core(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the training plan to use for this cluster instance group.
    ///
    /// Allowed: length 50 to 2048.
    pub fn training_plan_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClusterInstanceGroup> for ::forma_core::Value<ClusterInstanceGroup> {
    fn from(v: ClusterInstanceGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_INSTANCE_GROUP_TYPE.properties))
    }
}

/// Details of a restricted instance group in a SageMaker HyperPod cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterRestrictedInstanceGroup {
    props: ::forma_core::schema::Props,
}
impl ClusterRestrictedInstanceGroup {
    /// A new value with its required properties: `ExecutionRole`, `InstanceCount`, `InstanceGroupName`, `InstanceType`.
    pub fn new(
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, execution_role.into().into_expr());
        props.set(3, instance_count.into().into_expr());
        props.set(4, instance_group_name.into().into_expr());
        props.set(6, instance_type.into().into_expr());
        Self { props }
    }
    /// The number of instances that are currently in the restricted instance group of a SageMaker HyperPod cluster.
    ///
    /// Allowed: at least 0.
    pub fn current_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for the restricted instance groups (RIG) environment.
    pub fn environment_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnvironmentConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The instance storage configuration for the instance group.
    pub fn instance_storage_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Nodes will undergo advanced stress test to detect and replace faulty instances, based on the type of deep health check(s) passed in.
    pub fn on_start_deep_health_checks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DeepHealthCheckType>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
    pub fn override_vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The number you specified to TreadsPerCore in CreateCluster for enabling or disabling multithreading.
    ///
    /// Allowed: 1 to 2.
    pub fn threads_per_core(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the training plan to use for this cluster restricted instance group.
    ///
    /// Allowed: length 50 to 2048.
    pub fn training_plan_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClusterRestrictedInstanceGroup> for ::forma_core::Value<ClusterRestrictedInstanceGroup> {
    fn from(v: ClusterRestrictedInstanceGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_RESTRICTED_INSTANCE_GROUP_TYPE.properties))
    }
}

/// The cluster-level configuration for restricted instance groups, including shared environment settings for inter-RIG communication and FSx Lustre sharing.
#[derive(Debug, Clone, PartialEq)]
pub struct RestrictedInstanceGroupsConfig {
    props: ::forma_core::schema::Props,
}
impl RestrictedInstanceGroupsConfig {
    /// A new value with its required properties: `SharedEnvironmentConfig`.
    pub fn new(
        shared_environment_config: impl ::std::convert::Into<::forma_core::Value<SharedEnvironmentConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, shared_environment_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RestrictedInstanceGroupsConfig> for ::forma_core::Value<RestrictedInstanceGroupsConfig> {
    fn from(v: RestrictedInstanceGroupsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTRICTED_INSTANCE_GROUPS_CONFIG_TYPE.properties))
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

/// Configuration for tiered storage in the SageMaker HyperPod cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct TieredStorageConfig {
    props: ::forma_core::schema::Props,
}
impl TieredStorageConfig {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, mode.into_enum_expr());
        Self { props }
    }
    /// The percentage of instance memory to allocate for tiered storage.
    ///
    /// Allowed: 0 to 100.
    pub fn instance_memory_allocation_percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TieredStorageConfig> for ::forma_core::Value<TieredStorageConfig> {
    fn from(v: TieredStorageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIERED_STORAGE_CONFIG_TYPE.properties))
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

/// The values CloudFormation documents: `WhenIdle`, `WhenAllIdle`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PatchingStrategy {
    /// `WhenIdle`
    WhenIdle,
    /// `WhenAllIdle`
    WhenAllIdle,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PatchingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WhenIdle => "WhenIdle",
            Self::WhenAllIdle => "WhenAllIdle",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WhenIdle", "WhenAllIdle"]
    }
}
impl ::std::convert::From<PatchingStrategy> for ::forma_core::Value<PatchingStrategy> {
    fn from(v: PatchingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PatchingStrategy {}

/// The configuration for automatic patching of the instance group.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoPatchConfig {
    props: ::forma_core::schema::Props,
}
impl AutoPatchConfig {
    /// A new value with its required properties: `PatchingStrategy`.
    pub fn new(patching_strategy: impl ::forma_core::schema::EnumArg<PatchingStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, patching_strategy.into_enum_expr());
        Self { props }
    }
    /// The configuration to use when updating the AMI versions.
    pub fn deployment_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The schedule configuration for automatic patching.
    pub fn patch_schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<PatchSchedule>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoPatchConfig> for ::forma_core::Value<AutoPatchConfig> {
    fn from(v: AutoPatchConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_PATCH_CONFIG_TYPE.properties))
    }
}

/// Specifies the capacity requirements configuration for an instance group
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterCapacityRequirements {
    props: ::forma_core::schema::Props,
}
impl ClusterCapacityRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Options for OnDemand capacity
    pub fn on_demand(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Options for Spot capacity
    pub fn spot(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterCapacityRequirements {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterCapacityRequirements> for ::forma_core::Value<ClusterCapacityRequirements> {
    fn from(v: ClusterCapacityRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_CAPACITY_REQUIREMENTS_TYPE.properties))
    }
}

/// The instance requirements for the instance group.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirements {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirements {
    /// A new value with its required properties: `InstanceTypes`.
    pub fn new(
        instance_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_types.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InstanceRequirements> for ::forma_core::Value<InstanceRequirements> {
    fn from(v: InstanceRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_TYPE.properties))
    }
}

/// Kubernetes configuration for cluster nodes including labels and taints.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterKubernetesConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterKubernetesConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A map of Kubernetes labels to apply to cluster nodes.
    pub fn labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of Kubernetes taints to apply to cluster nodes.
    pub fn taints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClusterKubernetesTaint>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterKubernetesConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterKubernetesConfig> for ::forma_core::Value<ClusterKubernetesConfig> {
    fn from(v: ClusterKubernetesConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_KUBERNETES_CONFIG_TYPE.properties))
    }
}

/// The lifecycle configuration for a SageMaker HyperPod cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterLifeCycleConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterLifeCycleConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The file name of the entrypoint script of lifecycle scripts under SourceS3Uri.
    ///
    /// Allowed: length 1 to 128.
    pub fn on_create(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The file name of the extension script under SourceS3Uri.
    ///
    /// Allowed: length 1 to 128.
    pub fn on_init_complete(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An Amazon S3 bucket path where your lifecycle scripts are stored.
    ///
    /// Allowed: length 0 to 1024.
    pub fn source_s3_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterLifeCycleConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterLifeCycleConfig> for ::forma_core::Value<ClusterLifeCycleConfig> {
    fn from(v: ClusterLifeCycleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_LIFE_CYCLE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `efa`, `efa-only`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InterfaceType {
    /// `efa`
    Efa,
    /// `efa-only`
    EfaOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InterfaceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Efa => "efa",
            Self::EfaOnly => "efa-only",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["efa", "efa-only"]
    }
}
impl ::std::convert::From<InterfaceType> for ::forma_core::Value<InterfaceType> {
    fn from(v: InterfaceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InterfaceType {}

/// Specifies the network interface configuration for the instance group.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterNetworkInterface {
    props: ::forma_core::schema::Props,
}
impl ClusterNetworkInterface {
    /// A new value with its required properties: `InterfaceType`.
    pub fn new(interface_type: impl ::forma_core::schema::EnumArg<InterfaceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, interface_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClusterNetworkInterface> for ::forma_core::Value<ClusterNetworkInterface> {
    fn from(v: ClusterNetworkInterface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_NETWORK_INTERFACE_TYPE.properties))
    }
}

/// The configuration object of the schedule that SageMaker follows when updating the AMI.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledUpdateConfig {
    props: ::forma_core::schema::Props,
}
impl ScheduledUpdateConfig {
    /// A new value with its required properties: `ScheduleExpression`.
    pub fn new(schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, schedule_expression.into().into_expr());
        Self { props }
    }
    /// The configuration to use when updating the AMI versions.
    pub fn deployment_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduledUpdateConfig> for ::forma_core::Value<ScheduledUpdateConfig> {
    fn from(v: ScheduledUpdateConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULED_UPDATE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Controller`, `Login`, `Compute`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeType {
    /// `Controller`
    Controller,
    /// `Login`
    Login,
    /// `Compute`
    Compute,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NodeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Controller => "Controller",
            Self::Login => "Login",
            Self::Compute => "Compute",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Controller", "Login", "Compute"]
    }
}
impl ::std::convert::From<NodeType> for ::forma_core::Value<NodeType> {
    fn from(v: NodeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NodeType {}

/// Slurm configuration for the instance group.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSlurmConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterSlurmConfig {
    /// A new value with its required properties: `NodeType`.
    pub fn new(node_type: impl ::forma_core::schema::EnumArg<NodeType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, node_type.into_enum_expr());
        Self { props }
    }
    /// The Slurm partitions that this instance group belongs to.
    pub fn partition_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClusterSlurmConfig> for ::forma_core::Value<ClusterSlurmConfig> {
    fn from(v: ClusterSlurmConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_SLURM_CONFIG_TYPE.properties))
    }
}

/// The configuration for the restricted instance groups (RIG) environment.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentConfig {
    props: ::forma_core::schema::Props,
}
impl EnvironmentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
    pub fn f_sx_lustre_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FSxLustreConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnvironmentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnvironmentConfig> for ::forma_core::Value<EnvironmentConfig> {
    fn from(v: EnvironmentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Keep`, `DeleteIfNotUsed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FSxLustreDeletionPolicy {
    /// `Keep`
    Keep,
    /// `DeleteIfNotUsed`
    DeleteIfNotUsed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FSxLustreDeletionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Keep => "Keep",
            Self::DeleteIfNotUsed => "DeleteIfNotUsed",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Keep", "DeleteIfNotUsed"]
    }
}
impl ::std::convert::From<FSxLustreDeletionPolicy> for ::forma_core::Value<FSxLustreDeletionPolicy> {
    fn from(v: FSxLustreDeletionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FSxLustreDeletionPolicy {}

/// The shared environment configuration for restricted instance groups that use cluster-level shared FSx Lustre storage.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedEnvironmentConfig {
    props: ::forma_core::schema::Props,
}
impl SharedEnvironmentConfig {
    /// A new value with its required properties: `FSxLustreDeletionPolicy`.
    pub fn new(f_sx_lustre_deletion_policy: impl ::forma_core::schema::EnumArg<FSxLustreDeletionPolicy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, f_sx_lustre_deletion_policy.into_enum_expr());
        Self { props }
    }
    /// Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
    pub fn f_sx_lustre_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FSxLustreConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SharedEnvironmentConfig> for ::forma_core::Value<SharedEnvironmentConfig> {
    fn from(v: SharedEnvironmentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARED_ENVIRONMENT_CONFIG_TYPE.properties))
    }
}

/// The configuration to use when updating the AMI versions.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfig {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array that contains the alarms that SageMaker monitors to know whether to roll back the AMI update.
    pub fn auto_rollback_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AlarmDetails>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The policy that SageMaker uses when updating the AMI versions of the cluster.
    pub fn rolling_update_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RollingUpdatePolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The duration in seconds that SageMaker waits before updating more instances in the cluster.
    ///
    /// Allowed: 0 to 3600.
    pub fn wait_interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentConfig> for ::forma_core::Value<DeploymentConfig> {
    fn from(v: DeploymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CONFIG_TYPE.properties))
    }
}

/// The schedule configuration for automatic patching.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchSchedule {
    props: ::forma_core::schema::Props,
}
impl PatchSchedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The date and time of the next scheduled patch, set by the system when a patch AMI is detected.
    pub fn next_patch_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PatchSchedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PatchSchedule> for ::forma_core::Value<PatchSchedule> {
    fn from(v: PatchSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATCH_SCHEDULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NoSchedule`, `PreferNoSchedule`, `NoExecute`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Effect {
    /// `NoSchedule`
    NoSchedule,
    /// `PreferNoSchedule`
    PreferNoSchedule,
    /// `NoExecute`
    NoExecute,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Effect {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoSchedule => "NoSchedule",
            Self::PreferNoSchedule => "PreferNoSchedule",
            Self::NoExecute => "NoExecute",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NoSchedule", "PreferNoSchedule", "NoExecute"]
    }
}
impl ::std::convert::From<Effect> for ::forma_core::Value<Effect> {
    fn from(v: Effect) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Effect {}

/// A Kubernetes taint to apply to cluster nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterKubernetesTaint {
    props: ::forma_core::schema::Props,
}
impl ClusterKubernetesTaint {
    /// A new value with its required properties: `Effect`, `Key`.
    pub fn new(
        effect: impl ::forma_core::schema::EnumArg<Effect>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, effect.into_enum_expr());
        props.set(1, key.into().into_expr());
        Self { props }
    }
    /// The value of the taint.
    ///
    /// Allowed: length 1 to 63.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClusterKubernetesTaint> for ::forma_core::Value<ClusterKubernetesTaint> {
    fn from(v: ClusterKubernetesTaint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_KUBERNETES_TAINT_TYPE.properties))
    }
}

/// Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct FSxLustreConfig {
    props: ::forma_core::schema::Props,
}
impl FSxLustreConfig {
    /// A new value with its required properties: `PerUnitStorageThroughput`, `SizeInGiB`.
    pub fn new(
        per_unit_storage_throughput: impl ::std::convert::Into<::forma_core::Value<i64>>,
        size_in_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, per_unit_storage_throughput.into().into_expr());
        props.set(1, size_in_gi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FSxLustreConfig> for ::forma_core::Value<FSxLustreConfig> {
    fn from(v: FSxLustreConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(F_SX_LUSTRE_CONFIG_TYPE.properties))
    }
}

/// The details of the alarm to monitor during the AMI update.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmDetails {
    props: ::forma_core::schema::Props,
}
impl AlarmDetails {
    /// A new value with its required properties: `AlarmName`.
    pub fn new(alarm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AlarmDetails> for ::forma_core::Value<AlarmDetails> {
    fn from(v: AlarmDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_DETAILS_TYPE.properties))
    }
}

/// The policy that SageMaker uses when updating the AMI versions of the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct RollingUpdatePolicy {
    props: ::forma_core::schema::Props,
}
impl RollingUpdatePolicy {
    /// A new value with its required properties: `MaximumBatchSize`.
    pub fn new(maximum_batch_size: impl ::std::convert::Into<::forma_core::Value<CapacitySizeConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum_batch_size.into().into_expr());
        Self { props }
    }
    /// The configuration of the size measurements of the AMI update.
    pub fn rollback_maximum_batch_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacitySizeConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RollingUpdatePolicy> for ::forma_core::Value<RollingUpdatePolicy> {
    fn from(v: RollingUpdatePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLLING_UPDATE_POLICY_TYPE.properties))
    }
}

/// The configuration of the size measurements of the AMI update.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacitySizeConfig {
    props: ::forma_core::schema::Props,
}
impl CapacitySizeConfig {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacitySizeConfig> for ::forma_core::Value<CapacitySizeConfig> {
    fn from(v: CapacitySizeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_SIZE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_AUTO_SCALING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLUSTER_INSTANCE_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NodeProvisioningMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Continuous"]),
        },
        ::forma_core::schema::Property {
            name: "NodeRecovery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Automatic", "None"]),
        },
        ::forma_core::schema::Property {
            name: "Orchestrator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RestrictedInstanceGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLUSTER_RESTRICTED_INSTANCE_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RestrictedInstanceGroupsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTRICTED_INSTANCE_GROUPS_CONFIG_TYPE),
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
            name: "TieredStorageConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIERED_STORAGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "ClusterArn",
        "CreationTime",
        "ClusterStatus",
        "FailureMessage",
        "InstanceGroups.*.CurrentCount",
        "RestrictedInstanceGroups.*.CurrentCount",
        "InstanceGroups.*.AutoPatchConfig.PatchSchedule.NextPatchDate",
    ],
};

static CLUSTER_AUTO_SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterAutoScalingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalerType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Karpenter"]),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enable", "Disable"]),
        },
    ],
    rules: &[],
};

static CLUSTER_INSTANCE_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterInstanceGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoPatchConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_PATCH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CapacityRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_CAPACITY_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CurrentCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ami-[0-9a-fA-F]{8,17}|default$"),
                min_length: Some(7),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageReleaseVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+\\.[0-9]+\\.[0-9]+$"),
                min_length: Some(5),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(6758.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceStorageConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KubernetesConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_KUBERNETES_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifeCycleConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_LIFE_CYCLE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MinInstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(6758.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterface",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_NETWORK_INTERFACE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnStartDeepHealthChecks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["InstanceStress", "InstanceConnectivity"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OverrideVpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScheduledUpdateConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULED_UPDATE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlurmConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_SLURM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThreadsPerCore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrainingPlanArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*$"),
                min_length: Some(50),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CLUSTER_RESTRICTED_INSTANCE_GROUP_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Cluster.ClusterRestrictedInstanceGroup",
        properties: &[
            ::forma_core::schema::Property {
                name: "CurrentCount",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "EnvironmentConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENVIRONMENT_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ExecutionRole",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "InstanceCount",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(6758.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "InstanceGroupName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "InstanceStorageConfigs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Json,
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(4) },
                ),
            },
            ::forma_core::schema::Property {
                name: "InstanceType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OnStartDeepHealthChecks",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["InstanceStress", "InstanceConnectivity"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
                ),
            },
            ::forma_core::schema::Property {
                name: "OverrideVpcConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ThreadsPerCore",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(2.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "TrainingPlanArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*$"),
                    min_length: Some(50),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static RESTRICTED_INSTANCE_GROUPS_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Cluster.RestrictedInstanceGroupsConfig",
        properties: &[::forma_core::schema::Property {
            name: "SharedEnvironmentConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHARED_ENVIRONMENT_CONFIG_TYPE),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.Tag",
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

static TIERED_STORAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.TieredStorageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceMemoryAllocationPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enable", "Disable"]),
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.VpcConfig",
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

static AUTO_PATCH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.AutoPatchConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PatchSchedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATCH_SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PatchingStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WhenIdle", "WhenAllIdle"]),
        },
    ],
    rules: &[],
};

static CLUSTER_CAPACITY_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterCapacityRequirements",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnDemand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Spot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.InstanceRequirements",
    properties: &[::forma_core::schema::Property {
        name: "InstanceTypes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
        ),
    }],
    rules: &[],
};

static CLUSTER_KUBERNETES_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterKubernetesConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Labels",
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
                &::forma_core::schema::Shape::Object(&CLUSTER_KUBERNETES_TAINT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static CLUSTER_LIFE_CYCLE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterLifeCycleConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnCreate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnInitComplete",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceS3Uri",
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

static CLUSTER_NETWORK_INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterNetworkInterface",
    properties: &[::forma_core::schema::Property {
        name: "InterfaceType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["efa", "efa-only"]),
    }],
    rules: &[],
};

static SCHEDULED_UPDATE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SageMaker::Cluster.ScheduledUpdateConfig",
properties: &[
::forma_core::schema::Property { name: "DeploymentConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ScheduleExpression", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("cron\\((?:[0-5][0-9]|[0-9]|) (?:[01][0-9]|2[0-3]|[0-9]) (?:[1-9]|0[1-9]|[12][0-9]|3[01]|\\?) (?:[1-9]|0[1-9]|1[0-2]|\\*|\\*/(?:[1-9]|1[0-2])|) (?:MON|TUE|WED|THU|FRI|SAT|SUN|[1-7]|\\?|L|(?:[1-7]#[1-5])|(?:[1-7]L)) (?:20[2-9][0-9]|\\*|)\\)"), min_length: Some(1), max_length: Some(256) }) },
],
rules: &[],
};

static CLUSTER_SLURM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.ClusterSlurmConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "NodeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Controller", "Login", "Compute"]),
        },
        ::forma_core::schema::Property {
            name: "PartitionNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.EnvironmentConfig",
    properties: &[::forma_core::schema::Property {
        name: "FSxLustreConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&F_SX_LUSTRE_CONFIG_TYPE),
    }],
    rules: &[],
};

static SHARED_ENVIRONMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.SharedEnvironmentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FSxLustreConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&F_SX_LUSTRE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FSxLustreDeletionPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Keep", "DeleteIfNotUsed"]),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.DeploymentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoRollbackConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ALARM_DETAILS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RollingUpdatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROLLING_UPDATE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WaitIntervalInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3600.0),
            }),
        },
    ],
    rules: &[],
};

static PATCH_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.PatchSchedule",
    properties: &[::forma_core::schema::Property {
        name: "NextPatchDate",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CLUSTER_KUBERNETES_TAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SageMaker::Cluster.ClusterKubernetesTaint",
properties: &[
::forma_core::schema::Property { name: "Effect", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["NoSchedule", "PreferNoSchedule", "NoExecute"]) },
::forma_core::schema::Property { name: "Key", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"), min_length: Some(1), max_length: Some(317) }) },
::forma_core::schema::Property { name: "Value", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"), min_length: Some(1), max_length: Some(63) }) },
],
rules: &[],
};

static F_SX_LUSTRE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.FSxLustreConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "PerUnitStorageThroughput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(125.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInGiB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1200.0),
                maximum: Some(100800.0),
            }),
        },
    ],
    rules: &[],
};

static ALARM_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.AlarmDetails",
    properties: &[::forma_core::schema::Property {
        name: "AlarmName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(?!\\s*$).+"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static ROLLING_UPDATE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.RollingUpdatePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumBatchSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_SIZE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RollbackMaximumBatchSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_SIZE_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static CAPACITY_SIZE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Cluster.CapacitySizeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("INSTANCE_COUNT|CAPACITY_PERCENTAGE"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
