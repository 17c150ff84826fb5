// @generated from AWS::ApplicationAutoScaling::ScalingPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationAutoScaling::ScalingPolicy` and its property types.

/// The `AWS::ApplicationAutoScaling::ScalingPolicy` resource defines a scaling policy that Application Auto Scaling uses to adjust the capacity of a scalable target.
///
/// CloudFormation type `AWS::ApplicationAutoScaling::ScalingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ScalingPolicy {
    /// A new resource with its required properties: `PolicyName`, `PolicyType`.
    #[track_caller]
    pub fn new(
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_type: impl ::forma_core::schema::EnumArg<PolicyType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The predictive scaling policy configuration.
    #[track_caller]
    pub fn predictive_scaling_policy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingPolicyConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the resource associated with the scaling policy.
    ///
    /// Allowed: length 1 to 1600.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scalable dimension.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scalable_dimension(mut self, value: impl ::forma_core::schema::EnumArg<ScalableDimension>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The CloudFormation-generated ID of an Application Auto Scaling scalable target.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scaling_target_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The namespace of the AWS service that provides the resource, or a `custom-resource`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_namespace(mut self, value: impl ::forma_core::schema::EnumArg<ServiceNamespace>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A step scaling policy.
    #[track_caller]
    pub fn step_scaling_policy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StepScalingPolicyConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A target tracking scaling policy.
    #[track_caller]
    pub fn target_tracking_scaling_policy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetTrackingScalingPolicyConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScalingPolicy {
    type Attributes = ScalingPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationAutoScaling::ScalingPolicy"
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
/// The attributes of a `AWS::ApplicationAutoScaling::ScalingPolicy` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `PredictiveScaling`, `StepScaling`, `TargetTrackingScaling`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `PredictiveScaling`
    PredictiveScaling,
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
            Self::StepScaling => "StepScaling",
            Self::TargetTrackingScaling => "TargetTrackingScaling",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PredictiveScaling", "StepScaling", "TargetTrackingScaling"]
    }
}
impl ::std::convert::From<PolicyType> for ::forma_core::Value<PolicyType> {
    fn from(v: PolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyType {}

/// The values CloudFormation documents: `appstream:fleet:DesiredCapacity`, `cassandra:table:ReadCapacityUnits`, `cassandra:table:WriteCapacityUnits`, `comprehend:document-classifier-endpoint:DesiredInferenceUnits`, `comprehend:entity-recognizer-endpoint:DesiredInferenceUnits`, `custom-resource:ResourceType:Property`, `dynamodb:index:ReadCapacityUnits`, `dynamodb:index:WriteCapacityUnits`, `dynamodb:table:ReadCapacityUnits`, `dynamodb:table:WriteCapacityUnits`, `ec2:spot-fleet-request:TargetCapacity`, `ecs:service:DesiredCount`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalableDimension {
    /// `appstream:fleet:DesiredCapacity`
    AppstreamFleetDesiredCapacity,
    /// `cassandra:table:ReadCapacityUnits`
    CassandraTableReadCapacityUnits,
    /// `cassandra:table:WriteCapacityUnits`
    CassandraTableWriteCapacityUnits,
    /// `comprehend:document-classifier-endpoint:DesiredInferenceUnits`
    ComprehendDocumentClassifierEndpointDesiredInferenceUnits,
    /// `comprehend:entity-recognizer-endpoint:DesiredInferenceUnits`
    ComprehendEntityRecognizerEndpointDesiredInferenceUnits,
    /// `custom-resource:ResourceType:Property`
    CustomResourceResourceTypeProperty,
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
    /// `elasticache:cache-cluster:Nodes`
    ElasticacheCacheClusterNodes,
    /// `elasticache:replication-group:NodeGroups`
    ElasticacheReplicationGroupNodeGroups,
    /// `elasticache:replication-group:Replicas`
    ElasticacheReplicationGroupReplicas,
    /// `elasticmapreduce:instancegroup:InstanceCount`
    ElasticmapreduceInstancegroupInstanceCount,
    /// `kafka:broker-storage:VolumeSize`
    KafkaBrokerStorageVolumeSize,
    /// `lambda:function:ProvisionedConcurrency`
    LambdaFunctionProvisionedConcurrency,
    /// `neptune:cluster:ReadReplicaCount`
    NeptuneClusterReadReplicaCount,
    /// `rds:cluster:ReadReplicaCount`
    RdsClusterReadReplicaCount,
    /// `sagemaker:inference-component:DesiredCopyCount`
    SagemakerInferenceComponentDesiredCopyCount,
    /// `sagemaker:variant:DesiredInstanceCount`
    SagemakerVariantDesiredInstanceCount,
    /// `sagemaker:variant:DesiredProvisionedConcurrency`
    SagemakerVariantDesiredProvisionedConcurrency,
    /// `workspaces:workspacespool:DesiredUserSessions`
    WorkspacesWorkspacespoolDesiredUserSessions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScalableDimension {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppstreamFleetDesiredCapacity => "appstream:fleet:DesiredCapacity",
            Self::CassandraTableReadCapacityUnits => "cassandra:table:ReadCapacityUnits",
            Self::CassandraTableWriteCapacityUnits => "cassandra:table:WriteCapacityUnits",
            Self::ComprehendDocumentClassifierEndpointDesiredInferenceUnits => {
                "comprehend:document-classifier-endpoint:DesiredInferenceUnits"
            }
            Self::ComprehendEntityRecognizerEndpointDesiredInferenceUnits => {
                "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits"
            }
            Self::CustomResourceResourceTypeProperty => "custom-resource:ResourceType:Property",
            Self::DynamodbIndexReadCapacityUnits => "dynamodb:index:ReadCapacityUnits",
            Self::DynamodbIndexWriteCapacityUnits => "dynamodb:index:WriteCapacityUnits",
            Self::DynamodbTableReadCapacityUnits => "dynamodb:table:ReadCapacityUnits",
            Self::DynamodbTableWriteCapacityUnits => "dynamodb:table:WriteCapacityUnits",
            Self::Ec2SpotFleetRequestTargetCapacity => "ec2:spot-fleet-request:TargetCapacity",
            Self::EcsServiceDesiredCount => "ecs:service:DesiredCount",
            Self::ElasticacheCacheClusterNodes => "elasticache:cache-cluster:Nodes",
            Self::ElasticacheReplicationGroupNodeGroups => "elasticache:replication-group:NodeGroups",
            Self::ElasticacheReplicationGroupReplicas => "elasticache:replication-group:Replicas",
            Self::ElasticmapreduceInstancegroupInstanceCount => "elasticmapreduce:instancegroup:InstanceCount",
            Self::KafkaBrokerStorageVolumeSize => "kafka:broker-storage:VolumeSize",
            Self::LambdaFunctionProvisionedConcurrency => "lambda:function:ProvisionedConcurrency",
            Self::NeptuneClusterReadReplicaCount => "neptune:cluster:ReadReplicaCount",
            Self::RdsClusterReadReplicaCount => "rds:cluster:ReadReplicaCount",
            Self::SagemakerInferenceComponentDesiredCopyCount => "sagemaker:inference-component:DesiredCopyCount",
            Self::SagemakerVariantDesiredInstanceCount => "sagemaker:variant:DesiredInstanceCount",
            Self::SagemakerVariantDesiredProvisionedConcurrency => "sagemaker:variant:DesiredProvisionedConcurrency",
            Self::WorkspacesWorkspacespoolDesiredUserSessions => "workspaces:workspacespool:DesiredUserSessions",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "appstream:fleet:DesiredCapacity",
            "cassandra:table:ReadCapacityUnits",
            "cassandra:table:WriteCapacityUnits",
            "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
            "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
            "custom-resource:ResourceType:Property",
            "dynamodb:index:ReadCapacityUnits",
            "dynamodb:index:WriteCapacityUnits",
            "dynamodb:table:ReadCapacityUnits",
            "dynamodb:table:WriteCapacityUnits",
            "ec2:spot-fleet-request:TargetCapacity",
            "ecs:service:DesiredCount",
            "elasticache:cache-cluster:Nodes",
            "elasticache:replication-group:NodeGroups",
            "elasticache:replication-group:Replicas",
            "elasticmapreduce:instancegroup:InstanceCount",
            "kafka:broker-storage:VolumeSize",
            "lambda:function:ProvisionedConcurrency",
            "neptune:cluster:ReadReplicaCount",
            "rds:cluster:ReadReplicaCount",
            "sagemaker:inference-component:DesiredCopyCount",
            "sagemaker:variant:DesiredInstanceCount",
            "sagemaker:variant:DesiredProvisionedConcurrency",
            "workspaces:workspacespool:DesiredUserSessions",
        ]
    }
}
impl ::std::convert::From<ScalableDimension> for ::forma_core::Value<ScalableDimension> {
    fn from(v: ScalableDimension) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScalableDimension {}

/// The values CloudFormation documents: `appstream`, `cassandra`, `comprehend`, `custom-resource`, `dynamodb`, `ec2`, `ecs`, `elasticache`, `elasticmapreduce`, `kafka`, `lambda`, `neptune`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNamespace {
    /// `appstream`
    Appstream,
    /// `cassandra`
    Cassandra,
    /// `comprehend`
    Comprehend,
    /// `custom-resource`
    CustomResource,
    /// `dynamodb`
    Dynamodb,
    /// `ec2`
    Ec2,
    /// `ecs`
    Ecs,
    /// `elasticache`
    Elasticache,
    /// `elasticmapreduce`
    Elasticmapreduce,
    /// `kafka`
    Kafka,
    /// `lambda`
    Lambda,
    /// `neptune`
    Neptune,
    /// `rds`
    Rds,
    /// `sagemaker`
    Sagemaker,
    /// `workspaces`
    Workspaces,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNamespace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Appstream => "appstream",
            Self::Cassandra => "cassandra",
            Self::Comprehend => "comprehend",
            Self::CustomResource => "custom-resource",
            Self::Dynamodb => "dynamodb",
            Self::Ec2 => "ec2",
            Self::Ecs => "ecs",
            Self::Elasticache => "elasticache",
            Self::Elasticmapreduce => "elasticmapreduce",
            Self::Kafka => "kafka",
            Self::Lambda => "lambda",
            Self::Neptune => "neptune",
            Self::Rds => "rds",
            Self::Sagemaker => "sagemaker",
            Self::Workspaces => "workspaces",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "appstream",
            "cassandra",
            "comprehend",
            "custom-resource",
            "dynamodb",
            "ec2",
            "ecs",
            "elasticache",
            "elasticmapreduce",
            "kafka",
            "lambda",
            "neptune",
            "rds",
            "sagemaker",
            "workspaces",
        ]
    }
}
impl ::std::convert::From<ServiceNamespace> for ::forma_core::Value<ServiceNamespace> {
    fn from(v: ServiceNamespace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNamespace {}

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

/// Represents a predictive scaling policy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingPolicyConfiguration {
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
    /// Defines the behavior that should be applied if the forecast capacity approaches or exceeds the maximum capacity.
    pub fn max_capacity_breach_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MaxCapacityBreachBehavior>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The size of the capacity buffer to use when the forecast capacity is close to or exceeds the maximum capacity.
    ///
    /// Allowed: 0 to 100.
    pub fn max_capacity_buffer(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The predictive scaling mode.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The amount of time, in seconds, that the start time can be advanced.
    ///
    /// Allowed: 0 to 3600.
    pub fn scheduling_buffer_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveScalingPolicyConfiguration>
    for ::forma_core::Value<PredictiveScalingPolicyConfiguration>
{
    fn from(v: PredictiveScalingPolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_POLICY_CONFIGURATION_TYPE.properties))
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

/// `StepScalingPolicyConfiguration` is a property of the [AWS::ApplicationAutoScaling::ScalingPolicy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html) resource that specifies a step scaling policy configuration for Application Auto Scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct StepScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl StepScalingPolicyConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether the `ScalingAdjustment` value in the `StepAdjustment` property is an absolute number or a percentage of the current capacity.
    pub fn adjustment_type(mut self, value: impl ::forma_core::schema::EnumArg<AdjustmentType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The amount of time, in seconds, to wait for a previous scaling activity to take effect.
    pub fn cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The aggregation type for the CloudWatch metrics.
    pub fn metric_aggregation_type(mut self, value: impl ::forma_core::schema::EnumArg<MetricAggregationType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The minimum value to scale by when the adjustment type is `PercentChangeInCapacity`.
    pub fn min_adjustment_magnitude(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A set of adjustments that enable you to scale based on the size of the alarm breach.
    pub fn step_adjustments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StepAdjustment>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StepScalingPolicyConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StepScalingPolicyConfiguration> for ::forma_core::Value<StepScalingPolicyConfiguration> {
    fn from(v: StepScalingPolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STEP_SCALING_POLICY_CONFIGURATION_TYPE.properties))
    }
}

/// `TargetTrackingScalingPolicyConfiguration` is a property of the [AWS::ApplicationAutoScaling::ScalingPolicy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html) resource that specifies a target tracking scaling policy configuration for Application Auto Scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingScalingPolicyConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, target_value.into().into_expr());
        Self { props }
    }
    /// A customized metric.
    pub fn customized_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomizedMetricSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether scale in by the target tracking scaling policy is disabled.
    pub fn disable_scale_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A predefined metric.
    pub fn predefined_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredefinedMetricSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The amount of time, in seconds, after a scale-in activity completes before another scale-in activity can start.
    pub fn scale_in_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The amount of time, in seconds, to wait for a previous scale-out activity to take effect.
    pub fn scale_out_cooldown(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetTrackingScalingPolicyConfiguration>
    for ::forma_core::Value<TargetTrackingScalingPolicyConfiguration>
{
    fn from(v: TargetTrackingScalingPolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE.properties))
    }
}

/// This structure specifies the metrics and target utilization settings for a predictive scaling policy.
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
    /// The customized capacity metric specification.
    pub fn customized_capacity_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingCustomizedCapacityMetric>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The customized load metric specification.
    pub fn customized_load_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingCustomizedLoadMetric>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The customized scaling metric specification.
    pub fn customized_scaling_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingCustomizedScalingMetric>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The predefined load metric specification.
    pub fn predefined_load_metric_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingPredefinedLoadMetric>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The predefined metric pair specification that determines the appropriate scaling metric and load metric to use.
    pub fn predefined_metric_pair_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingPredefinedMetricPair>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The predefined scaling metric specification.
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

/// `StepAdjustment` specifies a step adjustment for the `StepAdjustments` property of the [AWS::ApplicationAutoScaling::ScalingPolicy StepScalingPolicyConfiguration](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-stepscalingpolicyconfiguration.html) property type.
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
    /// The lower bound for the difference between the alarm threshold and the CloudWatch metric.
    pub fn metric_interval_lower_bound(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The upper bound for the difference between the alarm threshold and the CloudWatch metric.
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

/// Contains customized metric specification information for a target tracking scaling policy for Application Auto Scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomizedMetricSpecification {
    props: ::forma_core::schema::Props,
}
impl CustomizedMetricSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The dimensions of the metric.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the metric.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The metrics to include in the target tracking scaling policy, as a metric data query.
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetTrackingMetricDataQuery>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The namespace of the metric.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The statistic of the metric.
    pub fn statistic(mut self, value: impl ::forma_core::schema::EnumArg<Statistic>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The unit of the metric.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
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

/// The values CloudFormation documents: `ALBRequestCountPerTarget`, `AppStreamAverageCapacityUtilization`, `CassandraReadCapacityUtilization`, `CassandraWriteCapacityUtilization`, `ComprehendInferenceUtilization`, `DynamoDBReadCapacityUtilization`, `DynamoDBWriteCapacityUtilization`, `EC2SpotFleetRequestAverageCPUUtilization`, `EC2SpotFleetRequestAverageNetworkIn`, `EC2SpotFleetRequestAverageNetworkOut`, `ECSServiceAverageCPUUtilization`, `ECSServiceAverageCPUUtilizationHighResolution`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredefinedMetricType {
    /// `ALBRequestCountPerTarget`
    AlbRequestCountPerTarget,
    /// `AppStreamAverageCapacityUtilization`
    AppStreamAverageCapacityUtilization,
    /// `CassandraReadCapacityUtilization`
    CassandraReadCapacityUtilization,
    /// `CassandraWriteCapacityUtilization`
    CassandraWriteCapacityUtilization,
    /// `ComprehendInferenceUtilization`
    ComprehendInferenceUtilization,
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
    /// `ECSServiceAverageCPUUtilizationHighResolution`
    EcsServiceAverageCpuUtilizationHighResolution,
    /// `ECSServiceAverageMemoryUtilization`
    EcsServiceAverageMemoryUtilization,
    /// `ECSServiceAverageMemoryUtilizationHighResolution`
    EcsServiceAverageMemoryUtilizationHighResolution,
    /// `ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage`
    ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage,
    /// `ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage`
    ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage,
    /// `ElastiCacheDatabaseMemoryUsagePercentage`
    ElastiCacheDatabaseMemoryUsagePercentage,
    /// `ElastiCacheEngineCPUUtilization`
    ElastiCacheEngineCpuUtilization,
    /// `ElastiCachePrimaryEngineCPUUtilization`
    ElastiCachePrimaryEngineCpuUtilization,
    /// `ElastiCacheReplicaEngineCPUUtilization`
    ElastiCacheReplicaEngineCpuUtilization,
    /// `KafkaBrokerStorageUtilization`
    KafkaBrokerStorageUtilization,
    /// `LambdaProvisionedConcurrencyUtilization`
    LambdaProvisionedConcurrencyUtilization,
    /// `NeptuneReaderAverageCPUUtilization`
    NeptuneReaderAverageCpuUtilization,
    /// `RDSReaderAverageCPUUtilization`
    RdsReaderAverageCpuUtilization,
    /// `RDSReaderAverageDatabaseConnections`
    RdsReaderAverageDatabaseConnections,
    /// `SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution`
    SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution,
    /// `SageMakerInferenceComponentInvocationsPerCopy`
    SageMakerInferenceComponentInvocationsPerCopy,
    /// `SageMakerVariantConcurrentRequestsPerModelHighResolution`
    SageMakerVariantConcurrentRequestsPerModelHighResolution,
    /// `SageMakerVariantInvocationsPerInstance`
    SageMakerVariantInvocationsPerInstance,
    /// `SageMakerVariantProvisionedConcurrencyUtilization`
    SageMakerVariantProvisionedConcurrencyUtilization,
    /// `WorkSpacesAverageUserSessionsCapacityUtilization`
    WorkSpacesAverageUserSessionsCapacityUtilization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredefinedMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlbRequestCountPerTarget => "ALBRequestCountPerTarget",
            Self::AppStreamAverageCapacityUtilization => "AppStreamAverageCapacityUtilization",
            Self::CassandraReadCapacityUtilization => "CassandraReadCapacityUtilization",
            Self::CassandraWriteCapacityUtilization => "CassandraWriteCapacityUtilization",
            Self::ComprehendInferenceUtilization => "ComprehendInferenceUtilization",
            Self::DynamodbReadCapacityUtilization => "DynamoDBReadCapacityUtilization",
            Self::DynamodbWriteCapacityUtilization => "DynamoDBWriteCapacityUtilization",
            Self::Ec2SpotFleetRequestAverageCpuUtilization => "EC2SpotFleetRequestAverageCPUUtilization",
            Self::Ec2SpotFleetRequestAverageNetworkIn => "EC2SpotFleetRequestAverageNetworkIn",
            Self::Ec2SpotFleetRequestAverageNetworkOut => "EC2SpotFleetRequestAverageNetworkOut",
            Self::EcsServiceAverageCpuUtilization => "ECSServiceAverageCPUUtilization",
            Self::EcsServiceAverageCpuUtilizationHighResolution => "ECSServiceAverageCPUUtilizationHighResolution",
            Self::EcsServiceAverageMemoryUtilization => "ECSServiceAverageMemoryUtilization",
            Self::EcsServiceAverageMemoryUtilizationHighResolution => {
                "ECSServiceAverageMemoryUtilizationHighResolution"
            }
            Self::ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage => {
                "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage"
            }
            Self::ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage => {
                "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage"
            }
            Self::ElastiCacheDatabaseMemoryUsagePercentage => "ElastiCacheDatabaseMemoryUsagePercentage",
            Self::ElastiCacheEngineCpuUtilization => "ElastiCacheEngineCPUUtilization",
            Self::ElastiCachePrimaryEngineCpuUtilization => "ElastiCachePrimaryEngineCPUUtilization",
            Self::ElastiCacheReplicaEngineCpuUtilization => "ElastiCacheReplicaEngineCPUUtilization",
            Self::KafkaBrokerStorageUtilization => "KafkaBrokerStorageUtilization",
            Self::LambdaProvisionedConcurrencyUtilization => "LambdaProvisionedConcurrencyUtilization",
            Self::NeptuneReaderAverageCpuUtilization => "NeptuneReaderAverageCPUUtilization",
            Self::RdsReaderAverageCpuUtilization => "RDSReaderAverageCPUUtilization",
            Self::RdsReaderAverageDatabaseConnections => "RDSReaderAverageDatabaseConnections",
            Self::SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution => {
                "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"
            }
            Self::SageMakerInferenceComponentInvocationsPerCopy => "SageMakerInferenceComponentInvocationsPerCopy",
            Self::SageMakerVariantConcurrentRequestsPerModelHighResolution => {
                "SageMakerVariantConcurrentRequestsPerModelHighResolution"
            }
            Self::SageMakerVariantInvocationsPerInstance => "SageMakerVariantInvocationsPerInstance",
            Self::SageMakerVariantProvisionedConcurrencyUtilization => {
                "SageMakerVariantProvisionedConcurrencyUtilization"
            }
            Self::WorkSpacesAverageUserSessionsCapacityUtilization => {
                "WorkSpacesAverageUserSessionsCapacityUtilization"
            }
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ALBRequestCountPerTarget",
            "AppStreamAverageCapacityUtilization",
            "CassandraReadCapacityUtilization",
            "CassandraWriteCapacityUtilization",
            "ComprehendInferenceUtilization",
            "DynamoDBReadCapacityUtilization",
            "DynamoDBWriteCapacityUtilization",
            "EC2SpotFleetRequestAverageCPUUtilization",
            "EC2SpotFleetRequestAverageNetworkIn",
            "EC2SpotFleetRequestAverageNetworkOut",
            "ECSServiceAverageCPUUtilization",
            "ECSServiceAverageCPUUtilizationHighResolution",
            "ECSServiceAverageMemoryUtilization",
            "ECSServiceAverageMemoryUtilizationHighResolution",
            "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage",
            "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage",
            "ElastiCacheDatabaseMemoryUsagePercentage",
            "ElastiCacheEngineCPUUtilization",
            "ElastiCachePrimaryEngineCPUUtilization",
            "ElastiCacheReplicaEngineCPUUtilization",
            "KafkaBrokerStorageUtilization",
            "LambdaProvisionedConcurrencyUtilization",
            "NeptuneReaderAverageCPUUtilization",
            "RDSReaderAverageCPUUtilization",
            "RDSReaderAverageDatabaseConnections",
            "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
            "SageMakerInferenceComponentInvocationsPerCopy",
            "SageMakerVariantConcurrentRequestsPerModelHighResolution",
            "SageMakerVariantInvocationsPerInstance",
            "SageMakerVariantProvisionedConcurrencyUtilization",
            "WorkSpacesAverageUserSessionsCapacityUtilization",
        ]
    }
}
impl ::std::convert::From<PredefinedMetricType> for ::forma_core::Value<PredefinedMetricType> {
    fn from(v: PredefinedMetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PredefinedMetricType {}

/// Contains predefined metric specification information for a target tracking scaling policy for Application Auto Scaling.
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
impl ::std::convert::From<PredefinedMetricSpecification> for ::forma_core::Value<PredefinedMetricSpecification> {
    fn from(v: PredefinedMetricSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDEFINED_METRIC_SPECIFICATION_TYPE.properties))
    }
}

/// Represents a CloudWatch metric of your choosing for a predictive scaling policy.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingCustomizedCapacityMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingCustomizedCapacityMetric {
    /// A new value with its required properties: `MetricDataQueries`.
    pub fn new(
        metric_data_queries: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<PredictiveScalingMetricDataQuery>>,
        >,
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

/// The customized load metric specification.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingCustomizedLoadMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingCustomizedLoadMetric {
    /// A new value with its required properties: `MetricDataQueries`.
    pub fn new(
        metric_data_queries: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<PredictiveScalingMetricDataQuery>>,
        >,
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

/// One or more metric data queries to provide data points for a metric specification.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingCustomizedScalingMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingCustomizedScalingMetric {
    /// A new value with its required properties: `MetricDataQueries`.
    pub fn new(
        metric_data_queries: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<PredictiveScalingMetricDataQuery>>,
        >,
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

/// The values CloudFormation documents: `ALBRequestCount`, `ALBRequestCountPerTarget`, `ECSServiceAverageCPUUtilization`, `ECSServiceAverageMemoryUtilization`, `ECSServiceCPUUtilization`, `ECSServiceMemoryUtilization`, `ECSServiceTotalCPUUtilization`, `ECSServiceTotalMemoryUtilization`, `TotalALBRequestCount`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PredictiveScalingPredefinedLoadMetricPredefinedMetricType {
    /// `ALBRequestCount`
    AlbRequestCount,
    /// `ALBRequestCountPerTarget`
    AlbRequestCountPerTarget,
    /// `ECSServiceAverageCPUUtilization`
    EcsServiceAverageCpuUtilization,
    /// `ECSServiceAverageMemoryUtilization`
    EcsServiceAverageMemoryUtilization,
    /// `ECSServiceCPUUtilization`
    EcsServiceCpuUtilization,
    /// `ECSServiceMemoryUtilization`
    EcsServiceMemoryUtilization,
    /// `ECSServiceTotalCPUUtilization`
    EcsServiceTotalCpuUtilization,
    /// `ECSServiceTotalMemoryUtilization`
    EcsServiceTotalMemoryUtilization,
    /// `TotalALBRequestCount`
    TotalAlbRequestCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PredictiveScalingPredefinedLoadMetricPredefinedMetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlbRequestCount => "ALBRequestCount",
            Self::AlbRequestCountPerTarget => "ALBRequestCountPerTarget",
            Self::EcsServiceAverageCpuUtilization => "ECSServiceAverageCPUUtilization",
            Self::EcsServiceAverageMemoryUtilization => "ECSServiceAverageMemoryUtilization",
            Self::EcsServiceCpuUtilization => "ECSServiceCPUUtilization",
            Self::EcsServiceMemoryUtilization => "ECSServiceMemoryUtilization",
            Self::EcsServiceTotalCpuUtilization => "ECSServiceTotalCPUUtilization",
            Self::EcsServiceTotalMemoryUtilization => "ECSServiceTotalMemoryUtilization",
            Self::TotalAlbRequestCount => "TotalALBRequestCount",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ALBRequestCount",
            "ALBRequestCountPerTarget",
            "ECSServiceAverageCPUUtilization",
            "ECSServiceAverageMemoryUtilization",
            "ECSServiceCPUUtilization",
            "ECSServiceMemoryUtilization",
            "ECSServiceTotalCPUUtilization",
            "ECSServiceTotalMemoryUtilization",
            "TotalALBRequestCount",
        ]
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

/// Describes a load metric for a predictive scaling policy.
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
    /// A label that uniquely identifies a target group.
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

/// Represents a metric pair for a predictive scaling policy.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingPredefinedMetricPair {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingPredefinedMetricPair {
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
    /// A label that uniquely identifies a specific target group from which to determine the total and average request count.
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

/// Describes a scaling metric for a predictive scaling policy.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingPredefinedScalingMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingPredefinedScalingMetric {
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
    /// A label that uniquely identifies a specific target group from which to determine the average request count.
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

/// `MetricDimension` specifies a name/value pair that is part of the identity of a CloudWatch metric for the `Dimensions` property of the [AWS::ApplicationAutoScaling::ScalingPolicy CustomizedMetricSpecification](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-customizedmetricspecification.html) property type.
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

/// The metric data to return.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingMetricDataQuery {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingMetricDataQuery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The math expression to perform on the returned data, if this object is performing a math expression.
    ///
    /// Allowed: length 1 to 2048.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A short name that identifies the object's results in the response.
    ///
    /// Allowed: length 1 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A human-readable label for this metric or expression.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Information about the metric data to return.
    pub fn metric_stat(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetTrackingMetricStat>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates whether to return the timestamps and raw data values of this metric.
    pub fn return_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetTrackingMetricDataQuery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetTrackingMetricDataQuery> for ::forma_core::Value<TargetTrackingMetricDataQuery> {
    fn from(v: TargetTrackingMetricDataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_METRIC_DATA_QUERY_TYPE.properties))
    }
}

/// The metric data to return.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingMetricDataQuery {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingMetricDataQuery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The math expression to perform on the returned data, if this object is performing a math expression.
    ///
    /// Allowed: length 1 to 2048.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A short name that identifies the object's results in the response.
    ///
    /// Allowed: length 1 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A human-readable label for this metric or expression.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Information about the metric data to return.
    pub fn metric_stat(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingMetricStat>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates whether to return the timestamps and raw data values of this metric.
    pub fn return_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PredictiveScalingMetricDataQuery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PredictiveScalingMetricDataQuery> for ::forma_core::Value<PredictiveScalingMetricDataQuery> {
    fn from(v: PredictiveScalingMetricDataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_METRIC_DATA_QUERY_TYPE.properties))
    }
}

/// This structure defines the CloudWatch metric to return, along with the statistic and unit.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingMetricStat {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingMetricStat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch metric to return, including the metric name, namespace, and dimensions.
    pub fn metric(mut self, value: impl ::std::convert::Into<::forma_core::Value<TargetTrackingMetric>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The statistic to return.
    pub fn stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit to use for the returned data points.
    ///
    /// Allowed: length 1 to 1023.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetTrackingMetricStat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetTrackingMetricStat> for ::forma_core::Value<TargetTrackingMetricStat> {
    fn from(v: TargetTrackingMetricStat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_METRIC_STAT_TYPE.properties))
    }
}

/// This structure defines the CloudWatch metric to return, along with the statistic and unit.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingMetricStat {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingMetricStat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch metric to return, including the metric name, namespace, and dimensions.
    pub fn metric(mut self, value: impl ::std::convert::Into<::forma_core::Value<PredictiveScalingMetric>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The statistic to return.
    pub fn stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit to use for the returned data points.
    ///
    /// Allowed: length 1 to 1023.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PredictiveScalingMetricStat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PredictiveScalingMetricStat> for ::forma_core::Value<PredictiveScalingMetricStat> {
    fn from(v: PredictiveScalingMetricStat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_METRIC_STAT_TYPE.properties))
    }
}

/// Represents a specific metric for a target tracking scaling policy for Application Auto Scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingMetric {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingMetric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The dimensions for the metric.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetTrackingMetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the metric.
    ///
    /// Allowed: length 1 to 255.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The namespace of the metric.
    ///
    /// Allowed: length 1 to 255.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetTrackingMetric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetTrackingMetric> for ::forma_core::Value<TargetTrackingMetric> {
    fn from(v: TargetTrackingMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_METRIC_TYPE.properties))
    }
}

/// Describes the scaling metric.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingMetric {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingMetric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes the dimensions of the metric.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PredictiveScalingMetricDimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the metric.
    ///
    /// Allowed: length 1 to 255.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The namespace of the metric.
    ///
    /// Allowed: length 1 to 255.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PredictiveScalingMetric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PredictiveScalingMetric> for ::forma_core::Value<PredictiveScalingMetric> {
    fn from(v: PredictiveScalingMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_METRIC_TYPE.properties))
    }
}

/// `TargetTrackingMetricDimension` specifies a name/value pair that is part of the identity of a CloudWatch metric for the `Dimensions` property of the [AWS::ApplicationAutoScaling::ScalingPolicy TargetTrackingMetric](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetric.html) property type.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingMetricDimension {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingMetricDimension {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the dimension.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the dimension.
    ///
    /// Allowed: length 1 to 1024.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetTrackingMetricDimension {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetTrackingMetricDimension> for ::forma_core::Value<TargetTrackingMetricDimension> {
    fn from(v: TargetTrackingMetricDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_METRIC_DIMENSION_TYPE.properties))
    }
}

/// Describes the dimension of a metric.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingMetricDimension {
    props: ::forma_core::schema::Props,
}
impl PredictiveScalingMetricDimension {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the dimension.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the dimension.
    ///
    /// Allowed: length 1 to 1024.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PredictiveScalingMetricDimension {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PredictiveScalingMetricDimension> for ::forma_core::Value<PredictiveScalingMetricDimension> {
    fn from(v: PredictiveScalingMetricDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_SCALING_METRIC_DIMENSION_TYPE.properties))
    }
}

/// The schema of `AWS::ApplicationAutoScaling::ScalingPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationAutoScaling::ScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{Print}+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PredictiveScaling", "StepScaling", "TargetTrackingScaling"]),
        },
        ::forma_core::schema::Property {
            name: "PredictiveScalingPolicyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_POLICY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalableDimension",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "appstream:fleet:DesiredCapacity",
                "cassandra:table:ReadCapacityUnits",
                "cassandra:table:WriteCapacityUnits",
                "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
                "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
                "custom-resource:ResourceType:Property",
                "dynamodb:index:ReadCapacityUnits",
                "dynamodb:index:WriteCapacityUnits",
                "dynamodb:table:ReadCapacityUnits",
                "dynamodb:table:WriteCapacityUnits",
                "ec2:spot-fleet-request:TargetCapacity",
                "ecs:service:DesiredCount",
                "elasticache:cache-cluster:Nodes",
                "elasticache:replication-group:NodeGroups",
                "elasticache:replication-group:Replicas",
                "elasticmapreduce:instancegroup:InstanceCount",
                "kafka:broker-storage:VolumeSize",
                "lambda:function:ProvisionedConcurrency",
                "neptune:cluster:ReadReplicaCount",
                "rds:cluster:ReadReplicaCount",
                "sagemaker:inference-component:DesiredCopyCount",
                "sagemaker:variant:DesiredInstanceCount",
                "sagemaker:variant:DesiredProvisionedConcurrency",
                "workspaces:workspacespool:DesiredUserSessions",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ScalingTargetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceNamespace",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "appstream",
                "cassandra",
                "comprehend",
                "custom-resource",
                "dynamodb",
                "ec2",
                "ecs",
                "elasticache",
                "elasticmapreduce",
                "kafka",
                "lambda",
                "neptune",
                "rds",
                "sagemaker",
                "workspaces",
            ]),
        },
        ::forma_core::schema::Property {
            name: "StepScalingPolicyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STEP_SCALING_POLICY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetTrackingScalingPolicyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::OneOf(&[&["ScalingTargetId"], &["ResourceId"]]),
        ::forma_core::schema::Combination::Requires("ResourceId", &["ScalableDimension", "ServiceNamespace"]),
    ],
    attributes: &["Arn"],
};

static PREDICTIVE_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPolicyConfiguration",
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
                    maximum: Some(3600.0),
                }),
            },
        ],
        rules: &[],
    };

static STEP_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.StepScalingPolicyConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdjustmentType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ChangeInCapacity",
                    "ExactCapacity",
                    "PercentChangeInCapacity",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Cooldown",
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
                name: "StepAdjustments",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&STEP_ADJUSTMENT_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingScalingPolicyConfiguration",
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

static PREDICTIVE_SCALING_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification",
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

static STEP_ADJUSTMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.StepAdjustment",
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

static CUSTOMIZED_METRIC_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.CustomizedMetricSpecification",
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
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredefinedMetricSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "PredefinedMetricType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ALBRequestCountPerTarget",
                "AppStreamAverageCapacityUtilization",
                "CassandraReadCapacityUtilization",
                "CassandraWriteCapacityUtilization",
                "ComprehendInferenceUtilization",
                "DynamoDBReadCapacityUtilization",
                "DynamoDBWriteCapacityUtilization",
                "EC2SpotFleetRequestAverageCPUUtilization",
                "EC2SpotFleetRequestAverageNetworkIn",
                "EC2SpotFleetRequestAverageNetworkOut",
                "ECSServiceAverageCPUUtilization",
                "ECSServiceAverageCPUUtilizationHighResolution",
                "ECSServiceAverageMemoryUtilization",
                "ECSServiceAverageMemoryUtilizationHighResolution",
                "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage",
                "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage",
                "ElastiCacheDatabaseMemoryUsagePercentage",
                "ElastiCacheEngineCPUUtilization",
                "ElastiCachePrimaryEngineCPUUtilization",
                "ElastiCacheReplicaEngineCPUUtilization",
                "KafkaBrokerStorageUtilization",
                "LambdaProvisionedConcurrencyUtilization",
                "NeptuneReaderAverageCPUUtilization",
                "RDSReaderAverageCPUUtilization",
                "RDSReaderAverageDatabaseConnections",
                "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
                "SageMakerInferenceComponentInvocationsPerCopy",
                "SageMakerVariantConcurrentRequestsPerModelHighResolution",
                "SageMakerVariantInvocationsPerInstance",
                "SageMakerVariantProvisionedConcurrencyUtilization",
                "WorkSpacesAverageUserSessionsCapacityUtilization",
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
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric",
        properties: &[::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PREDICTIVE_SCALING_CUSTOMIZED_LOAD_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric",
        properties: &[::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PREDICTIVE_SCALING_CUSTOMIZED_SCALING_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric",
        properties: &[::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static PREDICTIVE_SCALING_PREDEFINED_LOAD_METRIC_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBRequestCount",
                    "ALBRequestCountPerTarget",
                    "ECSServiceAverageCPUUtilization",
                    "ECSServiceAverageMemoryUtilization",
                    "ECSServiceCPUUtilization",
                    "ECSServiceMemoryUtilization",
                    "ECSServiceTotalCPUUtilization",
                    "ECSServiceTotalMemoryUtilization",
                    "TotalALBRequestCount",
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
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBRequestCount",
                    "ALBRequestCountPerTarget",
                    "ECSServiceAverageCPUUtilization",
                    "ECSServiceAverageMemoryUtilization",
                    "ECSServiceCPUUtilization",
                    "ECSServiceMemoryUtilization",
                    "ECSServiceTotalCPUUtilization",
                    "ECSServiceTotalMemoryUtilization",
                    "TotalALBRequestCount",
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
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric",
        properties: &[
            ::forma_core::schema::Property {
                name: "PredefinedMetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ALBRequestCount",
                    "ALBRequestCountPerTarget",
                    "ECSServiceAverageCPUUtilization",
                    "ECSServiceAverageMemoryUtilization",
                    "ECSServiceCPUUtilization",
                    "ECSServiceMemoryUtilization",
                    "ECSServiceTotalCPUUtilization",
                    "ECSServiceTotalMemoryUtilization",
                    "TotalALBRequestCount",
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
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.MetricDimension",
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
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery",
        properties: &[
            ::forma_core::schema::Property {
                name: "Expression",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "Id",
                required: false,
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
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MetricStat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_METRIC_STAT_TYPE),
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

static PREDICTIVE_SCALING_METRIC_DATA_QUERY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDataQuery",
        properties: &[
            ::forma_core::schema::Property {
                name: "Expression",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "Id",
                required: false,
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
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MetricStat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_STAT_TYPE),
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
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricStat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Metric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Stat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Unit",
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

static PREDICTIVE_SCALING_METRIC_STAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricStat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Metric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Stat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Unit",
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

static TARGET_TRACKING_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TRACKING_METRIC_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
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

static PREDICTIVE_SCALING_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICTIVE_SCALING_METRIC_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
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

static TARGET_TRACKING_METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static PREDICTIVE_SCALING_METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDimension",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };
