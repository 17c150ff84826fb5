// @generated from AWS::ECS::CapacityProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::CapacityProvider` and its property types.

/// Resource Type definition for AWS::ECS::CapacityProvider.
///
/// CloudFormation type `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProvider {
    props: ::forma_core::schema::Props,
}
impl CapacityProvider {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoScalingGroupProvider`.
    #[track_caller]
    pub fn auto_scaling_group_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingGroupProvider>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClusterName`.
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
    /// `ManagedInstancesProvider`.
    #[track_caller]
    pub fn managed_instances_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedInstancesProvider>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CapacityProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CapacityProvider {
    type Attributes = CapacityProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::CapacityProvider"
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
/// The attributes of a `AWS::ECS::CapacityProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapacityProviderAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapacityProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManagedDraining {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManagedDraining {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<ManagedDraining> for ::forma_core::Value<ManagedDraining> {
    fn from(v: ManagedDraining) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManagedDraining {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManagedTerminationProtection {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManagedTerminationProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<ManagedTerminationProtection> for ::forma_core::Value<ManagedTerminationProtection> {
    fn from(v: ManagedTerminationProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManagedTerminationProtection {}

/// The `AutoScalingGroupProvider` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingGroupProvider {
    props: ::forma_core::schema::Props,
}
impl AutoScalingGroupProvider {
    /// A new value with its required properties: `AutoScalingGroupArn`.
    pub fn new(auto_scaling_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auto_scaling_group_arn.into().into_expr());
        Self { props }
    }
    /// `ManagedDraining`.
    pub fn managed_draining(mut self, value: impl ::forma_core::schema::EnumArg<ManagedDraining>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The managed scaling settings for the Auto Scaling group capacity provider.
    pub fn managed_scaling(mut self, value: impl ::std::convert::Into<::forma_core::Value<ManagedScaling>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ManagedTerminationProtection`.
    pub fn managed_termination_protection(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ManagedTerminationProtection>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AutoScalingGroupProvider> for ::forma_core::Value<AutoScalingGroupProvider> {
    fn from(v: AutoScalingGroupProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_GROUP_PROVIDER_TYPE.properties))
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

/// The `ManagedInstancesProvider` property type of `AWS::ECS::CapacityProvider`.
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
        props.set(2, infrastructure_role_arn.into().into_expr());
        props.set(3, instance_launch_template.into().into_expr());
        Self { props }
    }
    /// `AutoRepairConfiguration`.
    pub fn auto_repair_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoRepairConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines how Amazon ECS Managed Instances optimizes the infrastructure in your capacity provider.
    pub fn infrastructure_optimization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedInstancesProviderInfrastructureOptimization>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PropagateTags`.
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ManagedInstancesProvider> for ::forma_core::Value<ManagedInstancesProvider> {
    fn from(v: ManagedInstancesProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCES_PROVIDER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 1 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The managed scaling settings for the Auto Scaling group capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedScaling {
    props: ::forma_core::schema::Props,
}
impl ManagedScaling {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InstanceWarmupPeriod`.
    ///
    /// Allowed: 0 to 10000.
    pub fn instance_warmup_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumScalingStepSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn maximum_scaling_step_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MinimumScalingStepSize`.
    ///
    /// Allowed: 1 to 10000.
    pub fn minimum_scaling_step_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `TargetCapacity`.
    ///
    /// Allowed: 1 to 100.
    pub fn target_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedScaling {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedScaling> for ::forma_core::Value<ManagedScaling> {
    fn from(v: ManagedScaling) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_SCALING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionsStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActionsStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ActionsStatus> for ::forma_core::Value<ActionsStatus> {
    fn from(v: ActionsStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActionsStatus {}

/// The `AutoRepairConfiguration` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoRepairConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoRepairConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ActionsStatus`.
    pub fn actions_status(mut self, value: impl ::forma_core::schema::EnumArg<ActionsStatus>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AutoRepairConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoRepairConfiguration> for ::forma_core::Value<AutoRepairConfiguration> {
    fn from(v: AutoRepairConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_REPAIR_CONFIGURATION_TYPE.properties))
    }
}

/// Defines how Amazon ECS Managed Instances optimizes the infrastructure in your capacity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstancesProviderInfrastructureOptimization {
    props: ::forma_core::schema::Props,
}
impl ManagedInstancesProviderInfrastructureOptimization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This parameter defines the number of seconds Amazon ECS Managed Instances waits before optimizing EC2 instances that have become idle or underutilized.
    ///
    /// Allowed: -1 to 3600.
    pub fn scale_in_after(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedInstancesProviderInfrastructureOptimization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedInstancesProviderInfrastructureOptimization>
    for ::forma_core::Value<ManagedInstancesProviderInfrastructureOptimization>
{
    fn from(v: ManagedInstancesProviderInfrastructureOptimization) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MANAGED_INSTANCES_PROVIDER_INFRASTRUCTURE_OPTIMIZATION_TYPE.properties),
        )
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

/// The values CloudFormation documents: `BASIC`, `DETAILED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManagedInstancesMonitoringOptions {
    /// `BASIC`
    Basic,
    /// `DETAILED`
    Detailed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManagedInstancesMonitoringOptions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Detailed => "DETAILED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "DETAILED"]
    }
}
impl ::std::convert::From<ManagedInstancesMonitoringOptions>
    for ::forma_core::Value<ManagedInstancesMonitoringOptions>
{
    fn from(v: ManagedInstancesMonitoringOptions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManagedInstancesMonitoringOptions {}

/// The `InstanceLaunchTemplate` property type of `AWS::ECS::CapacityProvider`.
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
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationRequest>>,
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
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirementsRequest>>,
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
    pub fn monitoring(mut self, value: impl ::forma_core::schema::EnumArg<ManagedInstancesMonitoringOptions>) -> Self {
        self.props.set(7, value.into_enum_expr());
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

/// The values CloudFormation documents: `RESERVATIONS_ONLY`, `RESERVATIONS_FIRST`, `RESERVATIONS_EXCLUDED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReservationPreference {
    /// `RESERVATIONS_ONLY`
    ReservationsOnly,
    /// `RESERVATIONS_FIRST`
    ReservationsFirst,
    /// `RESERVATIONS_EXCLUDED`
    ReservationsExcluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReservationPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReservationsOnly => "RESERVATIONS_ONLY",
            Self::ReservationsFirst => "RESERVATIONS_FIRST",
            Self::ReservationsExcluded => "RESERVATIONS_EXCLUDED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RESERVATIONS_ONLY", "RESERVATIONS_FIRST", "RESERVATIONS_EXCLUDED"]
    }
}
impl ::std::convert::From<ReservationPreference> for ::forma_core::Value<ReservationPreference> {
    fn from(v: ReservationPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReservationPreference {}

/// The `CapacityReservationRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationRequest {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationRequest {
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
    pub fn reservation_preference(mut self, value: impl ::forma_core::schema::EnumArg<ReservationPreference>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationRequest> for ::forma_core::Value<CapacityReservationRequest> {
    fn from(v: CapacityReservationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `amazon-web-services`, `amd`, `habana`, `nvidia`, `xilinx`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorManufacturers {
    /// `amazon-web-services`
    AmazonWebServices,
    /// `amd`
    Amd,
    /// `habana`
    Habana,
    /// `nvidia`
    Nvidia,
    /// `xilinx`
    Xilinx,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorManufacturers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonWebServices => "amazon-web-services",
            Self::Amd => "amd",
            Self::Habana => "habana",
            Self::Nvidia => "nvidia",
            Self::Xilinx => "xilinx",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["amazon-web-services", "amd", "habana", "nvidia", "xilinx"]
    }
}
impl ::std::convert::From<AcceleratorManufacturers> for ::forma_core::Value<AcceleratorManufacturers> {
    fn from(v: AcceleratorManufacturers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorManufacturers {}

/// The values CloudFormation documents: `a10g`, `a100`, `h100`, `inferentia`, `k520`, `k80`, `m60`, `radeon-pro-v520`, `t4`, `t4g`, `vu9p`, `v100`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorNames {
    /// `a10g`
    A10G,
    /// `a100`
    A100,
    /// `h100`
    H100,
    /// `inferentia`
    Inferentia,
    /// `k520`
    K520,
    /// `k80`
    K80,
    /// `m60`
    M60,
    /// `radeon-pro-v520`
    RadeonProV520,
    /// `t4`
    T4,
    /// `t4g`
    T4G,
    /// `vu9p`
    Vu9P,
    /// `v100`
    V100,
    /// `l40s`
    L40S,
    /// `l4`
    L4,
    /// `gaudi-hl-205`
    GaudiHl205,
    /// `inferentia2`
    Inferentia2,
    /// `trainium`
    Trainium,
    /// `trainium2`
    Trainium2,
    /// `u30`
    U30,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorNames {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A10G => "a10g",
            Self::A100 => "a100",
            Self::H100 => "h100",
            Self::Inferentia => "inferentia",
            Self::K520 => "k520",
            Self::K80 => "k80",
            Self::M60 => "m60",
            Self::RadeonProV520 => "radeon-pro-v520",
            Self::T4 => "t4",
            Self::T4G => "t4g",
            Self::Vu9P => "vu9p",
            Self::V100 => "v100",
            Self::L40S => "l40s",
            Self::L4 => "l4",
            Self::GaudiHl205 => "gaudi-hl-205",
            Self::Inferentia2 => "inferentia2",
            Self::Trainium => "trainium",
            Self::Trainium2 => "trainium2",
            Self::U30 => "u30",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "a10g",
            "a100",
            "h100",
            "inferentia",
            "k520",
            "k80",
            "m60",
            "radeon-pro-v520",
            "t4",
            "t4g",
            "vu9p",
            "v100",
            "l40s",
            "l4",
            "gaudi-hl-205",
            "inferentia2",
            "trainium",
            "trainium2",
            "u30",
        ]
    }
}
impl ::std::convert::From<AcceleratorNames> for ::forma_core::Value<AcceleratorNames> {
    fn from(v: AcceleratorNames) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorNames {}

/// The values CloudFormation documents: `gpu`, `fpga`, `inference`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorTypes {
    /// `gpu`
    Gpu,
    /// `fpga`
    Fpga,
    /// `inference`
    Inference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "gpu",
            Self::Fpga => "fpga",
            Self::Inference => "inference",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["gpu", "fpga", "inference"]
    }
}
impl ::std::convert::From<AcceleratorTypes> for ::forma_core::Value<AcceleratorTypes> {
    fn from(v: AcceleratorTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorTypes {}

/// The values CloudFormation documents: `included`, `required`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BareMetal {
    /// `included`
    Included,
    /// `required`
    Required,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BareMetal {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "required", "excluded"]
    }
}
impl ::std::convert::From<BareMetal> for ::forma_core::Value<BareMetal> {
    fn from(v: BareMetal) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BareMetal {}

/// The values CloudFormation documents: `included`, `required`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BurstablePerformance {
    /// `included`
    Included,
    /// `required`
    Required,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BurstablePerformance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "required", "excluded"]
    }
}
impl ::std::convert::From<BurstablePerformance> for ::forma_core::Value<BurstablePerformance> {
    fn from(v: BurstablePerformance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BurstablePerformance {}

/// The values CloudFormation documents: `intel`, `amd`, `amazon-web-services`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuManufacturers {
    /// `intel`
    Intel,
    /// `amd`
    Amd,
    /// `amazon-web-services`
    AmazonWebServices,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CpuManufacturers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Intel => "intel",
            Self::Amd => "amd",
            Self::AmazonWebServices => "amazon-web-services",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["intel", "amd", "amazon-web-services"]
    }
}
impl ::std::convert::From<CpuManufacturers> for ::forma_core::Value<CpuManufacturers> {
    fn from(v: CpuManufacturers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CpuManufacturers {}

/// The values CloudFormation documents: `current`, `previous`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceGenerations {
    /// `current`
    Current,
    /// `previous`
    Previous,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceGenerations {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Current => "current",
            Self::Previous => "previous",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["current", "previous"]
    }
}
impl ::std::convert::From<InstanceGenerations> for ::forma_core::Value<InstanceGenerations> {
    fn from(v: InstanceGenerations) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceGenerations {}

/// The values CloudFormation documents: `included`, `required`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorage {
    /// `included`
    Included,
    /// `required`
    Required,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalStorage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "required", "excluded"]
    }
}
impl ::std::convert::From<LocalStorage> for ::forma_core::Value<LocalStorage> {
    fn from(v: LocalStorage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LocalStorage {}

/// The values CloudFormation documents: `hdd`, `ssd`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorageTypes {
    /// `hdd`
    Hdd,
    /// `ssd`
    Ssd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalStorageTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hdd => "hdd",
            Self::Ssd => "ssd",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["hdd", "ssd"]
    }
}
impl ::std::convert::From<LocalStorageTypes> for ::forma_core::Value<LocalStorageTypes> {
    fn from(v: LocalStorageTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LocalStorageTypes {}

/// The `InstanceRequirementsRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirementsRequest {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirementsRequest {
    /// A new value with its required properties: `MemoryMiB`, `VCpuCount`.
    pub fn new(
        memory_mi_b: impl ::std::convert::Into<::forma_core::Value<MemoryMiBRequest>>,
        v_cpu_count: impl ::std::convert::Into<::forma_core::Value<VCpuCountRangeRequest>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(16, memory_mi_b.into().into_expr());
        props.set(23, v_cpu_count.into().into_expr());
        Self { props }
    }
    /// `AcceleratorCount`.
    pub fn accelerator_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorCountRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AcceleratorManufacturers`.
    pub fn accelerator_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorManufacturers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AcceleratorNames`.
    pub fn accelerator_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorNames>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AcceleratorTotalMemoryMiB`.
    pub fn accelerator_total_memory_mi_b(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorTotalMemoryMiBRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `AcceleratorTypes`.
    pub fn accelerator_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorTypes>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `AllowedInstanceTypes`.
    pub fn allowed_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `BareMetal`.
    pub fn bare_metal(mut self, value: impl ::forma_core::schema::EnumArg<BareMetal>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `BaselineEbsBandwidthMbps`.
    pub fn baseline_ebs_bandwidth_mbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselineEbsBandwidthMbpsRequest>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `BurstablePerformance`.
    pub fn burstable_performance(mut self, value: impl ::forma_core::schema::EnumArg<BurstablePerformance>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `CpuManufacturers`.
    pub fn cpu_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CpuManufacturers>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ExcludedInstanceTypes`.
    pub fn excluded_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `InstanceGenerations`.
    pub fn instance_generations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceGenerations>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `LocalStorage`.
    pub fn local_storage(mut self, value: impl ::forma_core::schema::EnumArg<LocalStorage>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// `LocalStorageTypes`.
    pub fn local_storage_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalStorageTypes>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `MaxSpotPriceAsPercentageOfOptimalOnDemandPrice`.
    pub fn max_spot_price_as_percentage_of_optimal_on_demand_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `MemoryGiBPerVCpu`.
    pub fn memory_gi_b_per_v_cpu(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryGiBPerVCpuRequest>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `NetworkBandwidthGbps`.
    pub fn network_bandwidth_gbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkBandwidthGbpsRequest>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `NetworkInterfaceCount`.
    pub fn network_interface_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkInterfaceCountRequest>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `OnDemandMaxPricePercentageOverLowestPrice`.
    pub fn on_demand_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `RequireHibernateSupport`.
    pub fn require_hibernate_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `SpotMaxPricePercentageOverLowestPrice`.
    pub fn spot_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `TotalLocalStorageGB`.
    pub fn total_local_storage_gb(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TotalLocalStorageGbRequest>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceRequirementsRequest> for ::forma_core::Value<InstanceRequirementsRequest> {
    fn from(v: InstanceRequirementsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_REQUEST_TYPE.properties))
    }
}

/// The `ManagedInstancesLocalStorageConfiguration` property type of `AWS::ECS::CapacityProvider`.
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

/// The `ManagedInstancesNetworkConfiguration` property type of `AWS::ECS::CapacityProvider`.
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

/// The `ManagedInstancesStorageConfiguration` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedInstancesStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedInstancesStorageConfiguration {
    /// A new value with its required properties: `StorageSizeGiB`.
    pub fn new(storage_size_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, storage_size_gi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ManagedInstancesStorageConfiguration>
    for ::forma_core::Value<ManagedInstancesStorageConfiguration>
{
    fn from(v: ManagedInstancesStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_INSTANCES_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `AcceleratorCountRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorCountRequest {
    props: ::forma_core::schema::Props,
}
impl AcceleratorCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcceleratorCountRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcceleratorCountRequest> for ::forma_core::Value<AcceleratorCountRequest> {
    fn from(v: AcceleratorCountRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_COUNT_REQUEST_TYPE.properties))
    }
}

/// The `AcceleratorTotalMemoryMiBRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorTotalMemoryMiBRequest {
    props: ::forma_core::schema::Props,
}
impl AcceleratorTotalMemoryMiBRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AcceleratorTotalMemoryMiBRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AcceleratorTotalMemoryMiBRequest> for ::forma_core::Value<AcceleratorTotalMemoryMiBRequest> {
    fn from(v: AcceleratorTotalMemoryMiBRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE.properties))
    }
}

/// The `BaselineEbsBandwidthMbpsRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselineEbsBandwidthMbpsRequest {
    props: ::forma_core::schema::Props,
}
impl BaselineEbsBandwidthMbpsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BaselineEbsBandwidthMbpsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BaselineEbsBandwidthMbpsRequest> for ::forma_core::Value<BaselineEbsBandwidthMbpsRequest> {
    fn from(v: BaselineEbsBandwidthMbpsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE.properties))
    }
}

/// The `MemoryGiBPerVCpuRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryGiBPerVCpuRequest {
    props: ::forma_core::schema::Props,
}
impl MemoryGiBPerVCpuRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryGiBPerVCpuRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryGiBPerVCpuRequest> for ::forma_core::Value<MemoryGiBPerVCpuRequest> {
    fn from(v: MemoryGiBPerVCpuRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE.properties))
    }
}

/// The `MemoryMiBRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryMiBRequest {
    props: ::forma_core::schema::Props,
}
impl MemoryMiBRequest {
    /// A new value with its required properties: `Min`.
    pub fn new(min: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, min.into().into_expr());
        Self { props }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MemoryMiBRequest> for ::forma_core::Value<MemoryMiBRequest> {
    fn from(v: MemoryMiBRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_MI_B_REQUEST_TYPE.properties))
    }
}

/// The `NetworkBandwidthGbpsRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBandwidthGbpsRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkBandwidthGbpsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkBandwidthGbpsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkBandwidthGbpsRequest> for ::forma_core::Value<NetworkBandwidthGbpsRequest> {
    fn from(v: NetworkBandwidthGbpsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE.properties))
    }
}

/// The `NetworkInterfaceCountRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceCountRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterfaceCountRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterfaceCountRequest> for ::forma_core::Value<NetworkInterfaceCountRequest> {
    fn from(v: NetworkInterfaceCountRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_COUNT_REQUEST_TYPE.properties))
    }
}

/// The `TotalLocalStorageGBRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalLocalStorageGbRequest {
    props: ::forma_core::schema::Props,
}
impl TotalLocalStorageGbRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Min`.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TotalLocalStorageGbRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TotalLocalStorageGbRequest> for ::forma_core::Value<TotalLocalStorageGbRequest> {
    fn from(v: TotalLocalStorageGbRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE.properties))
    }
}

/// The `VCpuCountRangeRequest` property type of `AWS::ECS::CapacityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct VCpuCountRangeRequest {
    props: ::forma_core::schema::Props,
}
impl VCpuCountRangeRequest {
    /// A new value with its required properties: `Min`.
    pub fn new(min: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, min.into().into_expr());
        Self { props }
    }
    /// `Max`.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VCpuCountRangeRequest> for ::forma_core::Value<VCpuCountRangeRequest> {
    fn from(v: VCpuCountRangeRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(V_CPU_COUNT_RANGE_REQUEST_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::CapacityProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::CapacityProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingGroupProvider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_GROUP_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedInstancesProvider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCES_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &[],
};

static AUTO_SCALING_GROUP_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.AutoScalingGroupProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingGroupArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedDraining",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ManagedScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_SCALING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedTerminationProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
    ],
    rules: &[],
};

static MANAGED_INSTANCES_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.ManagedInstancesProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoRepairConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_REPAIR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InfrastructureOptimization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_INSTANCES_PROVIDER_INFRASTRUCTURE_OPTIMIZATION_TYPE),
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static MANAGED_SCALING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.ManagedScaling",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceWarmupPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumScalingStepSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumScalingStepSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "TargetCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static AUTO_REPAIR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.AutoRepairConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ActionsStatus",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static MANAGED_INSTANCES_PROVIDER_INFRASTRUCTURE_OPTIMIZATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::CapacityProvider.ManagedInstancesProviderInfrastructureOptimization",
        properties: &[::forma_core::schema::Property {
            name: "ScaleInAfter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(3600.0),
            }),
        }],
        rules: &[],
    };

static INSTANCE_LAUNCH_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.InstanceLaunchTemplate",
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
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_REQUEST_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_REQUEST_TYPE),
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
            shape: ::forma_core::schema::Shape::Enum(&["BASIC", "DETAILED"]),
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

static CAPACITY_RESERVATION_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.CapacityReservationRequest",
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
            shape: ::forma_core::schema::Shape::Enum(&[
                "RESERVATIONS_ONLY",
                "RESERVATIONS_FIRST",
                "RESERVATIONS_EXCLUDED",
            ]),
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.InstanceRequirementsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceleratorCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_COUNT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorManufacturers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["amazon-web-services", "amd", "habana", "nvidia", "xilinx"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "a10g",
                    "a100",
                    "h100",
                    "inferentia",
                    "k520",
                    "k80",
                    "m60",
                    "radeon-pro-v520",
                    "t4",
                    "t4g",
                    "vu9p",
                    "v100",
                    "l40s",
                    "l4",
                    "gaudi-hl-205",
                    "inferentia2",
                    "trainium",
                    "trainium2",
                    "u30",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorTotalMemoryMiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["gpu", "fpga", "inference"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9\\.\\*]+"),
                    min_length: Some(1),
                    max_length: Some(30),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(400) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BareMetal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "required", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "BaselineEbsBandwidthMbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BurstablePerformance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "required", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "CpuManufacturers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["intel", "amd", "amazon-web-services"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludedInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9\\.\\*]+"),
                    min_length: Some(1),
                    max_length: Some(30),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(400) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceGenerations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["current", "previous"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LocalStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "required", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "LocalStorageTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["hdd", "ssd"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MemoryGiBPerVCpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MemoryMiB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_MI_B_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkBandwidthGbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_COUNT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnDemandMaxPricePercentageOverLowestPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RequireHibernateSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SpotMaxPricePercentageOverLowestPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalLocalStorageGB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VCpuCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&V_CPU_COUNT_RANGE_REQUEST_TYPE),
        },
    ],
    rules: &[],
};

static MANAGED_INSTANCES_LOCAL_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::CapacityProvider.ManagedInstancesLocalStorageConfiguration",
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
        name: "AWS::ECS::CapacityProvider.ManagedInstancesNetworkConfiguration",
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
        name: "AWS::ECS::CapacityProvider.ManagedInstancesStorageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "StorageSizeGiB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        }],
        rules: &[],
    };

static ACCELERATOR_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.AcceleratorCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::CapacityProvider.AcceleratorTotalMemoryMiBRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
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

static BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::CapacityProvider.BaselineEbsBandwidthMbpsRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
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

static MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.MemoryGiBPerVCpuRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static MEMORY_MI_B_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.MemoryMiBRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.NetworkBandwidthGbpsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static NETWORK_INTERFACE_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.NetworkInterfaceCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.TotalLocalStorageGBRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static V_CPU_COUNT_RANGE_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::CapacityProvider.VCpuCountRangeRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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
