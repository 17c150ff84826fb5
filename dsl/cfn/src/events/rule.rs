// @generated from AWS::Events::Rule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Events::Rule` and its property types.

/// Resource Type definition for AWS::Events::Rule
///
/// CloudFormation type `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The description of the rule.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name or ARN of the event bus associated with the rule.
    ///
    /// Allowed: length 1 to 1600.
    #[track_caller]
    pub fn event_bus_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The event pattern of the rule.
    #[track_caller]
    pub fn event_pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the rule.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the role that is used for target invocation.
    ///
    /// Allowed: length 1 to 1600.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scheduling expression.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The state of the rule.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the event rule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Adds the specified targets to the specified rule, or updates the targets if they are already associated with the rule.
    #[track_caller]
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Target>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Rule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Rule {
    type Attributes = RuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Events::Rule"
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
/// The attributes of a `AWS::Events::Rule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `RuleName`.
    pub fn rule_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleName")
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`
    EnabledWithAllCloudtrailManagementEvents,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::EnabledWithAllCloudtrailManagementEvents => "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The `Tag` property type of `AWS::Events::Rule`.
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
    /// Allowed: length 0 to 256.
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

/// The `Target` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    props: ::forma_core::schema::Props,
}
impl Target {
    /// A new value with its required properties: `Arn`, `Id`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, arn.into().into_expr());
        props.set(6, id.into().into_expr());
        Self { props }
    }
    /// `AppSyncParameters`.
    pub fn app_sync_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AppSyncParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BatchParameters`.
    pub fn batch_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<BatchParameters>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DeadLetterConfig`.
    pub fn dead_letter_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeadLetterConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EcsParameters`.
    pub fn ecs_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<EcsParameters>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `HttpParameters`.
    pub fn http_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpParameters>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Input`.
    ///
    /// Allowed: length 0 to 8192.
    pub fn input(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `InputPath`.
    ///
    /// Allowed: length 0 to 256.
    pub fn input_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `InputTransformer`.
    pub fn input_transformer(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputTransformer>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `KinesisParameters`.
    pub fn kinesis_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisParameters>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `RedshiftDataParameters`.
    pub fn redshift_data_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftDataParameters>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `RetryPolicy`.
    pub fn retry_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryPolicy>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 1 to 1600.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `RunCommandParameters`.
    pub fn run_command_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RunCommandParameters>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SageMakerPipelineParameters`.
    pub fn sage_maker_pipeline_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SageMakerPipelineParameters>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `SqsParameters`.
    pub fn sqs_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<SqsParameters>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Target> for ::forma_core::Value<Target> {
    fn from(v: Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TYPE.properties))
    }
}

/// The `AppSyncParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppSyncParameters {
    props: ::forma_core::schema::Props,
}
impl AppSyncParameters {
    /// A new value with its required properties: `GraphQLOperation`.
    pub fn new(graphql_operation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, graphql_operation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AppSyncParameters> for ::forma_core::Value<AppSyncParameters> {
    fn from(v: AppSyncParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_SYNC_PARAMETERS_TYPE.properties))
    }
}

/// The `BatchParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchParameters {
    props: ::forma_core::schema::Props,
}
impl BatchParameters {
    /// A new value with its required properties: `JobDefinition`, `JobName`.
    pub fn new(
        job_definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        job_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, job_definition.into().into_expr());
        props.set(2, job_name.into().into_expr());
        Self { props }
    }
    /// `ArrayProperties`.
    pub fn array_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BatchArrayProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RetryStrategy`.
    pub fn retry_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<BatchRetryStrategy>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BatchParameters> for ::forma_core::Value<BatchParameters> {
    fn from(v: BatchParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_PARAMETERS_TYPE.properties))
    }
}

/// The `DeadLetterConfig` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadLetterConfig {
    props: ::forma_core::schema::Props,
}
impl DeadLetterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
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

/// The values CloudFormation documents: `EC2`, `EXTERNAL`, `FARGATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LaunchType {
    /// `EC2`
    Ec2,
    /// `EXTERNAL`
    External,
    /// `FARGATE`
    Fargate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LaunchType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::External => "EXTERNAL",
            Self::Fargate => "FARGATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2", "EXTERNAL", "FARGATE"]
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

/// The `EcsParameters` property type of `AWS::Events::Rule`.
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
    /// `CapacityProviderStrategy`.
    pub fn capacity_provider_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityProviderStrategyItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableECSManagedTags`.
    pub fn enable_ecs_managed_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EnableExecuteCommand`.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Group`.
    pub fn group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LaunchType`.
    pub fn launch_type(mut self, value: impl ::forma_core::schema::EnumArg<LaunchType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `NetworkConfiguration`.
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PlacementConstraints`.
    pub fn placement_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementConstraint>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PlacementStrategies`.
    pub fn placement_strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementStrategy>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PlatformVersion`.
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PropagateTags`.
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// `ReferenceId`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn reference_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `TagList`.
    pub fn tag_list(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `TaskCount`.
    ///
    /// Allowed: at least 1.
    pub fn task_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EcsParameters> for ::forma_core::Value<EcsParameters> {
    fn from(v: EcsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_PARAMETERS_TYPE.properties))
    }
}

/// The `HttpParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpParameters {
    props: ::forma_core::schema::Props,
}
impl HttpParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HeaderParameters`.
    pub fn header_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PathParameterValues`.
    pub fn path_parameter_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QueryStringParameters`.
    pub fn query_string_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpParameters> for ::forma_core::Value<HttpParameters> {
    fn from(v: HttpParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_PARAMETERS_TYPE.properties))
    }
}

/// The `InputTransformer` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputTransformer {
    props: ::forma_core::schema::Props,
}
impl InputTransformer {
    /// A new value with its required properties: `InputTemplate`.
    pub fn new(input_template: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, input_template.into().into_expr());
        Self { props }
    }
    /// `InputPathsMap`.
    pub fn input_paths_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InputTransformer> for ::forma_core::Value<InputTransformer> {
    fn from(v: InputTransformer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_TRANSFORMER_TYPE.properties))
    }
}

/// The `KinesisParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisParameters {
    props: ::forma_core::schema::Props,
}
impl KinesisParameters {
    /// A new value with its required properties: `PartitionKeyPath`.
    pub fn new(partition_key_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, partition_key_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisParameters> for ::forma_core::Value<KinesisParameters> {
    fn from(v: KinesisParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_PARAMETERS_TYPE.properties))
    }
}

/// The `RedshiftDataParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftDataParameters {
    props: ::forma_core::schema::Props,
}
impl RedshiftDataParameters {
    /// A new value with its required properties: `Database`.
    pub fn new(database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database.into().into_expr());
        Self { props }
    }
    /// `DbUser`.
    ///
    /// Allowed: length 1 to 128.
    pub fn db_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecretManagerArn`.
    ///
    /// Allowed: length 1 to 1600.
    pub fn secret_manager_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Sql`.
    ///
    /// Allowed: length 1 to 100000.
    pub fn sql(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Sqls`.
    pub fn sqls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StatementName`.
    ///
    /// Allowed: length 1 to 500.
    pub fn statement_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `WithEvent`.
    pub fn with_event(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftDataParameters> for ::forma_core::Value<RedshiftDataParameters> {
    fn from(v: RedshiftDataParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_DATA_PARAMETERS_TYPE.properties))
    }
}

/// The `RetryPolicy` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    props: ::forma_core::schema::Props,
}
impl RetryPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaximumEventAgeInSeconds`.
    ///
    /// Allowed: 60 to 86400.
    pub fn maximum_event_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumRetryAttempts`.
    ///
    /// Allowed: 0 to 185.
    pub fn maximum_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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

/// The `RunCommandParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunCommandParameters {
    props: ::forma_core::schema::Props,
}
impl RunCommandParameters {
    /// A new value with its required properties: `RunCommandTargets`.
    pub fn new(
        run_command_targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RunCommandTarget>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, run_command_targets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RunCommandParameters> for ::forma_core::Value<RunCommandParameters> {
    fn from(v: RunCommandParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUN_COMMAND_PARAMETERS_TYPE.properties))
    }
}

/// The `SageMakerPipelineParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SageMakerPipelineParameters {
    props: ::forma_core::schema::Props,
}
impl SageMakerPipelineParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PipelineParameterList`.
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

/// The `SqsParameters` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqsParameters {
    props: ::forma_core::schema::Props,
}
impl SqsParameters {
    /// A new value with its required properties: `MessageGroupId`.
    pub fn new(message_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, message_group_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SqsParameters> for ::forma_core::Value<SqsParameters> {
    fn from(v: SqsParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQS_PARAMETERS_TYPE.properties))
    }
}

/// The `BatchArrayProperties` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchArrayProperties {
    props: ::forma_core::schema::Props,
}
impl BatchArrayProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Size`.
    pub fn size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchArrayProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchArrayProperties> for ::forma_core::Value<BatchArrayProperties> {
    fn from(v: BatchArrayProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_ARRAY_PROPERTIES_TYPE.properties))
    }
}

/// The `BatchRetryStrategy` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRetryStrategy {
    props: ::forma_core::schema::Props,
}
impl BatchRetryStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attempts`.
    pub fn attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchRetryStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchRetryStrategy> for ::forma_core::Value<BatchRetryStrategy> {
    fn from(v: BatchRetryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_RETRY_STRATEGY_TYPE.properties))
    }
}

/// The `CapacityProviderStrategyItem` property type of `AWS::Events::Rule`.
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
    /// `Base`.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CapacityProviderStrategyItem> for ::forma_core::Value<CapacityProviderStrategyItem> {
    fn from(v: CapacityProviderStrategyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE.properties))
    }
}

/// The `NetworkConfiguration` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsVpcConfiguration`.
    pub fn aws_vpc_configuration(
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
pub enum Type {
    /// `distinctInstance`
    DistinctInstance,
    /// `memberOf`
    MemberOf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
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
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `PlacementConstraint` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementConstraint {
    props: ::forma_core::schema::Props,
}
impl PlacementConstraint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Expression`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
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

/// The `PlacementStrategy` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementStrategy {
    props: ::forma_core::schema::Props,
}
impl PlacementStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Field`.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
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

/// The `RunCommandTarget` property type of `AWS::Events::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunCommandTarget {
    props: ::forma_core::schema::Props,
}
impl RunCommandTarget {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RunCommandTarget> for ::forma_core::Value<RunCommandTarget> {
    fn from(v: RunCommandTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUN_COMMAND_TARGET_TYPE.properties))
    }
}

/// The `SageMakerPipelineParameter` property type of `AWS::Events::Rule`.
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

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignPublicIp {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssignPublicIp {
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
impl ::std::convert::From<AssignPublicIp> for ::forma_core::Value<AssignPublicIp> {
    fn from(v: AssignPublicIp) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssignPublicIp {}

/// The `AwsVpcConfiguration` property type of `AWS::Events::Rule`.
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
    /// `AssignPublicIp`.
    pub fn assign_public_ip(mut self, value: impl ::forma_core::schema::EnumArg<AssignPublicIp>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `SecurityGroups`.
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

/// The schema of `AWS::Events::Rule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Events::Rule",
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
            name: "EventBusName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(arn:aws[\\w-]*:events:[a-z]{2}-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[/\\.\\-_A-Za-z0-9]+$",
                ),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(rate\\(.+\\)|cron\\(.+\\))?$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DISABLED",
                "ENABLED",
                "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
            ]),
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
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["EventPattern"], &["ScheduleExpression"]])],
    attributes: &["Arn", "RuleName"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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

static TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.Target",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppSyncParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APP_SYNC_PARAMETERS_TYPE),
        },
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
            name: "BatchParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_PARAMETERS_TYPE),
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
            name: "HttpParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Input",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8192),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputTransformer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_TRANSFORMER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedshiftDataParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_DATA_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetryPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETRY_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "RunCommandParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUN_COMMAND_PARAMETERS_TYPE),
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

static APP_SYNC_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.AppSyncParameters",
    properties: &[::forma_core::schema::Property {
        name: "GraphQLOperation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static BATCH_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.BatchParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArrayProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_ARRAY_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RetryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_RETRY_STRATEGY_TYPE),
        },
    ],
    rules: &[],
};

static DEAD_LETTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.DeadLetterConfig",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};

static ECS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.EcsParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviderStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(6) },
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LaunchType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EC2", "EXTERNAL", "FARGATE"]),
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlacementStrategies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PLACEMENT_STRATEGY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlatformVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
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

static HTTP_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.HttpParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "PathParameterValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s*$).+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueryStringParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static INPUT_TRANSFORMER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.InputTransformer",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputPathsMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "InputTemplate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(8192),
            }),
        },
    ],
    rules: &[],
};

static KINESIS_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.KinesisParameters",
    properties: &[::forma_core::schema::Property {
        name: "PartitionKeyPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static REDSHIFT_DATA_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.RedshiftDataParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DbUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretManagerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(^arn:aws([a-z]|\\-)*:secretsmanager:[a-z0-9-.]+:.*)|(\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*)$",
                ),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sql",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sqls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatementName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "WithEvent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static RETRY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.RetryPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumEventAgeInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumRetryAttempts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(185.0),
            }),
        },
    ],
    rules: &[],
};

static RUN_COMMAND_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.RunCommandParameters",
    properties: &[::forma_core::schema::Property {
        name: "RunCommandTargets",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RUN_COMMAND_TARGET_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static SAGE_MAKER_PIPELINE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.SageMakerPipelineParameters",
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
    name: "AWS::Events::Rule.SqsParameters",
    properties: &[::forma_core::schema::Property {
        name: "MessageGroupId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static BATCH_ARRAY_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.BatchArrayProperties",
    properties: &[::forma_core::schema::Property {
        name: "Size",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static BATCH_RETRY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.BatchRetryStrategy",
    properties: &[::forma_core::schema::Property {
        name: "Attempts",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.CapacityProviderStrategyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Base",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
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
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.NetworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AwsVpcConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AWS_VPC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PLACEMENT_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.PlacementConstraint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
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
    name: "AWS::Events::Rule.PlacementStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RUN_COMMAND_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.RunCommandTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static SAGE_MAKER_PIPELINE_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.SageMakerPipelineParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$"),
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
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static AWS_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Rule.AwsVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignPublicIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
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
