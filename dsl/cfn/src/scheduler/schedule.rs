// @generated from AWS::Scheduler::Schedule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Scheduler::Schedule` and its property types.

/// Definition of AWS::Scheduler::Schedule Resource Type
///
/// CloudFormation type `AWS::Scheduler::Schedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new resource with its required properties: `FlexibleTimeWindow`, `ScheduleExpression`, `Target`.
    #[track_caller]
    pub fn new(
        flexible_time_window: impl ::std::convert::Into<::forma_core::Value<FlexibleTimeWindow>>,
        schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<Target>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, flexible_time_window.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, schedule_expression.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, target.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the schedule.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date, in UTC, before which the schedule can invoke its target.
    #[track_caller]
    pub fn end_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the schedule group to associate with this schedule.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN for a KMS Key that will be used to encrypt customer data.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The timezone in which the scheduling expression is evaluated.
    ///
    /// Allowed: length 1 to 50.
    #[track_caller]
    pub fn schedule_expression_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date, in UTC, after which the schedule can begin invoking its target.
    #[track_caller]
    pub fn start_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the schedule is enabled or disabled.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<ScheduleState>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Schedule {
    type Attributes = ScheduleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Scheduler::Schedule"
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
/// The attributes of a `AWS::Scheduler::Schedule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScheduleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScheduleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScheduleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduleState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScheduleState {
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
impl ::std::convert::From<ScheduleState> for ::forma_core::Value<ScheduleState> {
    fn from(v: ScheduleState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScheduleState {}

/// The values CloudFormation documents: `OFF`, `FLEXIBLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlexibleTimeWindowMode {
    /// `OFF`
    Off,
    /// `FLEXIBLE`
    Flexible,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlexibleTimeWindowMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Flexible => "FLEXIBLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "FLEXIBLE"]
    }
}
impl ::std::convert::From<FlexibleTimeWindowMode> for ::forma_core::Value<FlexibleTimeWindowMode> {
    fn from(v: FlexibleTimeWindowMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlexibleTimeWindowMode {}

/// Flexible time window allows configuration of a window within which a schedule can be invoked
#[derive(Debug, Clone, PartialEq)]
pub struct FlexibleTimeWindow {
    props: ::forma_core::schema::Props,
}
impl FlexibleTimeWindow {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<FlexibleTimeWindowMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, mode.into_enum_expr());
        Self { props }
    }
    /// The maximum time window during which a schedule can be invoked.
    ///
    /// Allowed: 1 to 1440.
    pub fn maximum_window_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FlexibleTimeWindow> for ::forma_core::Value<FlexibleTimeWindow> {
    fn from(v: FlexibleTimeWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLEXIBLE_TIME_WINDOW_TYPE.properties))
    }
}

/// The schedule target.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    props: ::forma_core::schema::Props,
}
impl Target {
    /// A new value with its required properties: `Arn`, `RoleArn`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        props.set(7, role_arn.into().into_expr());
        Self { props }
    }
    /// A DeadLetterConfig object that contains information about a dead-letter queue configuration.
    pub fn dead_letter_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The custom parameters to be used when the target is an Amazon ECS task.
    pub fn ecs_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<EcsParameters>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// EventBridge PutEvent predefined target type.
    pub fn event_bridge_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBridgeParameters>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The text, or well-formed JSON, passed to the target.
    ///
    /// Allowed: length 1 to any.
    pub fn input(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The custom parameter you can use to control the shard to which EventBridge Scheduler sends the event.
    pub fn kinesis_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisParameters>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A RetryPolicy object that includes information about the retry policy settings.
    pub fn retry_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryPolicy>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// These are custom parameters to use when the target is a SageMaker Model Building Pipeline that starts based on AWS EventBridge Scheduler schedules.
    pub fn sage_maker_pipeline_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SageMakerPipelineParameters>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Contains the message group ID to use when the target is a FIFO queue.
    pub fn sqs_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<SqsParameters>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Target> for ::forma_core::Value<Target> {
    fn from(v: Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TYPE.properties))
    }
}

/// A DeadLetterConfig object that contains information about a dead-letter queue configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetterConfig {
    props: ::forma_core::schema::Props,
}
impl DeadLetterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the SQS queue specified as the target for the dead-letter queue.
    ///
    /// Allowed: length 1 to 1600.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeadLetterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeadLetterConfig> for ::forma_core::Value<DeadLetterConfig> {
    fn from(v: DeadLetterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEAD_LETTER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EC2`, `FARGATE`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LaunchType {
    /// `EC2`
    Ec2,
    /// `FARGATE`
    Fargate,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LaunchType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::Fargate => "FARGATE",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2", "FARGATE", "EXTERNAL"]
    }
}
impl ::std::convert::From<LaunchType> for ::forma_core::Value<LaunchType> {
    fn from(v: LaunchType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LaunchType {}

/// The values CloudFormation documents: `TASK_DEFINITION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTags {
    /// `TASK_DEFINITION`
    TaskDefinition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskDefinition => "TASK_DEFINITION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TASK_DEFINITION"]
    }
}
impl ::std::convert::From<PropagateTags> for ::forma_core::Value<PropagateTags> {
    fn from(v: PropagateTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateTags {}

/// The custom parameters to be used when the target is an Amazon ECS task.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsParameters {
    props: ::forma_core::schema::Props,
}
impl EcsParameters {
    /// A new value with its required properties: `TaskDefinitionArn`.
    pub fn new(task_definition_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(13, task_definition_arn.into().into_expr());
        Self { props }
    }
    /// The capacity provider strategy to use for the task.
    pub fn capacity_provider_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityProviderStrategyItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether to enable Amazon ECS managed tags for the task.
    pub fn enable_ecs_managed_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether or not to enable the execute command functionality for the containers in this task.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies an ECS task group for the task.
    ///
    /// Allowed: length 1 to 255.
    pub fn group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies the launch type on which your task is running.
    pub fn launch_type(mut self, value: impl ::forma_core::schema::EnumArg<LaunchType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// This structure specifies the network configuration for an ECS task.
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An array of placement constraint objects to use for the task.
    pub fn placement_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementConstraint>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The placement strategy objects to use for the task.
    pub fn placement_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementStrategy>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies the platform version for the task.
    ///
    /// Allowed: length 1 to 64.
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies whether to propagate the tags from the task definition to the task.
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// The reference ID to use for the task.
    ///
    /// Allowed: length 0 to 1024.
    pub fn reference_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The metadata that you apply to the task to help you categorize and organize them.
    pub fn tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The number of tasks to create based on TaskDefinition.
    ///
    /// Allowed: 1 to 10.
    pub fn task_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EcsParameters> for ::forma_core::Value<EcsParameters> {
    fn from(v: EcsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_PARAMETERS_TYPE.properties))
    }
}

/// EventBridge PutEvent predefined target type.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeParameters {
    props: ::forma_core::schema::Props,
}
impl EventBridgeParameters {
    /// A new value with its required properties: `DetailType`, `Source`.
    pub fn new(
        detail_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, detail_type.into().into_expr());
        props.set(1, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventBridgeParameters> for ::forma_core::Value<EventBridgeParameters> {
    fn from(v: EventBridgeParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_PARAMETERS_TYPE.properties))
    }
}

/// The custom parameter you can use to control the shard to which EventBridge Scheduler sends the event.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisParameters {
    props: ::forma_core::schema::Props,
}
impl KinesisParameters {
    /// A new value with its required properties: `PartitionKey`.
    pub fn new(partition_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, partition_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisParameters> for ::forma_core::Value<KinesisParameters> {
    fn from(v: KinesisParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_PARAMETERS_TYPE.properties))
    }
}

/// A RetryPolicy object that includes information about the retry policy settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    props: ::forma_core::schema::Props,
}
impl RetryPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of time, in seconds, to continue to make retry attempts.
    ///
    /// Allowed: 60 to 86400.
    pub fn maximum_event_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of retry attempts to make before the request fails.
    ///
    /// Allowed: 0 to 185.
    pub fn maximum_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetryPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetryPolicy> for ::forma_core::Value<RetryPolicy> {
    fn from(v: RetryPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETRY_POLICY_TYPE.properties))
    }
}

/// These are custom parameters to use when the target is a SageMaker Model Building Pipeline that starts based on AWS EventBridge Scheduler schedules.
#[derive(Debug, Clone, PartialEq)]
pub struct SageMakerPipelineParameters {
    props: ::forma_core::schema::Props,
}
impl SageMakerPipelineParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of Parameter names and values for SageMaker Model Building Pipeline execution.
    pub fn pipeline_parameter_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SageMakerPipelineParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SageMakerPipelineParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SageMakerPipelineParameters> for ::forma_core::Value<SageMakerPipelineParameters> {
    fn from(v: SageMakerPipelineParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAGE_MAKER_PIPELINE_PARAMETERS_TYPE.properties))
    }
}

/// Contains the message group ID to use when the target is a FIFO queue.
#[derive(Debug, Clone, PartialEq)]
pub struct SqsParameters {
    props: ::forma_core::schema::Props,
}
impl SqsParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The FIFO message group ID to use as the target.
    ///
    /// Allowed: length 1 to 128.
    pub fn message_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SqsParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SqsParameters> for ::forma_core::Value<SqsParameters> {
    fn from(v: SqsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQS_PARAMETERS_TYPE.properties))
    }
}

/// The details of a capacity provider strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderStrategyItem {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderStrategyItem {
    /// A new value with its required properties: `CapacityProvider`.
    pub fn new(capacity_provider: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, capacity_provider.into().into_expr());
        Self { props }
    }
    /// The base value designates how many tasks, at a minimum, to run on the specified capacity provider.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CapacityProviderStrategyItem> for ::forma_core::Value<CapacityProviderStrategyItem> {
    fn from(v: CapacityProviderStrategyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE.properties))
    }
}

/// This structure specifies the network configuration for an ECS task.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This structure specifies the VPC subnets and security groups for the task, and whether a public IP address is to be used.
    pub fn awsvpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsVpcConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `distinctInstance`, `memberOf`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementConstraintType {
    /// `distinctInstance`
    DistinctInstance,
    /// `memberOf`
    MemberOf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlacementConstraintType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DistinctInstance => "distinctInstance",
            Self::MemberOf => "memberOf",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["distinctInstance", "memberOf"]
    }
}
impl ::std::convert::From<PlacementConstraintType> for ::forma_core::Value<PlacementConstraintType> {
    fn from(v: PlacementConstraintType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlacementConstraintType {}

/// An object representing a constraint on task placement.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementConstraint {
    props: ::forma_core::schema::Props,
}
impl PlacementConstraint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A cluster query language expression to apply to the constraint.
    ///
    /// Allowed: length 0 to 2000.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of constraint.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<PlacementConstraintType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PlacementConstraint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PlacementConstraint> for ::forma_core::Value<PlacementConstraint> {
    fn from(v: PlacementConstraint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_CONSTRAINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `random`, `spread`, `binpack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementStrategyType {
    /// `random`
    Random,
    /// `spread`
    Spread,
    /// `binpack`
    Binpack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlacementStrategyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Random => "random",
            Self::Spread => "spread",
            Self::Binpack => "binpack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["random", "spread", "binpack"]
    }
}
impl ::std::convert::From<PlacementStrategyType> for ::forma_core::Value<PlacementStrategyType> {
    fn from(v: PlacementStrategyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlacementStrategyType {}

/// The task placement strategy for a task or service.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementStrategy {
    props: ::forma_core::schema::Props,
}
impl PlacementStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The field to apply the placement strategy against.
    ///
    /// Allowed: length 0 to 255.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of placement strategy.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<PlacementStrategyType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PlacementStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PlacementStrategy> for ::forma_core::Value<PlacementStrategy> {
    fn from(v: PlacementStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_STRATEGY_TYPE.properties))
    }
}

/// Name/Value pair of a parameter to start execution of a SageMaker Model Building Pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct SageMakerPipelineParameter {
    props: ::forma_core::schema::Props,
}
impl SageMakerPipelineParameter {
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
impl ::std::convert::From<SageMakerPipelineParameter> for ::forma_core::Value<SageMakerPipelineParameter> {
    fn from(v: SageMakerPipelineParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAGE_MAKER_PIPELINE_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignPublicIp {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssignPublicIp {
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
impl ::std::convert::From<AssignPublicIp> for ::forma_core::Value<AssignPublicIp> {
    fn from(v: AssignPublicIp) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssignPublicIp {}

/// This structure specifies the VPC subnets and security groups for the task, and whether a public IP address is to be used.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsVpcConfiguration {
    /// A new value with its required properties: `Subnets`.
    pub fn new(
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, subnets.into().into_expr());
        Self { props }
    }
    /// Specifies whether the task's elastic network interface receives a public IP address.
    pub fn assign_public_ip(mut self, value: impl ::forma_core::schema::EnumArg<AssignPublicIp>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the security groups associated with the task.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsVpcConfiguration> for ::forma_core::Value<AwsVpcConfiguration> {
    fn from(v: AwsVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Scheduler::Schedule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Scheduler::Schedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FlexibleTimeWindow",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLEXIBLE_TIME_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_.]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z-]*:kms:[a-z0-9\\-]+:\\d{12}:(key|alias)\\/[0-9a-zA-Z-_]*$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_.]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpressionTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static FLEXIBLE_TIME_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.FlexibleTimeWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumWindowInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "FLEXIBLE"]),
        },
    ],
    rules: &[],
};

static TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.Target",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeadLetterConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEAD_LETTER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EcsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ECS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventBridgeParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_BRIDGE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Input",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KinesisParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetryPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETRY_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "SageMakerPipelineParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAGE_MAKER_PIPELINE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqsParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQS_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static DEAD_LETTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.DeadLetterConfig",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[a-z-]*:sqs:[a-z0-9\\-]+:\\d{12}:[a-zA-Z0-9\\-_]+$"),
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};

static ECS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.EcsParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviderStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(6) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableECSManagedTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableExecuteCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Group",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EC2", "FARGATE", "EXTERNAL"]),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlacementConstraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PLACEMENT_CONSTRAINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlacementStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PLACEMENT_STRATEGY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlatformVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TASK_DEFINITION"]),
        },
        ::forma_core::schema::Property {
            name: "ReferenceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
                )),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TaskDefinitionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
    ],
    rules: &[],
};

static EVENT_BRIDGE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.EventBridgeParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "DetailType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static KINESIS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.KinesisParameters",
    properties: &[::forma_core::schema::Property {
        name: "PartitionKey",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static RETRY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.RetryPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumEventAgeInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumRetryAttempts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(185.0),
            }),
        },
    ],
    rules: &[],
};

static SAGE_MAKER_PIPELINE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.SageMakerPipelineParameters",
    properties: &[::forma_core::schema::Property {
        name: "PipelineParameterList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SAGE_MAKER_PIPELINE_PARAMETER_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
        ),
    }],
    rules: &[],
};

static SQS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.SqsParameters",
    properties: &[::forma_core::schema::Property {
        name: "MessageGroupId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.CapacityProviderStrategyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Base",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityProvider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.NetworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AwsvpcConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AWS_VPC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PLACEMENT_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.PlacementConstraint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["distinctInstance", "memberOf"]),
        },
    ],
    rules: &[],
};

static PLACEMENT_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.PlacementStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["random", "spread", "binpack"]),
        },
    ],
    rules: &[],
};

static SAGE_MAKER_PIPELINE_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.SageMakerPipelineParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\-_]*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
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

static AWS_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Scheduler::Schedule.AwsVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignPublicIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1000),
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
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};
