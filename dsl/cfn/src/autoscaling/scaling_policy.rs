// @generated from AWS::AutoScaling::ScalingPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AutoScaling::ScalingPolicy` and its property types.

/// The AWS::AutoScaling::ScalingPolicy resource specifies an Amazon EC2 Auto Scaling scaling policy so that the Auto Scaling group can scale the number of instances available for your application.
///
/// CloudFormation type `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ScalingPolicy {
    /// A new resource with its required properties: `AutoScalingGroupName`.
    #[track_caller]
    pub fn new(auto_scaling_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, auto_scaling_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies how the scaling adjustment is interpreted.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn adjustment_type(mut self, value: impl ::forma_core::schema::EnumArg<AdjustmentType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The duration of the policy's cooldown period, in seconds.
    #[track_caller]
    pub fn cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The estimated time, in seconds, until a newly launched instance can contribute to the CloudWatch metrics.
    #[track_caller]
    pub fn estimated_instance_warmup(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The aggregation type for the CloudWatch metrics.
    ///
    /// Allowed: length 1 to 32.
    #[track_caller]
    pub fn metric_aggregation_type(mut self, value: impl ::forma_core::schema::EnumArg<MetricAggregationType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum value to scale by when the adjustment type is PercentChangeInCapacity.
    #[track_caller]
    pub fn min_adjustment_magnitude(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One of the following policy types: TargetTrackingScaling, StepScaling, SimpleScaling (default), PredictiveScaling
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn policy_type(mut self, value: impl ::forma_core::schema::EnumArg<PolicyType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A predictive scaling policy.
    #[track_caller]
    pub fn predictive_scaling_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount by which to scale, based on the specified adjustment type.
    #[track_caller]
    pub fn scaling_adjustment(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of adjustments that enable you to scale based on the size of the alarm breach.
    #[track_caller]
    pub fn step_adjustments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StepAdjustment>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A target tracking scaling policy.
    #[track_caller]
    pub fn target_tracking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetTrackingConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScalingPolicy {
    type Attributes = ScalingPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::AutoScaling::ScalingPolicy"
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
/// The attributes of a `AWS::AutoScaling::ScalingPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScalingPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScalingPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScalingPolicyAttributes {
    /// `Fn::GetAtt` `PolicyName`.
    pub fn policy_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyName")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ChangeInCapacity`, `ExactCapacity`, `PercentChangeInCapacity`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdjustmentType {
    /// `ChangeInCapacity`
    ChangeInCapacity,
    /// `ExactCapacity`
    ExactCapacity,
    /// `PercentChangeInCapacity`
    PercentChangeInCapacity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdjustmentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChangeInCapacity => "ChangeInCapacity",
            Self::ExactCapacity => "ExactCapacity",
            Self::PercentChangeInCapacity => "PercentChangeInCapacity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"]
    }
}
impl ::std::convert::From<AdjustmentType> for ::forma_core::Value<AdjustmentType> {
    fn from(v: AdjustmentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdjustmentType {}

/// The values CloudFormation documents: `Average`, `Maximum`, `Minimum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricAggregationType {
    /// `Average`
    Average,
    /// `Maximum`
    Maximum,
    /// `Minimum`
    Minimum,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricAggregationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Average => "Average",
            Self::Maximum => "Maximum",
            Self::Minimum => "Minimum",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Average", "Maximum", "Minimum"]
    }
}
impl ::std::convert::From<MetricAggregationType> for ::forma_core::Value<MetricAggregationType> {
    fn from(v: MetricAggregationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricAggregationType {}

/// The values CloudFormation documents: `PredictiveScaling`, `SimpleScaling`, `StepScaling`, `TargetTrackingScaling`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `PredictiveScaling`
    PredictiveScaling,
    /// `SimpleScaling`
    SimpleScaling,
    /// `StepScaling`
    StepScaling,
    /// `TargetTrackingScaling`
    TargetTrackingScaling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PredictiveScaling => "PredictiveScaling",
            Self::SimpleScaling => "SimpleScaling",
            Self::StepScaling => "StepScaling",
            Self::TargetTrackingScaling => "TargetTrackingScaling",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PredictiveScaling", "SimpleScaling", "StepScaling", "TargetTrackingScaling"]
    }
}
impl ::std::convert::From<PolicyType> for ::forma_core::Value<PolicyType> {
    fn from(v: PolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyType {}

/// The values CloudFormation documents: `HonorMaxCapacity`, `IncreaseMaxCapacity`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaxCapacityBreachBehavior {
    /// `HonorMaxCapacity`
    HonorMaxCapacity,
    /// `IncreaseMaxCapacity`
    IncreaseMaxCapacity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaxCapacityBreachBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HonorMaxCapacity => "HonorMaxCapacity",
            Self::IncreaseMaxCapacity => "IncreaseMaxCapacity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HonorMaxCapacity", "IncreaseMaxCapacity"]
    }
}
impl ::std::convert::From<MaxCapacityBreachBehavior> for ::forma_core::Value<MaxCapacityBreachBehavior> {
    fn from(v: MaxCapacityBreachBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaxCapacityBreachBehavior {}

/// The values CloudFormation documents: `ForecastAndScale`, `ForecastOnly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `ForecastAndScale`
    ForecastAndScale,
    /// `ForecastOnly`
    ForecastOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ForecastAndScale => "ForecastAndScale",
            Self::ForecastOnly => "ForecastOnly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ForecastAndScale", "ForecastOnly"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The `PredictiveScalingConfiguration` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingConfiguration {
    /// A new value with its required properties: `MetricSpecifications`.
    pub fn new(
        metric_specifications: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<PredictiveScalingMetricSpecification>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, metric_specifications.into().into_expr());
        Self { props }
    }
    /// `MaxCapacityBreachBehavior`.
    pub fn max_capacity_breach_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MaxCapacityBreachBehavior>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `MaxCapacityBuffer`.
    ///
    /// Allowed: 0 to 100.
    pub fn max_capacity_buffer(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Mode`.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `SchedulingBufferTime`.
    ///
    /// Allowed: at least 0.
    pub fn scheduling_buffer_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveScalingConfiguration> for ::forma_core::Value<PredictiveScalingConfiguration> {
    fn from(v: PredictiveScalingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_CONFIGURATION_TYPE.properties))
    }
}

/// The `StepAdjustment` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StepAdjustment {
    props: ::forma_core::schema::Props,
}
impl StepAdjustment {
    /// A new value with its required properties: `ScalingAdjustment`.
    pub fn new(scaling_adjustment: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, scaling_adjustment.into().into_expr());
        Self { props }
    }
    /// `MetricIntervalLowerBound`.
    pub fn metric_interval_lower_bound(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MetricIntervalUpperBound`.
    pub fn metric_interval_upper_bound(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StepAdjustment> for ::forma_core::Value<StepAdjustment> {
    fn from(v: StepAdjustment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STEP_ADJUSTMENT_TYPE.properties))
    }
}

/// The `TargetTrackingConfiguration` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, target_value.into().into_expr());
        Self { props }
    }
    /// `CustomizedMetricSpecification`.
    pub fn customized_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomizedMetricSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DisableScaleIn`.
    pub fn disable_scale_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PredefinedMetricSpecification`.
    pub fn predefined_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredefinedMetricSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetTrackingConfiguration> for ::forma_core::Value<TargetTrackingConfiguration> {
    fn from(v: TargetTrackingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_CONFIGURATION_TYPE.properties))
    }
}

/// The `PredictiveScalingMetricSpecification` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingMetricSpecification {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, target_value.into().into_expr());
        Self { props }
    }
    /// `CustomizedCapacityMetricSpecification`.
    pub fn customized_capacity_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingCustomizedCapacityMetric>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomizedLoadMetricSpecification`.
    pub fn customized_load_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingCustomizedLoadMetric>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomizedScalingMetricSpecification`.
    pub fn customized_scaling_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingCustomizedScalingMetric>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PredefinedLoadMetricSpecification`.
    pub fn predefined_load_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingPredefinedLoadMetric>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PredefinedMetricPairSpecification`.
    pub fn predefined_metric_pair_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingPredefinedMetricPair>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PredefinedScalingMetricSpecification`.
    pub fn predefined_scaling_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingPredefinedScalingMetric>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveScalingMetricSpecification>
    for ::forma_core::Value<PredictiveScalingMetricSpecification>
{
    fn from(v: PredictiveScalingMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Average`, `Maximum`, `Minimum`, `SampleCount`, `Sum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Statistic {
    /// `Average`
    Average,
    /// `Maximum`
    Maximum,
    /// `Minimum`
    Minimum,
    /// `SampleCount`
    SampleCount,
    /// `Sum`
    Sum,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Statistic {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Average => "Average",
            Self::Maximum => "Maximum",
            Self::Minimum => "Minimum",
            Self::SampleCount => "SampleCount",
            Self::Sum => "Sum",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Average", "Maximum", "Minimum", "SampleCount", "Sum"]
    }
}
impl ::std::convert::From<Statistic> for ::forma_core::Value<Statistic> {
    fn from(v: Statistic) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Statistic {}

/// The `CustomizedMetricSpecification` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomizedMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl CustomizedMetricSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MetricName`.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Metrics`.
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetTrackingMetricDataQuery>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Namespace`.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Period`.
    ///
    /// Allowed: at least 1.
    pub fn period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Statistic`.
    pub fn statistic(mut self, value: impl ::forma_core::schema::EnumArg<Statistic>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `Unit`.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomizedMetricSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomizedMetricSpecification> for ::forma_core::Value<CustomizedMetricSpecification> {
    fn from(v: CustomizedMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMIZED_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALBRequestCountPerTarget`, `ASGAverageCPUUtilization`, `ASGAverageNetworkIn`, `ASGAverageNetworkOut`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredefinedMetricType {
    /// `ALBRequestCountPerTarget`
    AlbRequestCountPerTarget,
    /// `ASGAverageCPUUtilization`
    AsgAverageCpuUtilization,
    /// `ASGAverageNetworkIn`
    AsgAverageNetworkIn,
    /// `ASGAverageNetworkOut`
    AsgAverageNetworkOut,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredefinedMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlbRequestCountPerTarget => "ALBRequestCountPerTarget",
            Self::AsgAverageCpuUtilization => "ASGAverageCPUUtilization",
            Self::AsgAverageNetworkIn => "ASGAverageNetworkIn",
            Self::AsgAverageNetworkOut => "ASGAverageNetworkOut",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALBRequestCountPerTarget", "ASGAverageCPUUtilization", "ASGAverageNetworkIn", "ASGAverageNetworkOut"]
    }
}
impl ::std::convert::From<PredefinedMetricType> for ::forma_core::Value<PredefinedMetricType> {
    fn from(v: PredefinedMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredefinedMetricType {}

/// The `PredefinedMetricSpecification` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredefinedMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl PredefinedMetricSpecification {
    /// A new value with its required properties: `PredefinedMetricType`.
    pub fn new(predefined_metric_type: impl ::forma_core::schema::EnumArg<PredefinedMetricType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_metric_type.into_enum_expr());
        Self { props }
    }
    /// `ResourceLabel`.
    ///
    /// Allowed: length 1 to 1023.
    pub fn resource_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredefinedMetricSpecification> for ::forma_core::Value<PredefinedMetricSpecification> {
    fn from(v: PredefinedMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDEFINED_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The `PredictiveScalingCustomizedCapacityMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingCustomizedCapacityMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingCustomizedCapacityMetric {
    /// A new value with its required properties: `MetricDataQueries`.
    pub fn new(
        metric_data_queries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_data_queries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PredictiveScalingCustomizedCapacityMetric>
    for ::forma_core::Value<PredictiveScalingCustomizedCapacityMetric>
{
    fn from(v: PredictiveScalingCustomizedCapacityMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_CUSTOMIZED_CAPACITY_METRIC_TYPE.properties))
    }
}

/// The `PredictiveScalingCustomizedLoadMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingCustomizedLoadMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingCustomizedLoadMetric {
    /// A new value with its required properties: `MetricDataQueries`.
    pub fn new(
        metric_data_queries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_data_queries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PredictiveScalingCustomizedLoadMetric>
    for ::forma_core::Value<PredictiveScalingCustomizedLoadMetric>
{
    fn from(v: PredictiveScalingCustomizedLoadMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_CUSTOMIZED_LOAD_METRIC_TYPE.properties))
    }
}

/// The `PredictiveScalingCustomizedScalingMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingCustomizedScalingMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingCustomizedScalingMetric {
    /// A new value with its required properties: `MetricDataQueries`.
    pub fn new(
        metric_data_queries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_data_queries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PredictiveScalingCustomizedScalingMetric>
    for ::forma_core::Value<PredictiveScalingCustomizedScalingMetric>
{
    fn from(v: PredictiveScalingCustomizedScalingMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_CUSTOMIZED_SCALING_METRIC_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALBTargetGroupRequestCount`, `ASGTotalCPUUtilization`, `ASGTotalNetworkIn`, `ASGTotalNetworkOut`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredictiveScalingPredefinedLoadMetricPredefinedMetricType {
    /// `ALBTargetGroupRequestCount`
    AlbTargetGroupRequestCount,
    /// `ASGTotalCPUUtilization`
    AsgTotalCpuUtilization,
    /// `ASGTotalNetworkIn`
    AsgTotalNetworkIn,
    /// `ASGTotalNetworkOut`
    AsgTotalNetworkOut,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredictiveScalingPredefinedLoadMetricPredefinedMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlbTargetGroupRequestCount => "ALBTargetGroupRequestCount",
            Self::AsgTotalCpuUtilization => "ASGTotalCPUUtilization",
            Self::AsgTotalNetworkIn => "ASGTotalNetworkIn",
            Self::AsgTotalNetworkOut => "ASGTotalNetworkOut",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALBTargetGroupRequestCount", "ASGTotalCPUUtilization", "ASGTotalNetworkIn", "ASGTotalNetworkOut"]
    }
}
impl ::std::convert::From<PredictiveScalingPredefinedLoadMetricPredefinedMetricType>
    for ::forma_core::Value<PredictiveScalingPredefinedLoadMetricPredefinedMetricType>
{
    fn from(v: PredictiveScalingPredefinedLoadMetricPredefinedMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredictiveScalingPredefinedLoadMetricPredefinedMetricType {}

/// The `PredictiveScalingPredefinedLoadMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingPredefinedLoadMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingPredefinedLoadMetric {
    /// A new value with its required properties: `PredefinedMetricType`.
    pub fn new(
        predefined_metric_type: impl ::forma_core::schema::EnumArg<
            PredictiveScalingPredefinedLoadMetricPredefinedMetricType,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_metric_type.into_enum_expr());
        Self { props }
    }
    /// `ResourceLabel`.
    ///
    /// Allowed: length 1 to 1023.
    pub fn resource_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveScalingPredefinedLoadMetric>
    for ::forma_core::Value<PredictiveScalingPredefinedLoadMetric>
{
    fn from(v: PredictiveScalingPredefinedLoadMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_PREDEFINED_LOAD_METRIC_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALBRequestCount`, `ASGCPUUtilization`, `ASGNetworkIn`, `ASGNetworkOut`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredictiveScalingPredefinedMetricPairPredefinedMetricType {
    /// `ALBRequestCount`
    AlbRequestCount,
    /// `ASGCPUUtilization`
    AsgcpuUtilization,
    /// `ASGNetworkIn`
    AsgNetworkIn,
    /// `ASGNetworkOut`
    AsgNetworkOut,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredictiveScalingPredefinedMetricPairPredefinedMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlbRequestCount => "ALBRequestCount",
            Self::AsgcpuUtilization => "ASGCPUUtilization",
            Self::AsgNetworkIn => "ASGNetworkIn",
            Self::AsgNetworkOut => "ASGNetworkOut",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALBRequestCount", "ASGCPUUtilization", "ASGNetworkIn", "ASGNetworkOut"]
    }
}
impl ::std::convert::From<PredictiveScalingPredefinedMetricPairPredefinedMetricType>
    for ::forma_core::Value<PredictiveScalingPredefinedMetricPairPredefinedMetricType>
{
    fn from(v: PredictiveScalingPredefinedMetricPairPredefinedMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredictiveScalingPredefinedMetricPairPredefinedMetricType {}

/// The `PredictiveScalingPredefinedMetricPair` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingPredefinedMetricPair {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingPredefinedMetricPair {
    /// A new value with its required properties: `PredefinedMetricType`.
    pub fn new(
        predefined_metric_type: impl ::forma_core::schema::EnumArg<
            PredictiveScalingPredefinedMetricPairPredefinedMetricType,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_metric_type.into_enum_expr());
        Self { props }
    }
    /// `ResourceLabel`.
    ///
    /// Allowed: length 1 to 1023.
    pub fn resource_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveScalingPredefinedMetricPair>
    for ::forma_core::Value<PredictiveScalingPredefinedMetricPair>
{
    fn from(v: PredictiveScalingPredefinedMetricPair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_PREDEFINED_METRIC_PAIR_TYPE.properties))
    }
}

/// The `PredictiveScalingPredefinedScalingMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingPredefinedScalingMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingPredefinedScalingMetric {
    /// A new value with its required properties: `PredefinedMetricType`.
    pub fn new(predefined_metric_type: impl ::forma_core::schema::EnumArg<PredefinedMetricType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_metric_type.into_enum_expr());
        Self { props }
    }
    /// `ResourceLabel`.
    ///
    /// Allowed: length 1 to 1023.
    pub fn resource_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveScalingPredefinedScalingMetric>
    for ::forma_core::Value<PredictiveScalingPredefinedScalingMetric>
{
    fn from(v: PredictiveScalingPredefinedScalingMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_PREDEFINED_SCALING_METRIC_TYPE.properties))
    }
}

/// The `MetricDimension` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDimension {
    props: ::forma_core::schema::Props,
}
impl MetricDimension {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricDimension> for ::forma_core::Value<MetricDimension> {
    fn from(v: MetricDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DIMENSION_TYPE.properties))
    }
}

/// The `TargetTrackingMetricDataQuery` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingMetricDataQuery {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingMetricDataQuery {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        Self { props }
    }
    /// `Expression`.
    ///
    /// Allowed: length 1 to 2047.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Label`.
    ///
    /// Allowed: length 0 to 2047.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MetricStat`.
    pub fn metric_stat(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetTrackingMetricStat>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Period`.
    ///
    /// Allowed: at least 1.
    pub fn period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ReturnData`.
    pub fn return_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetTrackingMetricDataQuery> for ::forma_core::Value<TargetTrackingMetricDataQuery> {
    fn from(v: TargetTrackingMetricDataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_METRIC_DATA_QUERY_TYPE.properties))
    }
}

/// The `MetricDataQuery` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDataQuery {
    props: ::forma_core::schema::Props,
}
impl MetricDataQuery {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        Self { props }
    }
    /// `Expression`.
    ///
    /// Allowed: length 1 to 1023.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Label`.
    ///
    /// Allowed: length 0 to 2047.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MetricStat`.
    pub fn metric_stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricStat>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ReturnData`.
    pub fn return_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricDataQuery> for ::forma_core::Value<MetricDataQuery> {
    fn from(v: MetricDataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DATA_QUERY_TYPE.properties))
    }
}

/// The `TargetTrackingMetricStat` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingMetricStat {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingMetricStat {
    /// A new value with its required properties: `Metric`, `Stat`.
    pub fn new(
        metric: impl ::std::convert::Into<::forma_core::Value<Metric>>,
        stat: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric.into().into_expr());
        props.set(2, stat.into().into_expr());
        Self { props }
    }
    /// `Period`.
    ///
    /// Allowed: at least 1.
    pub fn period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Unit`.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetTrackingMetricStat> for ::forma_core::Value<TargetTrackingMetricStat> {
    fn from(v: TargetTrackingMetricStat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_METRIC_STAT_TYPE.properties))
    }
}

/// The `MetricStat` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricStat {
    props: ::forma_core::schema::Props,
}
impl MetricStat {
    /// A new value with its required properties: `Metric`, `Stat`.
    pub fn new(
        metric: impl ::std::convert::Into<::forma_core::Value<Metric>>,
        stat: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric.into().into_expr());
        props.set(1, stat.into().into_expr());
        Self { props }
    }
    /// `Unit`.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricStat> for ::forma_core::Value<MetricStat> {
    fn from(v: MetricStat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_STAT_TYPE.properties))
    }
}

/// The `Metric` property type of `AWS::AutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    props: ::forma_core::schema::Props,
}
impl Metric {
    /// A new value with its required properties: `MetricName`, `Namespace`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric_name.into().into_expr());
        props.set(2, namespace.into().into_expr());
        Self { props }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Metric> for ::forma_core::Value<Metric> {
    fn from(v: Metric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_TYPE.properties))
    }
}

/// The schema of `AWS::AutoScaling::ScalingPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AutoScaling::ScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdjustmentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"]),
        },
        ::forma_core::schema::Property {
            name: "AutoScalingGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Cooldown",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EstimatedInstanceWarmup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricAggregationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Average", "Maximum", "Minimum"]),
        },
        ::forma_core::schema::Property {
            name: "MinAdjustmentMagnitude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PredictiveScaling",
                "SimpleScaling",
                "StepScaling",
                "TargetTrackingScaling",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PredictiveScalingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScalingAdjustment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StepAdjustments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STEP_ADJUSTMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetTrackingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["PolicyName", "Arn"],
};

static PREDICTIVE_SCALING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacityBreachBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HonorMaxCapacity", "IncreaseMaxCapacity"]),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacityBuffer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricSpecifications",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ForecastAndScale", "ForecastOnly"]),
        },
        ::forma_core::schema::Property {
            name: "SchedulingBufferTime",
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

static STEP_ADJUSTMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.StepAdjustment",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricIntervalLowerBound",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricIntervalUpperBound",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
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

static TARGET_TRACKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.TargetTrackingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomizedMetricSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMIZED_METRIC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableScaleIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PredefinedMetricSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDEFINED_METRIC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PREDICTIVE_SCALING_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "CustomizedCapacityMetricSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_CUSTOMIZED_CAPACITY_METRIC_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CustomizedLoadMetricSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_CUSTOMIZED_LOAD_METRIC_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CustomizedScalingMetricSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_CUSTOMIZED_SCALING_METRIC_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PredefinedLoadMetricSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_PREDEFINED_LOAD_METRIC_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PredefinedMetricPairSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_PREDEFINED_METRIC_PAIR_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PredefinedScalingMetricSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_PREDEFINED_SCALING_METRIC_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TargetValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static CUSTOMIZED_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.CustomizedMetricSpecification",
    properties: &[
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
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TRACKING_METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Average", "Maximum", "Minimum", "SampleCount", "Sum"]),
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

static PREDEFINED_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.PredefinedMetricSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "PredefinedMetricType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ALBRequestCountPerTarget",
                "ASGAverageCPUUtilization",
                "ASGAverageNetworkIn",
                "ASGAverageNetworkOut",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ResourceLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1023),
            }),
        },
    ],
    rules: &[],
};

static PREDICTIVE_SCALING_CUSTOMIZED_CAPACITY_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric",
        properties: &[::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PREDICTIVE_SCALING_CUSTOMIZED_LOAD_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric",
        properties: &[::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PREDICTIVE_SCALING_CUSTOMIZED_SCALING_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric",
        properties: &[::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PREDICTIVE_SCALING_PREDEFINED_LOAD_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBTargetGroupRequestCount",
                    "ASGTotalCPUUtilization",
                    "ASGTotalNetworkIn",
                    "ASGTotalNetworkOut",
                ]),
            },
            ::forma_core::schema::Property {
                name: "ResourceLabel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1023),
                }),
            },
        ],
        rules: &[],
    };

static PREDICTIVE_SCALING_PREDEFINED_METRIC_PAIR_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBRequestCount",
                    "ASGCPUUtilization",
                    "ASGNetworkIn",
                    "ASGNetworkOut",
                ]),
            },
            ::forma_core::schema::Property {
                name: "ResourceLabel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1023),
                }),
            },
        ],
        rules: &[],
    };

static PREDICTIVE_SCALING_PREDEFINED_SCALING_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBRequestCountPerTarget",
                    "ASGAverageCPUUtilization",
                    "ASGAverageNetworkIn",
                    "ASGAverageNetworkOut",
                ]),
            },
            ::forma_core::schema::Property {
                name: "ResourceLabel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1023),
                }),
            },
        ],
        rules: &[],
    };

static METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.MetricDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
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

static TARGET_TRACKING_METRIC_DATA_QUERY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery",
        properties: &[
            ::forma_core::schema::Property {
                name: "Expression",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2047),
                }),
            },
            ::forma_core::schema::Property {
                name: "Id",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "Label",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2047),
                }),
            },
            ::forma_core::schema::Property {
                name: "MetricStat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_METRIC_STAT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Period",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ReturnData",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static METRIC_DATA_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.MetricDataQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1023),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Label",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2047),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricStat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_STAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReturnData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TARGET_TRACKING_METRIC_STAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.TargetTrackingMetricStat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Metric",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Stat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
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

static METRIC_STAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.MetricStat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Metric",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Stat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
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

static METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::ScalingPolicy.Metric",
    properties: &[
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
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
