// @generated from AWS::AutoScaling::AutoScalingGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AutoScaling::AutoScalingGroup` and its property types.

/// The `AWS::AutoScaling::AutoScalingGroup` resource defines an Amazon EC2 Auto Scaling group, which is a collection of Amazon EC2 instances that are treated as a logical grouping for the purposes of automatic scaling and management.
///
/// CloudFormation type `AWS::AutoScaling::AutoScalingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingGroup {
    props: ::forma_core::schema::Props,
}
impl AutoScalingGroup {
    /// A new resource with its required properties: `MaxSize`, `MinSize`.
    #[track_caller]
    pub fn new(
        max_size: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        min_size: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(23, max_size.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(25, min_size.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the Auto Scaling group.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn auto_scaling_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The EC2 instance capacity distribution across Availability Zones for the Auto Scaling group.
    #[track_caller]
    pub fn availability_zone_distribution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AvailabilityZoneDistribution>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zone IDs where the Auto Scaling group can launch instances.
    #[track_caller]
    pub fn availability_zone_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zone impairment policy for the Auto Scaling group.
    #[track_caller]
    pub fn availability_zone_impairment_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AvailabilityZoneImpairmentPolicy>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Availability Zones where instances in the Auto Scaling group can be created.
    #[track_caller]
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether Capacity Rebalancing is enabled.
    #[track_caller]
    pub fn capacity_rebalance(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The capacity reservation specification for the Auto Scaling group.
    #[track_caller]
    pub fn capacity_reservation_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationSpecification>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Reserved.
    #[track_caller]
    pub fn context(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// *Only needed if you use simple scaling policies.* The amount of time, in seconds, between one scaling activity ending and another one starting due to simple scaling policies.
    #[track_caller]
    pub fn cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of time, in seconds, until a new instance is considered to have finished initializing and resource consumption to become stable after it enters the `InService` state.
    #[track_caller]
    pub fn default_instance_warmup(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The deletion protection setting for the Auto Scaling group.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::forma_core::schema::EnumArg<DeletionProtection>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired capacity is the initial capacity of the Auto Scaling group at the time of its creation and the capacity it attempts to maintain.
    #[track_caller]
    pub fn desired_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unit of measurement for the value specified for desired capacity.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn desired_capacity_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of time, in seconds, that Amazon EC2 Auto Scaling waits before checking the health status of an EC2 instance that has come into service and marking it unhealthy due to a failed health check.
    #[track_caller]
    pub fn health_check_grace_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A comma-separated value string of one or more health check types.
    ///
    /// Allowed: length 1 to 32.
    #[track_caller]
    pub fn health_check_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the instance used to base the launch configuration on.
    ///
    /// Allowed: length 1 to 19.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance lifecycle policy for the Auto Scaling group.
    #[track_caller]
    pub fn instance_lifecycle_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceLifecyclePolicy>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An instance maintenance policy.
    #[track_caller]
    pub fn instance_maintenance_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMaintenancePolicy>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the launch configuration to use to launch instances.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn launch_configuration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information used to specify the launch template and version to use to launch instances.
    #[track_caller]
    pub fn launch_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more lifecycle hooks to add to the Auto Scaling group before instances are launched.
    #[track_caller]
    pub fn lifecycle_hook_specification_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LifecycleHookSpecification>>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Classic Load Balancers associated with this Auto Scaling group.
    #[track_caller]
    pub fn load_balancer_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum amount of time, in seconds, that an instance can be in service.
    #[track_caller]
    pub fn max_instance_lifetime(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables the monitoring of group metrics of an Auto Scaling group.
    #[track_caller]
    pub fn metrics_collection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricsCollection>>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An embedded object that specifies a mixed instances policy.
    #[track_caller]
    pub fn mixed_instances_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MixedInstancesPolicy>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether newly launched instances are protected from termination by Amazon EC2 Auto Scaling when scaling in.
    #[track_caller]
    pub fn new_instances_protected_from_scale_in(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that specifies an Amazon SNS notification configuration for the `NotificationConfigurations` property of the [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource.
    #[track_caller]
    pub fn notification_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationConfiguration>>,
    ) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures an Auto Scaling group to send notifications when specified events take place.
    #[track_caller]
    pub fn notification_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationConfiguration>>>,
    ) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the placement group into which to launch your instances.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn placement_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the service-linked role that the Auto Scaling group uses to call other AWS service on your behalf.
    ///
    /// Allowed: length 1 to 1600.
    #[track_caller]
    pub fn service_linked_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SkipZonalShiftValidation`.
    #[track_caller]
    pub fn skip_zonal_shift_validation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(32, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagProperty>>>) -> Self {
        self.props.set_at(33, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Names (ARN) of the Elastic Load Balancing target groups to associate with the Auto Scaling group.
    #[track_caller]
    pub fn target_group_ar_ns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(34, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A policy or a list of policies that are used to select the instance to terminate.
    #[track_caller]
    pub fn termination_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(35, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The traffic sources associated with this Auto Scaling group.
    #[track_caller]
    pub fn traffic_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TrafficSourceIdentifier>>>,
    ) -> Self {
        self.props.set_at(36, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of subnet IDs for a virtual private cloud (VPC) where instances in the Auto Scaling group can be created.
    ///
    /// Allowed: length 1 to 5000.
    #[track_caller]
    pub fn vpc_zone_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(37, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AutoScalingGroup {
    type Attributes = AutoScalingGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::AutoScaling::AutoScalingGroup"
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
/// The attributes of a `AWS::AutoScaling::AutoScalingGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AutoScalingGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AutoScalingGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AutoScalingGroupAttributes {
    /// `Fn::GetAtt` `AutoScalingGroupARN`.
    pub fn auto_scaling_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoScalingGroupARN")
    }
}

/// The values CloudFormation documents: `none`, `prevent-all-deletion`, `prevent-force-deletion`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionProtection {
    /// `none`
    None,
    /// `prevent-all-deletion`
    PreventAllDeletion,
    /// `prevent-force-deletion`
    PreventForceDeletion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletionProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::PreventAllDeletion => "prevent-all-deletion",
            Self::PreventForceDeletion => "prevent-force-deletion",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "prevent-all-deletion", "prevent-force-deletion"]
    }
}
impl ::std::convert::From<DeletionProtection> for ::forma_core::Value<DeletionProtection> {
    fn from(v: DeletionProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletionProtection {}

/// The values CloudFormation documents: `balanced-best-effort`, `balanced-only`, `reservations-then-balanced`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityDistributionStrategy {
    /// `balanced-best-effort`
    BalancedBestEffort,
    /// `balanced-only`
    BalancedOnly,
    /// `reservations-then-balanced`
    ReservationsThenBalanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityDistributionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BalancedBestEffort => "balanced-best-effort",
            Self::BalancedOnly => "balanced-only",
            Self::ReservationsThenBalanced => "reservations-then-balanced",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["balanced-best-effort", "balanced-only", "reservations-then-balanced"]
    }
}
impl ::std::convert::From<CapacityDistributionStrategy> for ::forma_core::Value<CapacityDistributionStrategy> {
    fn from(v: CapacityDistributionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityDistributionStrategy {}

/// `AvailabilityZoneDistribution` is a property of the [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityZoneDistribution {
    props: ::forma_core::schema::Props,
}
impl AvailabilityZoneDistribution {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If launches fail in an Availability Zone, the following strategies are available.
    pub fn capacity_distribution_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapacityDistributionStrategy>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AvailabilityZoneDistribution {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AvailabilityZoneDistribution> for ::forma_core::Value<AvailabilityZoneDistribution> {
    fn from(v: AvailabilityZoneDistribution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAILABILITY_ZONE_DISTRIBUTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IgnoreUnhealthy`, `ReplaceUnhealthy`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImpairedZoneHealthCheckBehavior {
    /// `IgnoreUnhealthy`
    IgnoreUnhealthy,
    /// `ReplaceUnhealthy`
    ReplaceUnhealthy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImpairedZoneHealthCheckBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IgnoreUnhealthy => "IgnoreUnhealthy",
            Self::ReplaceUnhealthy => "ReplaceUnhealthy",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IgnoreUnhealthy", "ReplaceUnhealthy"]
    }
}
impl ::std::convert::From<ImpairedZoneHealthCheckBehavior> for ::forma_core::Value<ImpairedZoneHealthCheckBehavior> {
    fn from(v: ImpairedZoneHealthCheckBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImpairedZoneHealthCheckBehavior {}

/// Describes an Availability Zone impairment policy.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityZoneImpairmentPolicy {
    props: ::forma_core::schema::Props,
}
impl AvailabilityZoneImpairmentPolicy {
    /// A new value with its required properties: `ImpairedZoneHealthCheckBehavior`, `ZonalShiftEnabled`.
    pub fn new(
        impaired_zone_health_check_behavior: impl ::forma_core::schema::EnumArg<ImpairedZoneHealthCheckBehavior>,
        zonal_shift_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, impaired_zone_health_check_behavior.into_enum_expr());
        props.set(1, zonal_shift_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AvailabilityZoneImpairmentPolicy> for ::forma_core::Value<AvailabilityZoneImpairmentPolicy> {
    fn from(v: AvailabilityZoneImpairmentPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAILABILITY_ZONE_IMPAIRMENT_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `capacity-reservations-first`, `capacity-reservations-only`, `default`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityReservationPreference {
    /// `capacity-reservations-first`
    CapacityReservationsFirst,
    /// `capacity-reservations-only`
    CapacityReservationsOnly,
    /// `default`
    Default,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacityReservationPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityReservationsFirst => "capacity-reservations-first",
            Self::CapacityReservationsOnly => "capacity-reservations-only",
            Self::Default => "default",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["capacity-reservations-first", "capacity-reservations-only", "default", "none"]
    }
}
impl ::std::convert::From<CapacityReservationPreference> for ::forma_core::Value<CapacityReservationPreference> {
    fn from(v: CapacityReservationPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacityReservationPreference {}

/// Describes the Capacity Reservation preference and targeting options.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationSpecification {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationSpecification {
    /// A new value with its required properties: `CapacityReservationPreference`.
    pub fn new(
        capacity_reservation_preference: impl ::forma_core::schema::EnumArg<CapacityReservationPreference>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_reservation_preference.into_enum_expr());
        Self { props }
    }
    /// Describes a target Capacity Reservation or Capacity Reservation resource group.
    pub fn capacity_reservation_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityReservationTarget>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CapacityReservationSpecification> for ::forma_core::Value<CapacityReservationSpecification> {
    fn from(v: CapacityReservationSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_SPECIFICATION_TYPE.properties))
    }
}

/// The instance lifecycle policy for the Auto Scaling group.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceLifecyclePolicy {
    props: ::forma_core::schema::Props,
}
impl InstanceLifecyclePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the conditions that trigger instance retention behavior.
    pub fn retention_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RetentionTriggers>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceLifecyclePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceLifecyclePolicy> for ::forma_core::Value<InstanceLifecyclePolicy> {
    fn from(v: InstanceLifecyclePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_LIFECYCLE_POLICY_TYPE.properties))
    }
}

/// `InstanceMaintenancePolicy` is a property of the [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMaintenancePolicy {
    props: ::forma_core::schema::Props,
}
impl InstanceMaintenancePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the upper threshold as a percentage of the desired capacity of the Auto Scaling group.
    ///
    /// Allowed: -1 to 200.
    pub fn max_healthy_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the lower threshold as a percentage of the desired capacity of the Auto Scaling group.
    ///
    /// Allowed: -1 to 100.
    pub fn min_healthy_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceMaintenancePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceMaintenancePolicy> for ::forma_core::Value<InstanceMaintenancePolicy> {
    fn from(v: InstanceMaintenancePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_MAINTENANCE_POLICY_TYPE.properties))
    }
}

/// Specifies a launch template to use when provisioning EC2 instances for an Auto Scaling group.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateSpecification {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateSpecification {
    /// A new value with its required properties: `Version`.
    pub fn new(version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, version.into().into_expr());
        Self { props }
    }
    /// The ID of the launch template.
    ///
    /// Allowed: length 1 to 255.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the launch template.
    ///
    /// Allowed: length 3 to 128.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LaunchTemplateSpecification> for ::forma_core::Value<LaunchTemplateSpecification> {
    fn from(v: LaunchTemplateSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_SPECIFICATION_TYPE.properties))
    }
}

/// `LifecycleHookSpecification` specifies a lifecycle hook for the `LifecycleHookSpecificationList` property of the [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleHookSpecification {
    props: ::forma_core::schema::Props,
}
impl LifecycleHookSpecification {
    /// A new value with its required properties: `LifecycleHookName`, `LifecycleTransition`.
    pub fn new(
        lifecycle_hook_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        lifecycle_transition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, lifecycle_hook_name.into().into_expr());
        props.set(3, lifecycle_transition.into().into_expr());
        Self { props }
    }
    /// The action the Auto Scaling group takes when the lifecycle hook timeout elapses or if an unexpected failure occurs.
    pub fn default_result(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum time, in seconds, that can elapse before the lifecycle hook times out.
    pub fn heartbeat_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Additional information that you want to include any time Amazon EC2 Auto Scaling sends a message to the notification target.
    ///
    /// Allowed: length 1 to 4000.
    pub fn notification_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the notification target that Amazon EC2 Auto Scaling sends notifications to when an instance is in a wait state for the lifecycle hook.
    ///
    /// Allowed: length 0 to 255.
    pub fn notification_target_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The ARN of the IAM role that allows the Auto Scaling group to publish to the specified notification target.
    ///
    /// Allowed: length 1 to 255.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LifecycleHookSpecification> for ::forma_core::Value<LifecycleHookSpecification> {
    fn from(v: LifecycleHookSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_HOOK_SPECIFICATION_TYPE.properties))
    }
}

/// `MetricsCollection` is a property of the [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource that describes the group metrics that an Amazon EC2 Auto Scaling group sends to Amazon CloudWatch.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsCollection {
    props: ::forma_core::schema::Props,
}
impl MetricsCollection {
    /// A new value with its required properties: `Granularity`.
    pub fn new(granularity: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, granularity.into().into_expr());
        Self { props }
    }
    /// Identifies the metrics to enable.
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricsCollection> for ::forma_core::Value<MetricsCollection> {
    fn from(v: MetricsCollection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_COLLECTION_TYPE.properties))
    }
}

/// Use this structure to launch multiple instance types and On-Demand Instances and Spot Instances within a single Auto Scaling group.
#[derive(Debug, Clone, PartialEq)]
pub struct MixedInstancesPolicy {
    props: ::forma_core::schema::Props,
}
impl MixedInstancesPolicy {
    /// A new value with its required properties: `LaunchTemplate`.
    pub fn new(launch_template: impl ::std::convert::Into<::forma_core::Value<LaunchTemplate>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, launch_template.into().into_expr());
        Self { props }
    }
    /// The instances distribution.
    pub fn instances_distribution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstancesDistribution>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MixedInstancesPolicy> for ::forma_core::Value<MixedInstancesPolicy> {
    fn from(v: MixedInstancesPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MIXED_INSTANCES_POLICY_TYPE.properties))
    }
}

/// A structure that specifies an Amazon SNS notification configuration for the `NotificationConfigurations` property of the [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationConfiguration {
    props: ::forma_core::schema::Props,
}
impl NotificationConfiguration {
    /// A new value with its required properties: `TopicARN`.
    pub fn new(topic_arn: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, topic_arn.into().into_expr());
        Self { props }
    }
    /// A list of event types that send a notification.
    pub fn notification_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NotificationConfiguration> for ::forma_core::Value<NotificationConfiguration> {
    fn from(v: NotificationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONFIGURATION_TYPE.properties))
    }
}

/// A structure that specifies a tag for the `Tags` property of [AWS::AutoScaling::AutoScalingGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct TagProperty {
    props: ::forma_core::schema::Props,
}
impl TagProperty {
    /// A new value with its required properties: `Key`, `PropagateAtLaunch`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        propagate_at_launch: impl ::std::convert::Into<::forma_core::Value<bool>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, propagate_at_launch.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TagProperty> for ::forma_core::Value<TagProperty> {
    fn from(v: TagProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_PROPERTY_TYPE.properties))
    }
}

/// Identifying information for a traffic source.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficSourceIdentifier {
    props: ::forma_core::schema::Props,
}
impl TrafficSourceIdentifier {
    /// A new value with its required properties: `Identifier`, `Type`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        props.set(1, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrafficSourceIdentifier> for ::forma_core::Value<TrafficSourceIdentifier> {
    fn from(v: TrafficSourceIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_SOURCE_IDENTIFIER_TYPE.properties))
    }
}

/// The target for the Capacity Reservation.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservationTarget {
    props: ::forma_core::schema::Props,
}
impl CapacityReservationTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Capacity Reservation IDs to launch instances into.
    pub fn capacity_reservation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The resource group ARNs of the Capacity Reservation to launch instances into.
    pub fn capacity_reservation_resource_group_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityReservationTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityReservationTarget> for ::forma_core::Value<CapacityReservationTarget> {
    fn from(v: CapacityReservationTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_RESERVATION_TARGET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `retain`, `terminate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TerminateHookAbandon {
    /// `retain`
    Retain,
    /// `terminate`
    Terminate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TerminateHookAbandon {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retain => "retain",
            Self::Terminate => "terminate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["retain", "terminate"]
    }
}
impl ::std::convert::From<TerminateHookAbandon> for ::forma_core::Value<TerminateHookAbandon> {
    fn from(v: TerminateHookAbandon) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TerminateHookAbandon {}

/// Defines the specific triggers that cause instances to be retained in a Retained state rather than terminated.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionTriggers {
    props: ::forma_core::schema::Props,
}
impl RetentionTriggers {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the action when a termination lifecycle hook is abandoned due to failure, timeout, or explicit abandonment (calling CompleteLifecycleAction).
    pub fn terminate_hook_abandon(mut self, value: impl ::forma_core::schema::EnumArg<TerminateHookAbandon>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RetentionTriggers {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionTriggers> for ::forma_core::Value<RetentionTriggers> {
    fn from(v: RetentionTriggers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_TRIGGERS_TYPE.properties))
    }
}

/// Use this structure to specify the distribution of On-Demand Instances and Spot Instances and the allocation strategies used to fulfill On-Demand and Spot capacities for a mixed instances policy.
#[derive(Debug, Clone, PartialEq)]
pub struct InstancesDistribution {
    props: ::forma_core::schema::Props,
}
impl InstancesDistribution {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Distribution Segments configuration.
    pub fn distribution_segments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DistributionSegment>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The allocation strategy to apply to your On-Demand Instances when they are launched.
    pub fn on_demand_allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum amount of the Auto Scaling group's capacity that must be fulfilled by On-Demand Instances.
    pub fn on_demand_base_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Controls the percentages of On-Demand Instances and Spot Instances for your additional capacity beyond `OnDemandBaseCapacity`.
    pub fn on_demand_percentage_above_base_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The allocation strategy to apply to your Spot Instances when they are launched.
    pub fn spot_allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The number of Spot Instance pools across which to allocate your Spot Instances.
    pub fn spot_instance_pools(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The maximum price per unit hour that you are willing to pay for a Spot Instance.
    ///
    /// Allowed: length 0 to 255.
    pub fn spot_max_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstancesDistribution {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstancesDistribution> for ::forma_core::Value<InstancesDistribution> {
    fn from(v: InstancesDistribution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCES_DISTRIBUTION_TYPE.properties))
    }
}

/// Use this structure to specify the launch templates and instance types (overrides) for a mixed instances policy.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplate {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplate {
    /// A new value with its required properties: `LaunchTemplateSpecification`.
    pub fn new(
        launch_template_specification: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSpecification>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, launch_template_specification.into().into_expr());
        Self { props }
    }
    /// Any properties that you specify override the same properties in the launch template.
    pub fn overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchTemplateOverrides>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LaunchTemplate> for ::forma_core::Value<LaunchTemplate> {
    fn from(v: LaunchTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `on-demand-capacity-reservation`, `capacity-block`, `interruptible-capacity-reservation`, `on-demand`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetCapacityTypes {
    /// `on-demand-capacity-reservation`
    OnDemandCapacityReservation,
    /// `capacity-block`
    CapacityBlock,
    /// `interruptible-capacity-reservation`
    InterruptibleCapacityReservation,
    /// `on-demand`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetCapacityTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemandCapacityReservation => "on-demand-capacity-reservation",
            Self::CapacityBlock => "capacity-block",
            Self::InterruptibleCapacityReservation => "interruptible-capacity-reservation",
            Self::OnDemand => "on-demand",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on-demand-capacity-reservation", "capacity-block", "interruptible-capacity-reservation", "on-demand"]
    }
}
impl ::std::convert::From<TargetCapacityTypes> for ::forma_core::Value<TargetCapacityTypes> {
    fn from(v: TargetCapacityTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetCapacityTypes {}

/// Use this structure to specify the capacity types that Amazon EC2 Auto Scaling prioritizes when it launches instances.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionSegment {
    props: ::forma_core::schema::Props,
}
impl DistributionSegment {
    /// A new value with its required properties: `TargetCapacityTypes`.
    pub fn new(
        target_capacity_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetCapacityTypes>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_capacity_types.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DistributionSegment> for ::forma_core::Value<DistributionSegment> {
    fn from(v: DistributionSegment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISTRIBUTION_SEGMENT_TYPE.properties))
    }
}

/// Use this structure to let Amazon EC2 Auto Scaling do the following when the Auto Scaling group has a mixed instances policy: + Override the instance type that is specified in the launch template.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateOverrides {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the Amazon Machine Image (AMI) to use for instances launched with this override.
    ///
    /// Allowed: length 5 to 21.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The instance requirements.
    pub fn instance_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRequirements>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The instance type, such as `m3.xlarge`.
    ///
    /// Allowed: length 1 to 255.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Provides a launch template for the specified instance type or set of instance requirements.
    pub fn launch_template_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// If you provide a list of instance types to use, you can specify the number of capacity units provided by each instance type in terms of virtual CPUs, memory, storage, throughput, or other relative performance characteristic.
    ///
    /// Allowed: length 1 to 32.
    pub fn weighted_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateOverrides> for ::forma_core::Value<LaunchTemplateOverrides> {
    fn from(v: LaunchTemplateOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_OVERRIDES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `amazon-web-services`, `amd`, `nvidia`, `xilinx`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorManufacturers {
    /// `amazon-web-services`
    AmazonWebServices,
    /// `amd`
    Amd,
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
            Self::Nvidia => "nvidia",
            Self::Xilinx => "xilinx",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["amazon-web-services", "amd", "nvidia", "xilinx"]
    }
}
impl ::std::convert::From<AcceleratorManufacturers> for ::forma_core::Value<AcceleratorManufacturers> {
    fn from(v: AcceleratorManufacturers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorManufacturers {}

/// The values CloudFormation documents: `a100`, `k80`, `m60`, `radeon-pro-v520`, `t4`, `v100`, `vu9p`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorNames {
    /// `a100`
    A100,
    /// `k80`
    K80,
    /// `m60`
    M60,
    /// `radeon-pro-v520`
    RadeonProV520,
    /// `t4`
    T4,
    /// `v100`
    V100,
    /// `vu9p`
    Vu9P,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorNames {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A100 => "a100",
            Self::K80 => "k80",
            Self::M60 => "m60",
            Self::RadeonProV520 => "radeon-pro-v520",
            Self::T4 => "t4",
            Self::V100 => "v100",
            Self::Vu9P => "vu9p",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["a100", "k80", "m60", "radeon-pro-v520", "t4", "v100", "vu9p"]
    }
}
impl ::std::convert::From<AcceleratorNames> for ::forma_core::Value<AcceleratorNames> {
    fn from(v: AcceleratorNames) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorNames {}

/// The values CloudFormation documents: `fpga`, `gpu`, `inference`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorTypes {
    /// `fpga`
    Fpga,
    /// `gpu`
    Gpu,
    /// `inference`
    Inference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fpga => "fpga",
            Self::Gpu => "gpu",
            Self::Inference => "inference",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["fpga", "gpu", "inference"]
    }
}
impl ::std::convert::From<AcceleratorTypes> for ::forma_core::Value<AcceleratorTypes> {
    fn from(v: AcceleratorTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorTypes {}

/// The values CloudFormation documents: `excluded`, `included`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BareMetal {
    /// `excluded`
    Excluded,
    /// `included`
    Included,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BareMetal {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excluded => "excluded",
            Self::Included => "included",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["excluded", "included", "required"]
    }
}
impl ::std::convert::From<BareMetal> for ::forma_core::Value<BareMetal> {
    fn from(v: BareMetal) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BareMetal {}

/// The values CloudFormation documents: `excluded`, `included`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BurstablePerformance {
    /// `excluded`
    Excluded,
    /// `included`
    Included,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BurstablePerformance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excluded => "excluded",
            Self::Included => "included",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["excluded", "included", "required"]
    }
}
impl ::std::convert::From<BurstablePerformance> for ::forma_core::Value<BurstablePerformance> {
    fn from(v: BurstablePerformance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BurstablePerformance {}

/// The values CloudFormation documents: `amazon-web-services`, `amd`, `apple`, `intel`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuManufacturers {
    /// `amazon-web-services`
    AmazonWebServices,
    /// `amd`
    Amd,
    /// `apple`
    Apple,
    /// `intel`
    Intel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CpuManufacturers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonWebServices => "amazon-web-services",
            Self::Amd => "amd",
            Self::Apple => "apple",
            Self::Intel => "intel",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["amazon-web-services", "amd", "apple", "intel"]
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

/// The values CloudFormation documents: `excluded`, `included`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorage {
    /// `excluded`
    Excluded,
    /// `included`
    Included,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalStorage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Excluded => "excluded",
            Self::Included => "included",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["excluded", "included", "required"]
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

/// The attributes for the instance types for a mixed instances policy.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRequirements {
    props: ::forma_core::schema::Props,
}
impl InstanceRequirements {
    /// A new value with its required properties: `MemoryMiB`, `VCpuCount`.
    pub fn new(
        memory_mi_b: impl ::std::convert::Into<::forma_core::Value<MemoryMiBRequest>>,
        v_cpu_count: impl ::std::convert::Into<::forma_core::Value<VCpuCountRequest>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(17, memory_mi_b.into().into_expr());
        props.set(24, v_cpu_count.into().into_expr());
        Self { props }
    }
    /// The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) for an instance type.
    pub fn accelerator_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorCountRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether instance types must have accelerators by specific manufacturers.
    pub fn accelerator_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorManufacturers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Lists the accelerators that must be on an instance type.
    pub fn accelerator_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorNames>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The minimum and maximum total memory size for the accelerators on an instance type, in MiB.
    pub fn accelerator_total_memory_mi_b(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorTotalMemoryMiBRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Lists the accelerator types that must be on an instance type.
    pub fn accelerator_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorTypes>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The instance types to apply your specified attributes against.
    pub fn allowed_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Indicates whether bare metal instance types are included, excluded, or required.
    pub fn bare_metal(mut self, value: impl ::forma_core::schema::EnumArg<BareMetal>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// The minimum and maximum baseline bandwidth performance for an instance type, in Mbps.
    pub fn baseline_ebs_bandwidth_mbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselineEbsBandwidthMbpsRequest>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The baseline performance factors for the instance requirements.
    pub fn baseline_performance_factors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BaselinePerformanceFactorsRequest>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Indicates whether burstable performance instance types are included, excluded, or required.
    pub fn burstable_performance(mut self, value: impl ::forma_core::schema::EnumArg<BurstablePerformance>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// Lists which specific CPU manufacturers to include.
    pub fn cpu_manufacturers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CpuManufacturers>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The instance types to exclude.
    pub fn excluded_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Indicates whether current or previous generation instance types are included.
    pub fn instance_generations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceGenerations>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Indicates whether instance types with instance store volumes are included, excluded, or required.
    pub fn local_storage(mut self, value: impl ::forma_core::schema::EnumArg<LocalStorage>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// Indicates the type of local storage that is required.
    pub fn local_storage_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalStorageTypes>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// [Price protection] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price.
    ///
    /// Allowed: at least 0.
    pub fn max_spot_price_as_percentage_of_optimal_on_demand_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of memory per vCPU for an instance type, in GiB.
    pub fn memory_gi_b_per_v_cpu(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryGiBPerVCpuRequest>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps).
    pub fn network_bandwidth_gbps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkBandwidthGbpsRequest>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The minimum and maximum number of network interfaces for an instance type.
    pub fn network_interface_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkInterfaceCountRequest>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// [Price protection] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price.
    ///
    /// Allowed: at least 0.
    pub fn on_demand_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// Indicates whether instance types must provide On-Demand Instance hibernation support.
    pub fn require_hibernate_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// [Price protection] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price.
    ///
    /// Allowed: at least 0.
    pub fn spot_max_price_percentage_over_lowest_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The minimum and maximum total local storage size for an instance type, in GB.
    pub fn total_local_storage_gb(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TotalLocalStorageGbRequest>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceRequirements> for ::forma_core::Value<InstanceRequirements> {
    fn from(v: InstanceRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REQUIREMENTS_TYPE.properties))
    }
}

/// `AcceleratorCountRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum number of accelerators for an instance type.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorCountRequest {
    props: ::forma_core::schema::Props,
}
impl AcceleratorCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum value.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum value.
    ///
    /// Allowed: at least 0.
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

/// `AcceleratorTotalMemoryMiBRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum total memory size for the accelerators for an instance type, in MiB.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorTotalMemoryMiBRequest {
    props: ::forma_core::schema::Props,
}
impl AcceleratorTotalMemoryMiBRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The memory maximum in MiB.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The memory minimum in MiB.
    ///
    /// Allowed: at least 0.
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

/// `BaselineEbsBandwidthMbpsRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum baseline bandwidth performance for an instance type, in Mbps.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselineEbsBandwidthMbpsRequest {
    props: ::forma_core::schema::Props,
}
impl BaselineEbsBandwidthMbpsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum value in Mbps.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum value in Mbps.
    ///
    /// Allowed: at least 0.
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

/// The baseline performance to consider, using an instance family as a baseline reference.
#[derive(Debug, Clone, PartialEq)]
pub struct BaselinePerformanceFactorsRequest {
    props: ::forma_core::schema::Props,
}
impl BaselinePerformanceFactorsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CPU performance to consider, using an instance family as the baseline reference.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<CpuPerformanceFactorRequest>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BaselinePerformanceFactorsRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BaselinePerformanceFactorsRequest>
    for ::forma_core::Value<BaselinePerformanceFactorsRequest>
{
    fn from(v: BaselinePerformanceFactorsRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASELINE_PERFORMANCE_FACTORS_REQUEST_TYPE.properties))
    }
}

/// `MemoryGiBPerVCpuRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum amount of memory per vCPU for an instance type, in GiB.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryGiBPerVCpuRequest {
    props: ::forma_core::schema::Props,
}
impl MemoryGiBPerVCpuRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The memory maximum in GiB.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The memory minimum in GiB.
    ///
    /// Allowed: at least 0.
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

/// `MemoryMiBRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum instance memory size for an instance type, in MiB.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryMiBRequest {
    props: ::forma_core::schema::Props,
}
impl MemoryMiBRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The memory maximum in MiB.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The memory minimum in MiB.
    ///
    /// Allowed: at least 0.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryMiBRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryMiBRequest> for ::forma_core::Value<MemoryMiBRequest> {
    fn from(v: MemoryMiBRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_MI_B_REQUEST_TYPE.properties))
    }
}

/// `NetworkBandwidthGbpsRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum network bandwidth for an instance type, in Gbps.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBandwidthGbpsRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkBandwidthGbpsRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of network bandwidth, in gigabits per second (Gbps).
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum amount of network bandwidth, in gigabits per second (Gbps).
    ///
    /// Allowed: at least 0.
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

/// `NetworkInterfaceCountRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum number of network interfaces for an instance type.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceCountRequest {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of network interfaces.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of network interfaces.
    ///
    /// Allowed: at least 0.
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

/// `TotalLocalStorageGBRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum total local storage size for an instance type, in GB.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalLocalStorageGbRequest {
    props: ::forma_core::schema::Props,
}
impl TotalLocalStorageGbRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The storage maximum in GB.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The storage minimum in GB.
    ///
    /// Allowed: at least 0.
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

/// `VCpuCountRequest` is a property of the `InstanceRequirements` property of the [AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html) property type that describes the minimum and maximum number of vCPUs for an instance type.
#[derive(Debug, Clone, PartialEq)]
pub struct VCpuCountRequest {
    props: ::forma_core::schema::Props,
}
impl VCpuCountRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of vCPUs.
    ///
    /// Allowed: at least 0.
    pub fn max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of vCPUs.
    ///
    /// Allowed: at least 0.
    pub fn min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VCpuCountRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VCpuCountRequest> for ::forma_core::Value<VCpuCountRequest> {
    fn from(v: VCpuCountRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(V_CPU_COUNT_REQUEST_TYPE.properties))
    }
}

/// The CPU performance to consider, using an instance family as the baseline reference.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuPerformanceFactorRequest {
    props: ::forma_core::schema::Props,
}
impl CpuPerformanceFactorRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify an instance family to use as the baseline reference for CPU performance.
    pub fn references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PerformanceFactorReferenceRequest>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CpuPerformanceFactorRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CpuPerformanceFactorRequest> for ::forma_core::Value<CpuPerformanceFactorRequest> {
    fn from(v: CpuPerformanceFactorRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_PERFORMANCE_FACTOR_REQUEST_TYPE.properties))
    }
}

/// Specify an instance family to use as the baseline reference for CPU performance.
#[derive(Debug, Clone, PartialEq)]
pub struct PerformanceFactorReferenceRequest {
    props: ::forma_core::schema::Props,
}
impl PerformanceFactorReferenceRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The instance family to use as a baseline reference.
    pub fn instance_family(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PerformanceFactorReferenceRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PerformanceFactorReferenceRequest>
    for ::forma_core::Value<PerformanceFactorReferenceRequest>
{
    fn from(v: PerformanceFactorReferenceRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE.properties))
    }
}

/// The schema of `AWS::AutoScaling::AutoScalingGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AutoScaling::AutoScalingGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneDistribution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AVAILABILITY_ZONE_DISTRIBUTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneImpairmentPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AVAILABILITY_ZONE_IMPAIRMENT_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CapacityRebalance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Context",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Cooldown",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultInstanceWarmup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "prevent-all-deletion", "prevent-force-deletion"]),
        },
        ::forma_core::schema::Property {
            name: "DesiredCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DesiredCapacityType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckGracePeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(EBS|EC2|ELB|VPC_LATTICE)(,(EBS|EC2|ELB|VPC_LATTICE))*,?$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceLifecyclePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_LIFECYCLE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceMaintenancePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_MAINTENANCE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LaunchConfigurationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleHookSpecificationList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LIFECYCLE_HOOK_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxInstanceLifetime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricsCollection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRICS_COLLECTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MixedInstancesPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MIXED_INSTANCES_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NewInstancesProtectedFromScaleIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotificationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotificationConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlacementGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceLinkedRoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "SkipZonalShiftValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupARNs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(511),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TerminationPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1600),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrafficSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRAFFIC_SOURCE_IDENTIFIER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VPCZoneIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["InstanceId"],
        &["LaunchConfigurationName"],
        &["LaunchTemplate"],
        &["MixedInstancesPolicy"],
    ])],
    attributes: &["AutoScalingGroupARN"],
};

static AVAILABILITY_ZONE_DISTRIBUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.AvailabilityZoneDistribution",
    properties: &[::forma_core::schema::Property {
        name: "CapacityDistributionStrategy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "balanced-best-effort",
            "balanced-only",
            "reservations-then-balanced",
        ]),
    }],
    rules: &[],
};

static AVAILABILITY_ZONE_IMPAIRMENT_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::AutoScalingGroup.AvailabilityZoneImpairmentPolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "ImpairedZoneHealthCheckBehavior",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["IgnoreUnhealthy", "ReplaceUnhealthy"]),
            },
            ::forma_core::schema::Property {
                name: "ZonalShiftEnabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static CAPACITY_RESERVATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::AutoScalingGroup.CapacityReservationSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "CapacityReservationPreference",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "capacity-reservations-first",
                    "capacity-reservations-only",
                    "default",
                    "none",
                ]),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationTarget",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CAPACITY_RESERVATION_TARGET_TYPE),
            },
        ],
        rules: &[],
    };

static INSTANCE_LIFECYCLE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.InstanceLifecyclePolicy",
    properties: &[::forma_core::schema::Property {
        name: "RetentionTriggers",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RETENTION_TRIGGERS_TYPE),
    }],
    rules: &[],
};

static INSTANCE_MAINTENANCE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.InstanceMaintenancePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxHealthyPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinHealthyPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::Requires("MaxHealthyPercentage", &["MinHealthyPercentage"]),
        ::forma_core::schema::Combination::Requires("MinHealthyPercentage", &["MaxHealthyPercentage"]),
    ],
};

static LAUNCH_TEMPLATE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.LaunchTemplateSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\(\\)\\.\\-/_]+$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["LaunchTemplateId"], &["LaunchTemplateName"]])],
};

static LIFECYCLE_HOOK_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.LifecycleHookSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultResult",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HeartbeatTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LifecycleHookName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\-_\\/]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LifecycleTransition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NotificationMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0009\\u000A\\u000D\\u0020-\\u007e]+$"),
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationTargetARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static METRICS_COLLECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.MetricsCollection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Granularity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
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

static MIXED_INSTANCES_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.MixedInstancesPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstancesDistribution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCES_DISTRIBUTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_TYPE),
        },
    ],
    rules: &[],
};

static NOTIFICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.NotificationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NotificationTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TAG_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.TagProperty",
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
            name: "PropagateAtLaunch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
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

static TRAFFIC_SOURCE_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.TrafficSourceIdentifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(511),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(511),
            }),
        },
    ],
    rules: &[],
};

static CAPACITY_RESERVATION_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.CapacityReservationTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityReservationIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9\\-_\\/]+$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationResourceGroupArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1600),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RETENTION_TRIGGERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.RetentionTriggers",
    properties: &[::forma_core::schema::Property {
        name: "TerminateHookAbandon",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["retain", "terminate"]),
    }],
    rules: &[],
};

static INSTANCES_DISTRIBUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.InstancesDistribution",
    properties: &[
        ::forma_core::schema::Property {
            name: "DistributionSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DISTRIBUTION_SEGMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnDemandAllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnDemandBaseCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OnDemandPercentageAboveBaseCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpotAllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpotInstancePools",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpotMaxPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.LaunchTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateSpecification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_OVERRIDES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DISTRIBUTION_SEGMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.DistributionSegment",
    properties: &[::forma_core::schema::Property {
        name: "TargetCapacityTypes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&[
                "on-demand-capacity-reservation",
                "capacity-block",
                "interruptible-capacity-reservation",
                "on-demand",
            ]),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static LAUNCH_TEMPLATE_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.LaunchTemplateOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ami-[a-z0-9]{1,17}$"),
                min_length: Some(5),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WeightedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};

static INSTANCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.InstanceRequirements",
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
                &::forma_core::schema::Shape::Enum(&["amazon-web-services", "amd", "nvidia", "xilinx"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AcceleratorNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["a100", "k80", "m60", "radeon-pro-v520", "t4", "v100", "vu9p"]),
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
                &::forma_core::schema::Shape::Enum(&["fpga", "gpu", "inference"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
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
            name: "BareMetal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["excluded", "included", "required"]),
        },
        ::forma_core::schema::Property {
            name: "BaselineEbsBandwidthMbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BaselinePerformanceFactors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASELINE_PERFORMANCE_FACTORS_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BurstablePerformance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["excluded", "included", "required"]),
        },
        ::forma_core::schema::Property {
            name: "CpuManufacturers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["amazon-web-services", "amd", "apple", "intel"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
            shape: ::forma_core::schema::Shape::Enum(&["excluded", "included", "required"]),
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
                minimum: Some(0.0),
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
                minimum: Some(0.0),
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
                minimum: Some(0.0),
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
            shape: ::forma_core::schema::Shape::Object(&V_CPU_COUNT_REQUEST_TYPE),
        },
    ],
    rules: &[],
};

static ACCELERATOR_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.AcceleratorCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static ACCELERATOR_TOTAL_MEMORY_MI_B_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::AutoScalingGroup.AcceleratorTotalMemoryMiBRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
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

static BASELINE_EBS_BANDWIDTH_MBPS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::AutoScalingGroup.BaselineEbsBandwidthMbpsRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
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

static BASELINE_PERFORMANCE_FACTORS_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::AutoScalingGroup.BaselinePerformanceFactorsRequest",
        properties: &[::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CPU_PERFORMANCE_FACTOR_REQUEST_TYPE),
        }],
        rules: &[],
    };

static MEMORY_GI_B_PER_V_CPU_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.MemoryGiBPerVCpuRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static MEMORY_MI_B_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.MemoryMiBRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static NETWORK_BANDWIDTH_GBPS_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.NetworkBandwidthGbpsRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static NETWORK_INTERFACE_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.NetworkInterfaceCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static TOTAL_LOCAL_STORAGE_GB_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.TotalLocalStorageGBRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static V_CPU_COUNT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.VCpuCountRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Max",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Min",
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

static CPU_PERFORMANCE_FACTOR_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::AutoScalingGroup.CpuPerformanceFactorRequest",
    properties: &[::forma_core::schema::Property {
        name: "References",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static PERFORMANCE_FACTOR_REFERENCE_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::AutoScalingGroup.PerformanceFactorReferenceRequest",
        properties: &[::forma_core::schema::Property {
            name: "InstanceFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
