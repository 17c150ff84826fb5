// @generated from AWS::AutoScalingPlans::ScalingPlan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AutoScalingPlans::ScalingPlan` and its property types.

/// Resource Type definition for AWS::AutoScalingPlans::ScalingPlan
///
/// CloudFormation type `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingPlan {
    props: ::forma_core::schema::Props,
}
impl ScalingPlan {
    /// A new resource with its required properties: `ApplicationSource`, `ScalingInstructions`.
    #[track_caller]
    pub fn new(
        application_source: impl ::std::convert::Into<::forma_core::Value<ApplicationSource>>,
        scaling_instructions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScalingInstruction>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_source.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, scaling_instructions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ScalingPlan {
    type Attributes = ScalingPlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::AutoScalingPlans::ScalingPlan"
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
/// The attributes of a `AWS::AutoScalingPlans::ScalingPlan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScalingPlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScalingPlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScalingPlanAttributes {
    /// `Fn::GetAtt` `ScalingPlanVersion`.
    pub fn scaling_plan_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScalingPlanVersion")
    }
    /// `Fn::GetAtt` `ScalingPlanName`.
    pub fn scaling_plan_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScalingPlanName")
    }
    /// `Fn::GetAtt` `ScalingPlanArn`.
    pub fn scaling_plan_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScalingPlanArn")
    }
}

/// The `ApplicationSource` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSource {
    props: ::forma_core::schema::Props,
}
impl ApplicationSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of a CloudFormation stack.
    pub fn cloud_formation_stack_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A set of tag filters (keys and values).
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationSource> for ::forma_core::Value<ApplicationSource> {
    fn from(v: ApplicationSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SetForecastCapacityToMaxCapacity`, `SetMaxCapacityAboveForecastCapacity`, `SetMaxCapacityToForecastCapacity`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredictiveScalingMaxCapacityBehavior {
    /// `SetForecastCapacityToMaxCapacity`
    SetForecastCapacityToMaxCapacity,
    /// `SetMaxCapacityAboveForecastCapacity`
    SetMaxCapacityAboveForecastCapacity,
    /// `SetMaxCapacityToForecastCapacity`
    SetMaxCapacityToForecastCapacity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredictiveScalingMaxCapacityBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SetForecastCapacityToMaxCapacity => "SetForecastCapacityToMaxCapacity",
            Self::SetMaxCapacityAboveForecastCapacity => "SetMaxCapacityAboveForecastCapacity",
            Self::SetMaxCapacityToForecastCapacity => "SetMaxCapacityToForecastCapacity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SetForecastCapacityToMaxCapacity", "SetMaxCapacityAboveForecastCapacity", "SetMaxCapacityToForecastCapacity"]
    }
}
impl ::std::convert::From<PredictiveScalingMaxCapacityBehavior>
    for ::forma_core::Value<PredictiveScalingMaxCapacityBehavior>
{
    fn from(v: PredictiveScalingMaxCapacityBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredictiveScalingMaxCapacityBehavior {}

/// The values CloudFormation documents: `ForecastAndScale`, `ForecastOnly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredictiveScalingMode {
    /// `ForecastAndScale`
    ForecastAndScale,
    /// `ForecastOnly`
    ForecastOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredictiveScalingMode {
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
impl ::std::convert::From<PredictiveScalingMode> for ::forma_core::Value<PredictiveScalingMode> {
    fn from(v: PredictiveScalingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredictiveScalingMode {}

/// The values CloudFormation documents: `autoscaling:autoScalingGroup:DesiredCapacity`, `dynamodb:index:ReadCapacityUnits`, `dynamodb:index:WriteCapacityUnits`, `dynamodb:table:ReadCapacityUnits`, `dynamodb:table:WriteCapacityUnits`, `ec2:spot-fleet-request:TargetCapacity`, `ecs:service:DesiredCount`, `rds:cluster:ReadReplicaCount`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalableDimension {
    /// `autoscaling:autoScalingGroup:DesiredCapacity`
    AutoscalingAutoScalingGroupDesiredCapacity,
    /// `dynamodb:index:ReadCapacityUnits`
    DynamodbIndexReadCapacityUnits,
    /// `dynamodb:index:WriteCapacityUnits`
    DynamodbIndexWriteCapacityUnits,
    /// `dynamodb:table:ReadCapacityUnits`
    DynamodbTableReadCapacityUnits,
    /// `dynamodb:table:WriteCapacityUnits`
    DynamodbTableWriteCapacityUnits,
    /// `ec2:spot-fleet-request:TargetCapacity`
    Ec2SpotFleetRequestTargetCapacity,
    /// `ecs:service:DesiredCount`
    EcsServiceDesiredCount,
    /// `rds:cluster:ReadReplicaCount`
    RdsClusterReadReplicaCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScalableDimension {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoscalingAutoScalingGroupDesiredCapacity => "autoscaling:autoScalingGroup:DesiredCapacity",
            Self::DynamodbIndexReadCapacityUnits => "dynamodb:index:ReadCapacityUnits",
            Self::DynamodbIndexWriteCapacityUnits => "dynamodb:index:WriteCapacityUnits",
            Self::DynamodbTableReadCapacityUnits => "dynamodb:table:ReadCapacityUnits",
            Self::DynamodbTableWriteCapacityUnits => "dynamodb:table:WriteCapacityUnits",
            Self::Ec2SpotFleetRequestTargetCapacity => "ec2:spot-fleet-request:TargetCapacity",
            Self::EcsServiceDesiredCount => "ecs:service:DesiredCount",
            Self::RdsClusterReadReplicaCount => "rds:cluster:ReadReplicaCount",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "autoscaling:autoScalingGroup:DesiredCapacity",
            "dynamodb:index:ReadCapacityUnits",
            "dynamodb:index:WriteCapacityUnits",
            "dynamodb:table:ReadCapacityUnits",
            "dynamodb:table:WriteCapacityUnits",
            "ec2:spot-fleet-request:TargetCapacity",
            "ecs:service:DesiredCount",
            "rds:cluster:ReadReplicaCount",
        ]
    }
}
impl ::std::convert::From<ScalableDimension> for ::forma_core::Value<ScalableDimension> {
    fn from(v: ScalableDimension) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScalableDimension {}

/// The values CloudFormation documents: `KeepExternalPolicies`, `ReplaceExternalPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalingPolicyUpdateBehavior {
    /// `KeepExternalPolicies`
    KeepExternalPolicies,
    /// `ReplaceExternalPolicies`
    ReplaceExternalPolicies,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScalingPolicyUpdateBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeepExternalPolicies => "KeepExternalPolicies",
            Self::ReplaceExternalPolicies => "ReplaceExternalPolicies",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KeepExternalPolicies", "ReplaceExternalPolicies"]
    }
}
impl ::std::convert::From<ScalingPolicyUpdateBehavior> for ::forma_core::Value<ScalingPolicyUpdateBehavior> {
    fn from(v: ScalingPolicyUpdateBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScalingPolicyUpdateBehavior {}

/// The values CloudFormation documents: `autoscaling`, `dynamodb`, `ec2`, `ecs`, `rds`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNamespace {
    /// `autoscaling`
    Autoscaling,
    /// `dynamodb`
    Dynamodb,
    /// `ec2`
    Ec2,
    /// `ecs`
    Ecs,
    /// `rds`
    Rds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNamespace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Autoscaling => "autoscaling",
            Self::Dynamodb => "dynamodb",
            Self::Ec2 => "ec2",
            Self::Ecs => "ecs",
            Self::Rds => "rds",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["autoscaling", "dynamodb", "ec2", "ecs", "rds"]
    }
}
impl ::std::convert::From<ServiceNamespace> for ::forma_core::Value<ServiceNamespace> {
    fn from(v: ServiceNamespace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNamespace {}

/// The `ScalingInstruction` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingInstruction {
    props: ::forma_core::schema::Props,
}
impl ScalingInstruction {
    /// A new value with its required properties: `MaxCapacity`, `MinCapacity`, `ResourceId`, `ScalableDimension`, `ServiceNamespace`, `TargetTrackingConfigurations`.
    pub fn new(
        max_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scalable_dimension: impl ::forma_core::schema::EnumArg<ScalableDimension>,
        service_namespace: impl ::forma_core::schema::EnumArg<ServiceNamespace>,
        target_tracking_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<TargetTrackingConfiguration>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, max_capacity.into().into_expr());
        props.set(3, min_capacity.into().into_expr());
        props.set(8, resource_id.into().into_expr());
        props.set(9, scalable_dimension.into_enum_expr());
        props.set(12, service_namespace.into_enum_expr());
        props.set(13, target_tracking_configurations.into().into_expr());
        Self { props }
    }
    /// The customized load metric to use for predictive scaling.
    pub fn customized_load_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomizedLoadMetricSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Controls whether dynamic scaling is disabled.
    pub fn disable_dynamic_scaling(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The predefined load metric to use for predictive scaling.
    pub fn predefined_load_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredefinedLoadMetricSpecification>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Defines the behavior that should be applied if the forecast capacity approaches or exceeds the maximum capacity specified for the resource.
    pub fn predictive_scaling_max_capacity_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PredictiveScalingMaxCapacityBehavior>,
    ) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// The size of the capacity buffer to use when the forecast capacity is close to or exceeds the maximum capacity.
    pub fn predictive_scaling_max_capacity_buffer(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The predictive scaling mode.
    pub fn predictive_scaling_mode(mut self, value: impl ::forma_core::schema::EnumArg<PredictiveScalingMode>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Controls whether a resource's externally created scaling policies are deleted and new target tracking scaling policies created.
    pub fn scaling_policy_update_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ScalingPolicyUpdateBehavior>,
    ) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// The amount of time, in seconds, to buffer the run time of scheduled scaling actions when scaling out.
    ///
    /// Allowed: at least 0.
    pub fn scheduled_action_buffer_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScalingInstruction> for ::forma_core::Value<ScalingInstruction> {
    fn from(v: ScalingInstruction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_INSTRUCTION_TYPE.properties))
    }
}

/// The `TagFilter` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFilter {
    props: ::forma_core::schema::Props,
}
impl TagFilter {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The tag values (0 to 20).
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TagFilter> for ::forma_core::Value<TagFilter> {
    fn from(v: TagFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FILTER_TYPE.properties))
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

/// The `CustomizedLoadMetricSpecification` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomizedLoadMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl CustomizedLoadMetricSpecification {
    /// A new value with its required properties: `MetricName`, `Namespace`, `Statistic`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statistic: impl ::forma_core::schema::EnumArg<Statistic>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric_name.into().into_expr());
        props.set(2, namespace.into().into_expr());
        props.set(3, statistic.into_enum_expr());
        Self { props }
    }
    /// The dimensions of the metric.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The unit of the metric.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomizedLoadMetricSpecification>
    for ::forma_core::Value<CustomizedLoadMetricSpecification>
{
    fn from(v: CustomizedLoadMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMIZED_LOAD_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALBTargetGroupRequestCount`, `ASGTotalCPUUtilization`, `ASGTotalNetworkIn`, `ASGTotalNetworkOut`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredefinedLoadMetricType {
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
impl PredefinedLoadMetricType {
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
impl ::std::convert::From<PredefinedLoadMetricType> for ::forma_core::Value<PredefinedLoadMetricType> {
    fn from(v: PredefinedLoadMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredefinedLoadMetricType {}

/// The `PredefinedLoadMetricSpecification` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredefinedLoadMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl PredefinedLoadMetricSpecification {
    /// A new value with its required properties: `PredefinedLoadMetricType`.
    pub fn new(predefined_load_metric_type: impl ::forma_core::schema::EnumArg<PredefinedLoadMetricType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_load_metric_type.into_enum_expr());
        Self { props }
    }
    /// Identifies the resource associated with the metric type.
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
impl ::std::convert::From<PredefinedLoadMetricSpecification>
    for ::forma_core::Value<PredefinedLoadMetricSpecification>
{
    fn from(v: PredefinedLoadMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDEFINED_LOAD_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The `TargetTrackingConfiguration` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, target_value.into().into_expr());
        Self { props }
    }
    /// A customized metric.
    pub fn customized_scaling_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomizedScalingMetricSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether scale in by the target tracking scaling policy is disabled.
    pub fn disable_scale_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The estimated time, in seconds, until a newly launched instance can contribute to the CloudWatch metrics.
    pub fn estimated_instance_warmup(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A predefined metric.
    pub fn predefined_scaling_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredefinedScalingMetricSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The amount of time, in seconds, after a scale-in activity completes before another scale in activity can start.
    pub fn scale_in_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The amount of time, in seconds, after a scale-out activity completes before another scale-out activity can start.
    pub fn scale_out_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetTrackingConfiguration> for ::forma_core::Value<TargetTrackingConfiguration> {
    fn from(v: TargetTrackingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_CONFIGURATION_TYPE.properties))
    }
}

/// The `MetricDimension` property type of `AWS::AutoScalingPlans::ScalingPlan`.
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

/// The `CustomizedScalingMetricSpecification` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomizedScalingMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl CustomizedScalingMetricSpecification {
    /// A new value with its required properties: `MetricName`, `Namespace`, `Statistic`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statistic: impl ::forma_core::schema::EnumArg<Statistic>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric_name.into().into_expr());
        props.set(2, namespace.into().into_expr());
        props.set(3, statistic.into_enum_expr());
        Self { props }
    }
    /// The dimensions of the metric.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The unit of the metric.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomizedScalingMetricSpecification>
    for ::forma_core::Value<CustomizedScalingMetricSpecification>
{
    fn from(v: CustomizedScalingMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMIZED_SCALING_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALBRequestCountPerTarget`, `ASGAverageCPUUtilization`, `ASGAverageNetworkIn`, `ASGAverageNetworkOut`, `DynamoDBReadCapacityUtilization`, `DynamoDBWriteCapacityUtilization`, `EC2SpotFleetRequestAverageCPUUtilization`, `EC2SpotFleetRequestAverageNetworkIn`, `EC2SpotFleetRequestAverageNetworkOut`, `ECSServiceAverageCPUUtilization`, `ECSServiceAverageMemoryUtilization`, `RDSReaderAverageCPUUtilization`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredefinedScalingMetricType {
    /// `ALBRequestCountPerTarget`
    AlbRequestCountPerTarget,
    /// `ASGAverageCPUUtilization`
    AsgAverageCpuUtilization,
    /// `ASGAverageNetworkIn`
    AsgAverageNetworkIn,
    /// `ASGAverageNetworkOut`
    AsgAverageNetworkOut,
    /// `DynamoDBReadCapacityUtilization`
    DynamodbReadCapacityUtilization,
    /// `DynamoDBWriteCapacityUtilization`
    DynamodbWriteCapacityUtilization,
    /// `EC2SpotFleetRequestAverageCPUUtilization`
    Ec2SpotFleetRequestAverageCpuUtilization,
    /// `EC2SpotFleetRequestAverageNetworkIn`
    Ec2SpotFleetRequestAverageNetworkIn,
    /// `EC2SpotFleetRequestAverageNetworkOut`
    Ec2SpotFleetRequestAverageNetworkOut,
    /// `ECSServiceAverageCPUUtilization`
    EcsServiceAverageCpuUtilization,
    /// `ECSServiceAverageMemoryUtilization`
    EcsServiceAverageMemoryUtilization,
    /// `RDSReaderAverageCPUUtilization`
    RdsReaderAverageCpuUtilization,
    /// `RDSReaderAverageDatabaseConnections`
    RdsReaderAverageDatabaseConnections,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredefinedScalingMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlbRequestCountPerTarget => "ALBRequestCountPerTarget",
            Self::AsgAverageCpuUtilization => "ASGAverageCPUUtilization",
            Self::AsgAverageNetworkIn => "ASGAverageNetworkIn",
            Self::AsgAverageNetworkOut => "ASGAverageNetworkOut",
            Self::DynamodbReadCapacityUtilization => "DynamoDBReadCapacityUtilization",
            Self::DynamodbWriteCapacityUtilization => "DynamoDBWriteCapacityUtilization",
            Self::Ec2SpotFleetRequestAverageCpuUtilization => "EC2SpotFleetRequestAverageCPUUtilization",
            Self::Ec2SpotFleetRequestAverageNetworkIn => "EC2SpotFleetRequestAverageNetworkIn",
            Self::Ec2SpotFleetRequestAverageNetworkOut => "EC2SpotFleetRequestAverageNetworkOut",
            Self::EcsServiceAverageCpuUtilization => "ECSServiceAverageCPUUtilization",
            Self::EcsServiceAverageMemoryUtilization => "ECSServiceAverageMemoryUtilization",
            Self::RdsReaderAverageCpuUtilization => "RDSReaderAverageCPUUtilization",
            Self::RdsReaderAverageDatabaseConnections => "RDSReaderAverageDatabaseConnections",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ALBRequestCountPerTarget",
            "ASGAverageCPUUtilization",
            "ASGAverageNetworkIn",
            "ASGAverageNetworkOut",
            "DynamoDBReadCapacityUtilization",
            "DynamoDBWriteCapacityUtilization",
            "EC2SpotFleetRequestAverageCPUUtilization",
            "EC2SpotFleetRequestAverageNetworkIn",
            "EC2SpotFleetRequestAverageNetworkOut",
            "ECSServiceAverageCPUUtilization",
            "ECSServiceAverageMemoryUtilization",
            "RDSReaderAverageCPUUtilization",
            "RDSReaderAverageDatabaseConnections",
        ]
    }
}
impl ::std::convert::From<PredefinedScalingMetricType> for ::forma_core::Value<PredefinedScalingMetricType> {
    fn from(v: PredefinedScalingMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredefinedScalingMetricType {}

/// The `PredefinedScalingMetricSpecification` property type of `AWS::AutoScalingPlans::ScalingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredefinedScalingMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl PredefinedScalingMetricSpecification {
    /// A new value with its required properties: `PredefinedScalingMetricType`.
    pub fn new(
        predefined_scaling_metric_type: impl ::forma_core::schema::EnumArg<PredefinedScalingMetricType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, predefined_scaling_metric_type.into_enum_expr());
        Self { props }
    }
    /// Identifies the resource associated with the metric type.
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
impl ::std::convert::From<PredefinedScalingMetricSpecification>
    for ::forma_core::Value<PredefinedScalingMetricSpecification>
{
    fn from(v: PredefinedScalingMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDEFINED_SCALING_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::AutoScalingPlans::ScalingPlan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AutoScalingPlans::ScalingPlan",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScalingInstructions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCALING_INSTRUCTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ScalingPlanVersion", "ScalingPlanName", "ScalingPlanArn"],
};

static APPLICATION_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScalingPlans::ScalingPlan.ApplicationSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudFormationStackARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static SCALING_INSTRUCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScalingPlans::ScalingPlan.ScalingInstruction",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomizedLoadMetricSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMIZED_LOAD_METRIC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableDynamicScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
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
        ::forma_core::schema::Property {
            name: "PredefinedLoadMetricSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDEFINED_LOAD_METRIC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PredictiveScalingMaxCapacityBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SetForecastCapacityToMaxCapacity",
                "SetMaxCapacityAboveForecastCapacity",
                "SetMaxCapacityToForecastCapacity",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PredictiveScalingMaxCapacityBuffer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PredictiveScalingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ForecastAndScale", "ForecastOnly"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalableDimension",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "autoscaling:autoScalingGroup:DesiredCapacity",
                "dynamodb:index:ReadCapacityUnits",
                "dynamodb:index:WriteCapacityUnits",
                "dynamodb:table:ReadCapacityUnits",
                "dynamodb:table:WriteCapacityUnits",
                "ec2:spot-fleet-request:TargetCapacity",
                "ecs:service:DesiredCount",
                "rds:cluster:ReadReplicaCount",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ScalingPolicyUpdateBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KeepExternalPolicies", "ReplaceExternalPolicies"]),
        },
        ::forma_core::schema::Property {
            name: "ScheduledActionBufferTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceNamespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["autoscaling", "dynamodb", "ec2", "ecs", "rds"]),
        },
        ::forma_core::schema::Property {
            name: "TargetTrackingConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TRACKING_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static TAG_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScalingPlans::ScalingPlan.TagFilter",
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
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static CUSTOMIZED_LOAD_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScalingPlans::ScalingPlan.CustomizedLoadMetricSpecification",
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
            ::forma_core::schema::Property {
                name: "Statistic",
                required: true,
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

static PREDEFINED_LOAD_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScalingPlans::ScalingPlan.PredefinedLoadMetricSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedLoadMetricType",
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

static TARGET_TRACKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScalingPlans::ScalingPlan.TargetTrackingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomizedScalingMetricSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMIZED_SCALING_METRIC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisableScaleIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "PredefinedScalingMetricSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDEFINED_SCALING_METRIC_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScaleInCooldown",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScaleOutCooldown",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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

static METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScalingPlans::ScalingPlan.MetricDimension",
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

static CUSTOMIZED_SCALING_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScalingPlans::ScalingPlan.CustomizedScalingMetricSpecification",
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
            ::forma_core::schema::Property {
                name: "Statistic",
                required: true,
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

static PREDEFINED_SCALING_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AutoScalingPlans::ScalingPlan.PredefinedScalingMetricSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedScalingMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBRequestCountPerTarget",
                    "ASGAverageCPUUtilization",
                    "ASGAverageNetworkIn",
                    "ASGAverageNetworkOut",
                    "DynamoDBReadCapacityUtilization",
                    "DynamoDBWriteCapacityUtilization",
                    "EC2SpotFleetRequestAverageCPUUtilization",
                    "EC2SpotFleetRequestAverageNetworkIn",
                    "EC2SpotFleetRequestAverageNetworkOut",
                    "ECSServiceAverageCPUUtilization",
                    "ECSServiceAverageMemoryUtilization",
                    "RDSReaderAverageCPUUtilization",
                    "RDSReaderAverageDatabaseConnections",
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
