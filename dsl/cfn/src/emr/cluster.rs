// @generated from AWS::EMR::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::Cluster` and its property types.

/// Resource Type definition for AWS::EMR::Cluster
///
/// CloudFormation type `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource with its required properties: `Instances`, `JobFlowRole`, `Name`, `ServiceRole`.
    #[track_caller]
    pub fn new(
        instances: impl ::std::convert::Into<::forma_core::Value<JobFlowInstancesConfig>>,
        job_flow_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(10, instances.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, job_flow_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(16, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(22, service_role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AdditionalInfo`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn additional_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Applications`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn applications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Application>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoScalingRole`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn auto_scaling_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoTerminationPolicy`.
    #[track_caller]
    pub fn auto_termination_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoTerminationPolicy>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BootstrapActions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bootstrap_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BootstrapActionConfig>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Configurations`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Configuration>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomAmiId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn custom_ami_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EbsRootVolumeIops`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_root_volume_iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EbsRootVolumeSize`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_root_volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EbsRootVolumeThroughput`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_root_volume_throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KerberosAttributes`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kerberos_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KerberosAttributes>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogEncryptionKmsKeyId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_encryption_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogUri`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ManagedScalingPolicy`.
    #[track_caller]
    pub fn managed_scaling_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedScalingPolicy>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OSReleaseLabel`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn os_release_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PlacementGroupConfigs`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn placement_group_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementGroupConfig>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReleaseLabel`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn release_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ScaleDownBehavior`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scale_down_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StepConcurrencyLevel`.
    #[track_caller]
    pub fn step_concurrency_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Steps`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn steps(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StepConfig>>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VisibleToAllUsers`.
    #[track_caller]
    pub fn visible_to_all_users(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::Cluster"
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
/// The attributes of a `AWS::EMR::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `MasterPublicDNS`.
    pub fn master_public_dns(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MasterPublicDNS")
    }
}

/// The `Application` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalInfo`.
    pub fn additional_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Args`.
    pub fn args(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Application {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Application> for ::forma_core::Value<Application> {
    fn from(v: Application) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_TYPE.properties))
    }
}

/// The `AutoTerminationPolicy` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoTerminationPolicy {
    props: ::forma_core::schema::Props,
}
impl AutoTerminationPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IdleTimeout`.
    pub fn idle_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoTerminationPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoTerminationPolicy> for ::forma_core::Value<AutoTerminationPolicy> {
    fn from(v: AutoTerminationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_TERMINATION_POLICY_TYPE.properties))
    }
}

/// The `BootstrapActionConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct BootstrapActionConfig {
    props: ::forma_core::schema::Props,
}
impl BootstrapActionConfig {
    /// A new value with its required properties: `Name`, `ScriptBootstrapAction`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        script_bootstrap_action: impl ::std::convert::Into<::forma_core::Value<ScriptBootstrapActionConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, script_bootstrap_action.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BootstrapActionConfig> for ::forma_core::Value<BootstrapActionConfig> {
    fn from(v: BootstrapActionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOOTSTRAP_ACTION_CONFIG_TYPE.properties))
    }
}

/// The `Configuration` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Configuration {
    props: ::forma_core::schema::Props,
}
impl Configuration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Classification`.
    pub fn classification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfigurationProperties`.
    pub fn configuration_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Configuration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Configuration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Configuration> for ::forma_core::Value<Configuration> {
    fn from(v: Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_TYPE.properties))
    }
}

/// The `JobFlowInstancesConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobFlowInstancesConfig {
    props: ::forma_core::schema::Props,
}
impl JobFlowInstancesConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalMasterSecurityGroups`.
    pub fn additional_master_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AdditionalSlaveSecurityGroups`.
    pub fn additional_slave_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CoreInstanceFleet`.
    pub fn core_instance_fleet(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceFleetConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CoreInstanceGroup`.
    pub fn core_instance_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceGroupConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Ec2KeyName`.
    pub fn ec2_key_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Ec2SubnetId`.
    pub fn ec2_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Ec2SubnetIds`.
    pub fn ec2_subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EmrManagedMasterSecurityGroup`.
    pub fn emr_managed_master_security_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `EmrManagedSlaveSecurityGroup`.
    pub fn emr_managed_slave_security_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `HadoopVersion`.
    pub fn hadoop_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `KeepJobFlowAliveWhenNoSteps`.
    pub fn keep_job_flow_alive_when_no_steps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `MasterInstanceFleet`.
    pub fn master_instance_fleet(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceFleetConfig>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `MasterInstanceGroup`.
    pub fn master_instance_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceGroupConfig>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Placement`.
    pub fn placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<PlacementType>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `ServiceAccessSecurityGroup`.
    pub fn service_access_security_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TaskInstanceFleets`.
    pub fn task_instance_fleets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceFleetConfig>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `TaskInstanceGroups`.
    pub fn task_instance_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceGroupConfig>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `TerminationProtected`.
    pub fn termination_protected(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `UnhealthyNodeReplacement`.
    pub fn unhealthy_node_replacement(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobFlowInstancesConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobFlowInstancesConfig> for ::forma_core::Value<JobFlowInstancesConfig> {
    fn from(v: JobFlowInstancesConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_FLOW_INSTANCES_CONFIG_TYPE.properties))
    }
}

/// The `KerberosAttributes` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct KerberosAttributes {
    props: ::forma_core::schema::Props,
}
impl KerberosAttributes {
    /// A new value with its required properties: `KdcAdminPassword`, `Realm`.
    pub fn new(
        kdc_admin_password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        realm: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, kdc_admin_password.into().into_expr());
        props.set(4, realm.into().into_expr());
        Self { props }
    }
    /// `ADDomainJoinPassword`.
    pub fn ad_domain_join_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ADDomainJoinUser`.
    pub fn ad_domain_join_user(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CrossRealmTrustPrincipalPassword`.
    pub fn cross_realm_trust_principal_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KerberosAttributes> for ::forma_core::Value<KerberosAttributes> {
    fn from(v: KerberosAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KERBEROS_ATTRIBUTES_TYPE.properties))
    }
}

/// The `ManagedScalingPolicy` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ManagedScalingPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComputeLimits`.
    pub fn compute_limits(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComputeLimits>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ScalingStrategy`.
    pub fn scaling_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UtilizationPerformanceIndex`.
    pub fn utilization_performance_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedScalingPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedScalingPolicy> for ::forma_core::Value<ManagedScalingPolicy> {
    fn from(v: ManagedScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_SCALING_POLICY_TYPE.properties))
    }
}

/// The `PlacementGroupConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementGroupConfig {
    props: ::forma_core::schema::Props,
}
impl PlacementGroupConfig {
    /// A new value with its required properties: `InstanceRole`.
    pub fn new(instance_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_role.into().into_expr());
        Self { props }
    }
    /// `PlacementStrategy`.
    pub fn placement_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PlacementGroupConfig> for ::forma_core::Value<PlacementGroupConfig> {
    fn from(v: PlacementGroupConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_GROUP_CONFIG_TYPE.properties))
    }
}

/// The `StepConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct StepConfig {
    props: ::forma_core::schema::Props,
}
impl StepConfig {
    /// A new value with its required properties: `HadoopJarStep`, `Name`.
    pub fn new(
        hadoop_jar_step: impl ::std::convert::Into<::forma_core::Value<HadoopJarStepConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, hadoop_jar_step.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `ActionOnFailure`.
    pub fn action_on_failure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StepConfig> for ::forma_core::Value<StepConfig> {
    fn from(v: StepConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STEP_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EMR::Cluster`.
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

/// The `ScriptBootstrapActionConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptBootstrapActionConfig {
    props: ::forma_core::schema::Props,
}
impl ScriptBootstrapActionConfig {
    /// A new value with its required properties: `Path`.
    pub fn new(path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, path.into().into_expr());
        Self { props }
    }
    /// `Args`.
    pub fn args(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScriptBootstrapActionConfig> for ::forma_core::Value<ScriptBootstrapActionConfig> {
    fn from(v: ScriptBootstrapActionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRIPT_BOOTSTRAP_ACTION_CONFIG_TYPE.properties))
    }
}

/// The `InstanceFleetConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFleetConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceFleetConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InstanceTypeConfigs`.
    pub fn instance_type_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceTypeConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LaunchSpecifications`.
    pub fn launch_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceFleetProvisioningSpecifications>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ResizeSpecifications`.
    pub fn resize_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceFleetResizingSpecifications>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TargetOnDemandCapacity`.
    pub fn target_on_demand_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TargetSpotCapacity`.
    pub fn target_spot_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceFleetConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceFleetConfig> for ::forma_core::Value<InstanceFleetConfig> {
    fn from(v: InstanceFleetConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_FLEET_CONFIG_TYPE.properties))
    }
}

/// The `InstanceGroupConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceGroupConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceGroupConfig {
    /// A new value with its required properties: `InstanceCount`, `InstanceType`.
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, instance_count.into().into_expr());
        props.set(6, instance_type.into().into_expr());
        Self { props }
    }
    /// `AutoScalingPolicy`.
    pub fn auto_scaling_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BidPrice`.
    pub fn bid_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Configuration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomAmiId`.
    pub fn custom_ami_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EbsConfiguration`.
    pub fn ebs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbsConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Market`.
    pub fn market(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceGroupConfig> for ::forma_core::Value<InstanceGroupConfig> {
    fn from(v: InstanceGroupConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_GROUP_CONFIG_TYPE.properties))
    }
}

/// The `PlacementType` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementType {
    props: ::forma_core::schema::Props,
}
impl PlacementType {
    /// A new value with its required properties: `AvailabilityZone`.
    pub fn new(availability_zone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, availability_zone.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PlacementType> for ::forma_core::Value<PlacementType> {
    fn from(v: PlacementType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_TYPE_TYPE.properties))
    }
}

/// The `ComputeLimits` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeLimits {
    props: ::forma_core::schema::Props,
}
impl ComputeLimits {
    /// A new value with its required properties: `MaximumCapacityUnits`, `MinimumCapacityUnits`, `UnitType`.
    pub fn new(
        maximum_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minimum_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        unit_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum_capacity_units.into().into_expr());
        props.set(3, minimum_capacity_units.into().into_expr());
        props.set(4, unit_type.into().into_expr());
        Self { props }
    }
    /// `MaximumCoreCapacityUnits`.
    pub fn maximum_core_capacity_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaximumOnDemandCapacityUnits`.
    pub fn maximum_on_demand_capacity_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComputeLimits> for ::forma_core::Value<ComputeLimits> {
    fn from(v: ComputeLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_LIMITS_TYPE.properties))
    }
}

/// The `HadoopJarStepConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct HadoopJarStepConfig {
    props: ::forma_core::schema::Props,
}
impl HadoopJarStepConfig {
    /// A new value with its required properties: `Jar`.
    pub fn new(jar: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, jar.into().into_expr());
        Self { props }
    }
    /// `Args`.
    pub fn args(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MainClass`.
    pub fn main_class(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StepProperties`.
    pub fn step_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValue>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HadoopJarStepConfig> for ::forma_core::Value<HadoopJarStepConfig> {
    fn from(v: HadoopJarStepConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HADOOP_JAR_STEP_CONFIG_TYPE.properties))
    }
}

/// The `InstanceTypeConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceTypeConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceTypeConfig {
    /// A new value with its required properties: `InstanceType`.
    pub fn new(instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, instance_type.into().into_expr());
        Self { props }
    }
    /// `BidPrice`.
    pub fn bid_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BidPriceAsPercentageOfOnDemandPrice`.
    pub fn bid_price_as_percentage_of_on_demand_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Configuration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomAmiId`.
    pub fn custom_ami_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EbsConfiguration`.
    pub fn ebs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbsConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `WeightedCapacity`.
    pub fn weighted_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceTypeConfig> for ::forma_core::Value<InstanceTypeConfig> {
    fn from(v: InstanceTypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_TYPE_CONFIG_TYPE.properties))
    }
}

/// The `InstanceFleetProvisioningSpecifications` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFleetProvisioningSpecifications {
    props: ::forma_core::schema::Props,
}
impl InstanceFleetProvisioningSpecifications {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OnDemandSpecification`.
    pub fn on_demand_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandProvisioningSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SpotSpecification`.
    pub fn spot_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpotProvisioningSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceFleetProvisioningSpecifications {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceFleetProvisioningSpecifications>
    for ::forma_core::Value<InstanceFleetProvisioningSpecifications>
{
    fn from(v: InstanceFleetProvisioningSpecifications) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_FLEET_PROVISIONING_SPECIFICATIONS_TYPE.properties))
    }
}

/// The `InstanceFleetResizingSpecifications` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFleetResizingSpecifications {
    props: ::forma_core::schema::Props,
}
impl InstanceFleetResizingSpecifications {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OnDemandResizeSpecification`.
    pub fn on_demand_resize_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandResizingSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SpotResizeSpecification`.
    pub fn spot_resize_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpotResizingSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceFleetResizingSpecifications {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceFleetResizingSpecifications>
    for ::forma_core::Value<InstanceFleetResizingSpecifications>
{
    fn from(v: InstanceFleetResizingSpecifications) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_FLEET_RESIZING_SPECIFICATIONS_TYPE.properties))
    }
}

/// The `AutoScalingPolicy` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl AutoScalingPolicy {
    /// A new value with its required properties: `Constraints`, `Rules`.
    pub fn new(
        constraints: impl ::std::convert::Into<::forma_core::Value<ScalingConstraints>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScalingRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, constraints.into().into_expr());
        props.set(1, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoScalingPolicy> for ::forma_core::Value<AutoScalingPolicy> {
    fn from(v: AutoScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_POLICY_TYPE.properties))
    }
}

/// The `EbsConfiguration` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsConfiguration {
    props: ::forma_core::schema::Props,
}
impl EbsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EbsBlockDeviceConfigs`.
    pub fn ebs_block_device_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EbsBlockDeviceConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EbsOptimized`.
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EbsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsConfiguration> for ::forma_core::Value<EbsConfiguration> {
    fn from(v: EbsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_CONFIGURATION_TYPE.properties))
    }
}

/// The `KeyValue` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValue {
    props: ::forma_core::schema::Props,
}
impl KeyValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyValue> for ::forma_core::Value<KeyValue> {
    fn from(v: KeyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_TYPE.properties))
    }
}

/// The `OnDemandProvisioningSpecification` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandProvisioningSpecification {
    props: ::forma_core::schema::Props,
}
impl OnDemandProvisioningSpecification {
    /// A new value with its required properties: `AllocationStrategy`.
    pub fn new(allocation_strategy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allocation_strategy.into().into_expr());
        Self { props }
    }
    /// `CapacityReservationOptions`.
    pub fn capacity_reservation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandCapacityReservationOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OnDemandProvisioningSpecification>
    for ::forma_core::Value<OnDemandProvisioningSpecification>
{
    fn from(v: OnDemandProvisioningSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_PROVISIONING_SPECIFICATION_TYPE.properties))
    }
}

/// The `SpotProvisioningSpecification` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotProvisioningSpecification {
    props: ::forma_core::schema::Props,
}
impl SpotProvisioningSpecification {
    /// A new value with its required properties: `TimeoutAction`, `TimeoutDurationMinutes`.
    pub fn new(
        timeout_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        timeout_duration_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, timeout_action.into().into_expr());
        props.set(3, timeout_duration_minutes.into().into_expr());
        Self { props }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BlockDurationMinutes`.
    pub fn block_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SpotProvisioningSpecification> for ::forma_core::Value<SpotProvisioningSpecification> {
    fn from(v: SpotProvisioningSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_PROVISIONING_SPECIFICATION_TYPE.properties))
    }
}

/// The `OnDemandResizingSpecification` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandResizingSpecification {
    props: ::forma_core::schema::Props,
}
impl OnDemandResizingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CapacityReservationOptions`.
    pub fn capacity_reservation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandCapacityReservationOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimeoutDurationMinutes`.
    pub fn timeout_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnDemandResizingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnDemandResizingSpecification> for ::forma_core::Value<OnDemandResizingSpecification> {
    fn from(v: OnDemandResizingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_RESIZING_SPECIFICATION_TYPE.properties))
    }
}

/// The `SpotResizingSpecification` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotResizingSpecification {
    props: ::forma_core::schema::Props,
}
impl SpotResizingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllocationStrategy`.
    pub fn allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TimeoutDurationMinutes`.
    pub fn timeout_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpotResizingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotResizingSpecification> for ::forma_core::Value<SpotResizingSpecification> {
    fn from(v: SpotResizingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_RESIZING_SPECIFICATION_TYPE.properties))
    }
}

/// The `ScalingConstraints` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConstraints {
    props: ::forma_core::schema::Props,
}
impl ScalingConstraints {
    /// A new value with its required properties: `MaxCapacity`, `MinCapacity`.
    pub fn new(
        max_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_capacity.into().into_expr());
        props.set(1, min_capacity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScalingConstraints> for ::forma_core::Value<ScalingConstraints> {
    fn from(v: ScalingConstraints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONSTRAINTS_TYPE.properties))
    }
}

/// The `ScalingRule` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingRule {
    props: ::forma_core::schema::Props,
}
impl ScalingRule {
    /// A new value with its required properties: `Action`, `Name`, `Trigger`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<ScalingAction>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        trigger: impl ::std::convert::Into<::forma_core::Value<ScalingTrigger>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, trigger.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScalingRule> for ::forma_core::Value<ScalingRule> {
    fn from(v: ScalingRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_RULE_TYPE.properties))
    }
}

/// The `EbsBlockDeviceConfig` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsBlockDeviceConfig {
    props: ::forma_core::schema::Props,
}
impl EbsBlockDeviceConfig {
    /// A new value with its required properties: `VolumeSpecification`.
    pub fn new(volume_specification: impl ::std::convert::Into<::forma_core::Value<VolumeSpecification>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, volume_specification.into().into_expr());
        Self { props }
    }
    /// `VolumesPerInstance`.
    pub fn volumes_per_instance(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EbsBlockDeviceConfig> for ::forma_core::Value<EbsBlockDeviceConfig> {
    fn from(v: EbsBlockDeviceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_BLOCK_DEVICE_CONFIG_TYPE.properties))
    }
}

/// The `OnDemandCapacityReservationOptions` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandCapacityReservationOptions {
    props: ::forma_core::schema::Props,
}
impl OnDemandCapacityReservationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityReservationPreference`.
    pub fn capacity_reservation_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CapacityReservationResourceGroupArn`.
    pub fn capacity_reservation_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UsageStrategy`.
    pub fn usage_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnDemandCapacityReservationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnDemandCapacityReservationOptions>
    for ::forma_core::Value<OnDemandCapacityReservationOptions>
{
    fn from(v: OnDemandCapacityReservationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE.properties))
    }
}

/// The `ScalingAction` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingAction {
    props: ::forma_core::schema::Props,
}
impl ScalingAction {
    /// A new value with its required properties: `SimpleScalingPolicyConfiguration`.
    pub fn new(
        simple_scaling_policy_configuration: impl ::std::convert::Into<
            ::forma_core::Value<SimpleScalingPolicyConfiguration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, simple_scaling_policy_configuration.into().into_expr());
        Self { props }
    }
    /// `Market`.
    pub fn market(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScalingAction> for ::forma_core::Value<ScalingAction> {
    fn from(v: ScalingAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_ACTION_TYPE.properties))
    }
}

/// The `ScalingTrigger` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingTrigger {
    props: ::forma_core::schema::Props,
}
impl ScalingTrigger {
    /// A new value with its required properties: `CloudWatchAlarmDefinition`.
    pub fn new(
        cloud_watch_alarm_definition: impl ::std::convert::Into<::forma_core::Value<CloudWatchAlarmDefinition>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_alarm_definition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScalingTrigger> for ::forma_core::Value<ScalingTrigger> {
    fn from(v: ScalingTrigger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_TRIGGER_TYPE.properties))
    }
}

/// The `VolumeSpecification` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeSpecification {
    props: ::forma_core::schema::Props,
}
impl VolumeSpecification {
    /// A new value with its required properties: `SizeInGB`, `VolumeType`.
    pub fn new(
        size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
        volume_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, size_in_gb.into().into_expr());
        props.set(3, volume_type.into().into_expr());
        Self { props }
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Throughput`.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VolumeSpecification> for ::forma_core::Value<VolumeSpecification> {
    fn from(v: VolumeSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_SPECIFICATION_TYPE.properties))
    }
}

/// The `SimpleScalingPolicyConfiguration` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct SimpleScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl SimpleScalingPolicyConfiguration {
    /// A new value with its required properties: `ScalingAdjustment`.
    pub fn new(scaling_adjustment: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, scaling_adjustment.into().into_expr());
        Self { props }
    }
    /// `AdjustmentType`.
    pub fn adjustment_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CoolDown`.
    pub fn cool_down(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SimpleScalingPolicyConfiguration> for ::forma_core::Value<SimpleScalingPolicyConfiguration> {
    fn from(v: SimpleScalingPolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIMPLE_SCALING_POLICY_CONFIGURATION_TYPE.properties))
    }
}

/// The `CloudWatchAlarmDefinition` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchAlarmDefinition {
    props: ::forma_core::schema::Props,
}
impl CloudWatchAlarmDefinition {
    /// A new value with its required properties: `ComparisonOperator`, `MetricName`, `Period`, `Threshold`.
    pub fn new(
        comparison_operator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        period: impl ::std::convert::Into<::forma_core::Value<i64>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into().into_expr());
        props.set(3, metric_name.into().into_expr());
        props.set(5, period.into().into_expr());
        props.set(7, threshold.into().into_expr());
        Self { props }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EvaluationPeriods`.
    pub fn evaluation_periods(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Namespace`.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Statistic`.
    pub fn statistic(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Unit`.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchAlarmDefinition> for ::forma_core::Value<CloudWatchAlarmDefinition> {
    fn from(v: CloudWatchAlarmDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_ALARM_DEFINITION_TYPE.properties))
    }
}

/// The `MetricDimension` property type of `AWS::EMR::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDimension {
    props: ::forma_core::schema::Props,
}
impl MetricDimension {
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
impl ::std::convert::From<MetricDimension> for ::forma_core::Value<MetricDimension> {
    fn from(v: MetricDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DIMENSION_TYPE.properties))
    }
}

/// The schema of `AWS::EMR::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalInfo",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Applications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APPLICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AutoScalingRole",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutoTerminationPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_TERMINATION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BootstrapActions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOOTSTRAP_ACTION_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomAmiId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsRootVolumeIops",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EbsRootVolumeSize",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EbsRootVolumeThroughput",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Instances",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_FLOW_INSTANCES_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobFlowRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KerberosAttributes",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KERBEROS_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogEncryptionKmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogUri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedScalingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_SCALING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OSReleaseLabel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PlacementGroupConfigs",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PLACEMENT_GROUP_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReleaseLabel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScaleDownBehavior",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StepConcurrencyLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Steps",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STEP_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VisibleToAllUsers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["Id", "MasterPublicDNS"],
};

static APPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Args",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTO_TERMINATION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.AutoTerminationPolicy",
    properties: &[::forma_core::schema::Property {
        name: "IdleTimeout",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static BOOTSTRAP_ACTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.BootstrapActionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScriptBootstrapAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCRIPT_BOOTSTRAP_ACTION_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static JOB_FLOW_INSTANCES_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.JobFlowInstancesConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalMasterSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdditionalSlaveSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CoreInstanceFleet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_FLEET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CoreInstanceGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_GROUP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Ec2KeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ec2SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ec2SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EmrManagedMasterSecurityGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EmrManagedSlaveSecurityGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HadoopVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeepJobFlowAliveWhenNoSteps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MasterInstanceFleet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_FLEET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MasterInstanceGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_GROUP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Placement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PLACEMENT_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessSecurityGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TaskInstanceFleets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_FLEET_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskInstanceGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_GROUP_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TerminationProtected",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UnhealthyNodeReplacement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static KERBEROS_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.KerberosAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "ADDomainJoinPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ADDomainJoinUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CrossRealmTrustPrincipalPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KdcAdminPassword",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Realm",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MANAGED_SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ManagedScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScalingStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UtilizationPerformanceIndex",
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

static PLACEMENT_GROUP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.PlacementGroupConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PlacementStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STEP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.StepConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionOnFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HadoopJarStep",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HADOOP_JAR_STEP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCRIPT_BOOTSTRAP_ACTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ScriptBootstrapActionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Args",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INSTANCE_FLEET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.InstanceFleetConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceTypeConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_TYPE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LaunchSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_FLEET_PROVISIONING_SPECIFICATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResizeSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_FLEET_RESIZING_SPECIFICATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetOnDemandCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetSpotCapacity",
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

static INSTANCE_GROUP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.InstanceGroupConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BidPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomAmiId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Market",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PLACEMENT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.PlacementType",
    properties: &[::forma_core::schema::Property {
        name: "AvailabilityZone",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static COMPUTE_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ComputeLimits",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumCoreCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumOnDemandCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UnitType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HADOOP_JAR_STEP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.HadoopJarStepConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Args",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Jar",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MainClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StepProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static INSTANCE_TYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.InstanceTypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BidPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BidPriceAsPercentageOfOnDemandPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomAmiId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WeightedCapacity",
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

static INSTANCE_FLEET_PROVISIONING_SPECIFICATIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::Cluster.InstanceFleetProvisioningSpecifications",
        properties: &[
            ::forma_core::schema::Property {
                name: "OnDemandSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_PROVISIONING_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SpotSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SPOT_PROVISIONING_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static INSTANCE_FLEET_RESIZING_SPECIFICATIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::Cluster.InstanceFleetResizingSpecifications",
        properties: &[
            ::forma_core::schema::Property {
                name: "OnDemandResizeSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_RESIZING_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SpotResizeSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SPOT_RESIZING_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static AUTO_SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.AutoScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraints",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONSTRAINTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCALING_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EBS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.EbsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EbsBlockDeviceConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EBS_BLOCK_DEVICE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EbsOptimized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static KEY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.KeyValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ON_DEMAND_PROVISIONING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::Cluster.OnDemandProvisioningSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllocationStrategy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE),
            },
        ],
        rules: &[],
    };

static SPOT_PROVISIONING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.SpotProvisioningSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BlockDurationMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutDurationMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ON_DEMAND_RESIZING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.OnDemandResizingSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeoutDurationMinutes",
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

static SPOT_RESIZING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.SpotResizingSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutDurationMinutes",
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

static SCALING_CONSTRAINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ScalingConstraints",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SCALING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ScalingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Trigger",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_TRIGGER_TYPE),
        },
    ],
    rules: &[],
};

static EBS_BLOCK_DEVICE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.EbsBlockDeviceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "VolumeSpecification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VOLUME_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VolumesPerInstance",
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

static ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::Cluster.OnDemandCapacityReservationOptions",
        properties: &[
            ::forma_core::schema::Property {
                name: "CapacityReservationPreference",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationResourceGroupArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "UsageStrategy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SCALING_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ScalingAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Market",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SimpleScalingPolicyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIMPLE_SCALING_POLICY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SCALING_TRIGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.ScalingTrigger",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchAlarmDefinition",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_ALARM_DEFINITION_TYPE),
    }],
    rules: &[],
};

static VOLUME_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.VolumeSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInGB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Throughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SIMPLE_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::Cluster.SimpleScalingPolicyConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdjustmentType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "CoolDown",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ScalingAdjustment",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static CLOUD_WATCH_ALARM_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.CloudWatchAlarmDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EvaluationPeriods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Cluster.MetricDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
