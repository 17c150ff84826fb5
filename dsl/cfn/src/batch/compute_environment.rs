// @generated from AWS::Batch::ComputeEnvironment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::ComputeEnvironment` and its property types.

/// Resource Type definition for AWS::Batch::ComputeEnvironment
///
/// CloudFormation type `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeEnvironment {
    props: ::forma_core::schema::Props,
}
impl ComputeEnvironment {
    /// A new resource with its required properties: `Type`.
    #[track_caller]
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ComputeEnvironmentName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compute_environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComputeResources`.
    #[track_caller]
    pub fn compute_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComputeResources>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Context`.
    #[track_caller]
    pub fn context(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EcsSettings`.
    #[track_caller]
    pub fn ecs_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<EcsSettings>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EksConfiguration`.
    #[track_caller]
    pub fn eks_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EksConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReplaceComputeEnvironment`.
    #[track_caller]
    pub fn replace_compute_environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceRole`.
    #[track_caller]
    pub fn service_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `State`.
    #[track_caller]
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UnmanagedvCpus`.
    #[track_caller]
    pub fn unmanagedv_cpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UpdatePolicy`.
    #[track_caller]
    pub fn update_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<UpdatePolicy>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ComputeEnvironment {
    type Attributes = ComputeEnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::ComputeEnvironment"
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
/// The attributes of a `AWS::Batch::ComputeEnvironment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComputeEnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComputeEnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComputeEnvironmentAttributes {
    /// `Fn::GetAtt` `ComputeEnvironmentArn`.
    pub fn compute_environment_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputeEnvironmentArn")
    }
    /// `Fn::GetAtt` `ComputeResources.Ec2Configuration.*.BatchImageStatus`.
    pub fn compute_resources_ec2_configuration_batch_image_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ComputeResources.Ec2Configuration.*.BatchImageStatus")
    }
    /// `Fn::GetAtt` `EksConfiguration.AccessEntry.Status`.
    pub fn eks_configuration_access_entry_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EksConfiguration.AccessEntry.Status")
    }
}

/// The `ComputeResources` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeResources {
    props: ::forma_core::schema::Props,
}
impl ComputeResources {
    /// A new value with its required properties: `MaxvCpus`, `Type`.
    pub fn new(
        maxv_cpus: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(11, maxv_cpus.into().into_expr());
        props.set(19, type_.into().into_expr());
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
    /// `BidPercentage`.
    pub fn bid_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Capacity-level tags for compute environments.
    pub fn capacity_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DesiredvCpus`.
    pub fn desiredv_cpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Ec2Configuration`.
    pub fn ec2_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ec2ConfigurationObject>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Ec2KeyPair`.
    pub fn ec2_key_pair(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `InstanceRole`.
    pub fn instance_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `InstanceTypes`.
    pub fn instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `LaunchTemplate`.
    pub fn launch_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ManagedInstancesProvider`.
    pub fn managed_instances_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedInstancesProvider>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `MinvCpus`.
    pub fn minv_cpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `PlacementGroup`.
    pub fn placement_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `ScalingPolicy`.
    pub fn scaling_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComputeScalingPolicy>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `SpotIamFleetRole`.
    pub fn spot_iam_fleet_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Subnets`.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// A key-value pair to associate with a resource.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `UpdateToLatestImageVersion`.
    pub fn update_to_latest_image_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComputeResources> for ::forma_core::Value<ComputeResources> {
    fn from(v: ComputeResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_RESOURCES_TYPE.properties))
    }
}

/// The `EcsSettings` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsSettings {
    props: ::forma_core::schema::Props,
}
impl EcsSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch Container Insights setting applied to the Amazon ECS cluster that backs this compute environment.
    pub fn container_insights(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcsSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcsSettings> for ::forma_core::Value<EcsSettings> {
    fn from(v: EcsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_SETTINGS_TYPE.properties))
    }
}

/// The `EksConfiguration` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksConfiguration {
    props: ::forma_core::schema::Props,
}
impl EksConfiguration {
    /// A new value with its required properties: `EksClusterArn`, `KubernetesNamespace`.
    pub fn new(
        eks_cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        kubernetes_namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, eks_cluster_arn.into().into_expr());
        props.set(2, kubernetes_namespace.into().into_expr());
        Self { props }
    }
    /// The EKS access entry configuration for the compute environment.
    pub fn access_entry(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksAccessEntry>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksConfiguration> for ::forma_core::Value<EksConfiguration> {
    fn from(v: EksConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_CONFIGURATION_TYPE.properties))
    }
}

/// The `UpdatePolicy` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePolicy {
    props: ::forma_core::schema::Props,
}
impl UpdatePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `JobExecutionTimeoutMinutes`.
    pub fn job_execution_timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TerminateJobsOnUpdate`.
    pub fn terminate_jobs_on_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UpdatePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UpdatePolicy> for ::forma_core::Value<UpdatePolicy> {
    fn from(v: UpdatePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_POLICY_TYPE.properties))
    }
}

/// The `Ec2ConfigurationObject` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ec2ConfigurationObject {
    props: ::forma_core::schema::Props,
}
impl Ec2ConfigurationObject {
    /// A new value with its required properties: `ImageType`.
    pub fn new(image_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, image_type.into().into_expr());
        Self { props }
    }
    /// `BatchImageStatus`.
    pub fn batch_image_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ImageIdOverride`.
    pub fn image_id_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ImageKubernetesVersion`.
    ///
    /// Allowed: length 1 to 256.
    pub fn image_kubernetes_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Ec2ConfigurationObject> for ::forma_core::Value<Ec2ConfigurationObject> {
    fn from(v: Ec2ConfigurationObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EC2_CONFIGURATION_OBJECT_TYPE.properties))
    }
}

/// The `LaunchTemplateSpecification` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateSpecification {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LaunchTemplateId`.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LaunchTemplateName`.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Overrides`.
    pub fn overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchTemplateSpecificationOverride>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UserdataType`.
    pub fn userdata_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
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

/// The values CloudFormation documents: `CAPACITY_PROVIDER`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTags {
    /// `CAPACITY_PROVIDER`
    CapacityProvider,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityProvider => "CAPACITY_PROVIDER",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAPACITY_PROVIDER", "NONE"]
    }
}
impl ::std::convert::From<PropagateTags> for ::forma_core::Value<PropagateTags> {
    fn from(v: PropagateTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateTags {}

/// The `ManagedInstancesProvider` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstancesProvider {
    props: ::forma_core::schema::Props,
}
impl ManagedInstancesProvider {
    /// A new value with its required properties: `InfrastructureRoleArn`, `InstanceLaunchTemplate`.
    pub fn new(
        infrastructure_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_launch_template: impl ::std::convert::Into<::forma_core::Value<InstanceLaunchTemplate>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, infrastructure_role_arn.into().into_expr());
        props.set(2, instance_launch_template.into().into_expr());
        Self { props }
    }
    /// `InfrastructureOptimization`.
    pub fn infrastructure_optimization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InfrastructureOptimization>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PropagateTags`.
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ManagedInstancesProvider> for ::forma_core::Value<ManagedInstancesProvider> {
    fn from(v: ManagedInstancesProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCES_PROVIDER_TYPE.properties))
    }
}

/// The `ComputeScalingPolicy` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ComputeScalingPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MinScaleDownDelayMinutes`.
    pub fn min_scale_down_delay_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputeScalingPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputeScalingPolicy> for ::forma_core::Value<ComputeScalingPolicy> {
    fn from(v: ComputeScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_SCALING_POLICY_TYPE.properties))
    }
}

/// The EKS access entry configuration for the compute environment.
#[derive(Debug, Clone, PartialEq)]
pub struct EksAccessEntry {
    props: ::forma_core::schema::Props,
}
impl EksAccessEntry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The desired state of the EKS access entry managed by AWS Batch.
    pub fn desired_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The read-only status of the EKS access entry, returned by DescribeComputeEnvironments.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksAccessEntry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksAccessEntry> for ::forma_core::Value<EksAccessEntry> {
    fn from(v: EksAccessEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_ACCESS_ENTRY_TYPE.properties))
    }
}

/// The `LaunchTemplateSpecificationOverride` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateSpecificationOverride {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateSpecificationOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LaunchTemplateId`.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LaunchTemplateName`.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TargetInstanceTypes`.
    pub fn target_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UserdataType`.
    pub fn userdata_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateSpecificationOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateSpecificationOverride>
    for ::forma_core::Value<LaunchTemplateSpecificationOverride>
{
    fn from(v: LaunchTemplateSpecificationOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_SPECIFICATION_OVERRIDE_TYPE.properties))
    }
}

/// The `InfrastructureOptimization` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfrastructureOptimization {
    props: ::forma_core::schema::Props,
}
impl InfrastructureOptimization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ScaleInAfter`.
    pub fn scale_in_after(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InfrastructureOptimization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InfrastructureOptimization> for ::forma_core::Value<InfrastructureOptimization> {
    fn from(v: InfrastructureOptimization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFRASTRUCTURE_OPTIMIZATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ON_DEMAND`, `SPOT`, `RESERVED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityOptionType {
    /// `ON_DEMAND`
    OnDemand,
    /// `SPOT`
    Spot,
    /// `RESERVED`
    Reserved,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityOptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "ON_DEMAND",
            Self::Spot => "SPOT",
            Self::Reserved => "RESERVED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_DEMAND", "SPOT", "RESERVED"]
    }
}
impl ::std::convert::From<CapacityOptionType> for ::forma_core::Value<CapacityOptionType> {
    fn from(v: CapacityOptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityOptionType {}

/// The `InstanceLaunchTemplate` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceLaunchTemplate {
    props: ::forma_core::schema::Props,
}
impl InstanceLaunchTemplate {
    /// A new value with its required properties: `Ec2InstanceProfileArn`, `NetworkConfiguration`.
    pub fn new(
        ec2_instance_profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_configuration: impl ::std::convert::Into<::forma_core::Value<ManagedInstancesNetworkConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, ec2_instance_profile_arn.into().into_expr());
        props.set(8, network_configuration.into().into_expr());
        Self { props }
    }
    /// `CapacityOptionType`.
    pub fn capacity_option_type(mut self, value: impl ::forma_core::schema::EnumArg<CapacityOptionType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CapacityReservations`.
    pub fn capacity_reservations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservations>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FipsEnabled`.
    pub fn fips_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InstanceMetadataTagsPropagation`.
    pub fn instance_metadata_tags_propagation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InstanceRequirements`.
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirements>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `LocalStorageConfiguration`.
    pub fn local_storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedInstancesLocalStorageConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Monitoring`.
    pub fn monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `StorageConfiguration`.
    pub fn storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedInstancesStorageConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceLaunchTemplate> for ::forma_core::Value<InstanceLaunchTemplate> {
    fn from(v: InstanceLaunchTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_LAUNCH_TEMPLATE_TYPE.properties))
    }
}

/// The `CapacityReservations` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservations {
    props: ::forma_core::schema::Props,
}
impl CapacityReservations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReservationGroupArn`.
    pub fn reservation_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReservationPreference`.
    pub fn reservation_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservations> for ::forma_core::Value<CapacityReservations> {
    fn from(v: CapacityReservations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATIONS_TYPE.properties))
    }
}

/// The `InstanceRequirements` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirements {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedInstanceTypes`.
    pub fn allowed_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
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

/// The `ManagedInstancesLocalStorageConfiguration` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstancesLocalStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedInstancesLocalStorageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `UseLocalStorage`.
    pub fn use_local_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedInstancesLocalStorageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedInstancesLocalStorageConfiguration>
    for ::forma_core::Value<ManagedInstancesLocalStorageConfiguration>
{
    fn from(v: ManagedInstancesLocalStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCES_LOCAL_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ManagedInstancesNetworkConfiguration` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstancesNetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedInstancesNetworkConfiguration {
    /// A new value with its required properties: `SecurityGroups`, `Subnets`.
    pub fn new(
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_groups.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ManagedInstancesNetworkConfiguration>
    for ::forma_core::Value<ManagedInstancesNetworkConfiguration>
{
    fn from(v: ManagedInstancesNetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCES_NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The `ManagedInstancesStorageConfiguration` property type of `AWS::Batch::ComputeEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstancesStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedInstancesStorageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StorageSizeGiB`.
    pub fn storage_size_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedInstancesStorageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedInstancesStorageConfiguration>
    for ::forma_core::Value<ManagedInstancesStorageConfiguration>
{
    fn from(v: ManagedInstancesStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCES_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Batch::ComputeEnvironment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::ComputeEnvironment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeEnvironmentName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ComputeResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_RESOURCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Context",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EcsSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ECS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EksConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplaceComputeEnvironment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ServiceRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UnmanagedvCpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UpdatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_POLICY_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "ComputeEnvironmentArn",
        "ComputeResources.Ec2Configuration.*.BatchImageStatus",
        "EksConfiguration.AccessEntry.Status",
    ],
};

static COMPUTE_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.ComputeResources",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BidPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "DesiredvCpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ec2Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EC2_CONFIGURATION_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ec2KeyPair",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedInstancesProvider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCES_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxvCpus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinvCpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PlacementGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScalingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_SCALING_POLICY_TYPE),
        },
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
            name: "SpotIamFleetRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UpdateToLatestImageVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ECS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.EcsSettings",
    properties: &[::forma_core::schema::Property {
        name: "ContainerInsights",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static EKS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.EksConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessEntry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_ACCESS_ENTRY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EksClusterArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KubernetesNamespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static UPDATE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.UpdatePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "JobExecutionTimeoutMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TerminateJobsOnUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static EC2_CONFIGURATION_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.Ec2ConfigurationObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchImageStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageIdOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageKubernetesVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.LaunchTemplateSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserdataType",
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

static MANAGED_INSTANCES_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.ManagedInstancesProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "InfrastructureOptimization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFRASTRUCTURE_OPTIMIZATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InfrastructureRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceLaunchTemplate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_LAUNCH_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CAPACITY_PROVIDER", "NONE"]),
        },
    ],
    rules: &[],
};

static COMPUTE_SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.ComputeScalingPolicy",
    properties: &[::forma_core::schema::Property {
        name: "MinScaleDownDelayMinutes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static EKS_ACCESS_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.EksAccessEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_SPECIFICATION_OVERRIDE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::ComputeEnvironment.LaunchTemplateSpecificationOverride",
        properties: &[
            ::forma_core::schema::Property {
                name: "LaunchTemplateId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LaunchTemplateName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TargetInstanceTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "UserdataType",
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

static INFRASTRUCTURE_OPTIMIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.InfrastructureOptimization",
    properties: &[::forma_core::schema::Property {
        name: "ScaleInAfter",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static INSTANCE_LAUNCH_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.InstanceLaunchTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityOptionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ON_DEMAND", "SPOT", "RESERVED"]),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Ec2InstanceProfileArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FipsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstanceMetadataTagsPropagation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocalStorageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCES_LOCAL_STORAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Monitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCES_NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCES_STORAGE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CAPACITY_RESERVATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.CapacityReservations",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReservationGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReservationPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ComputeEnvironment.InstanceRequirements",
    properties: &[::forma_core::schema::Property {
        name: "AllowedInstanceTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static MANAGED_INSTANCES_LOCAL_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::ComputeEnvironment.ManagedInstancesLocalStorageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "UseLocalStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static MANAGED_INSTANCES_NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::ComputeEnvironment.ManagedInstancesNetworkConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "SecurityGroups",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Subnets",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static MANAGED_INSTANCES_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::ComputeEnvironment.ManagedInstancesStorageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "StorageSizeGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };
