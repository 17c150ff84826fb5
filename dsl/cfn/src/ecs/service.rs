// @generated from AWS::ECS::Service (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::Service` and its property types.

/// The `AWS::ECS::Service` resource creates an Amazon Elastic Container Service (Amazon ECS) service that runs and maintains the requested number of tasks and associated load balancers.
///
/// CloudFormation type `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    props: ::forma_core::schema::Props,
}
impl Service {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[track_caller]
    pub fn availability_zone_rebalancing(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AvailabilityZoneRebalancing>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The capacity provider strategy to use for the service.
    #[track_caller]
    pub fn capacity_provider_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityProviderStrategyItem>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
    #[track_caller]
    pub fn deployment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The deployment controller to use for the service.
    #[track_caller]
    pub fn deployment_controller(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentController>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of instantiations of the specified task definition to place and keep running in your service.
    #[track_caller]
    pub fn desired_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks within the service.
    #[track_caller]
    pub fn enable_ecs_managed_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines whether the execute command functionality is turned on for the service.
    #[track_caller]
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines whether to force a new deployment of the service.
    #[track_caller]
    pub fn force_new_deployment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ForceNewDeployment>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GatewayConnectors`.
    #[track_caller]
    pub fn gateway_connectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GatewayConnector>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks after a task has first started.
    #[track_caller]
    pub fn health_check_grace_period_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The launch type on which to run your service.
    #[track_caller]
    pub fn launch_type(mut self, value: impl ::forma_core::schema::EnumArg<LaunchType>) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of load balancer objects to associate with the service.
    #[track_caller]
    pub fn load_balancers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoadBalancer>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The optional monitoring configuration for the service, which defines the resolution for the service-level `CPUUtilization` and `MemoryUtilization` Amazon CloudWatch metrics.
    #[track_caller]
    pub fn monitoring(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoringConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network configuration for the service.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of placement constraint objects to use for tasks in your service.
    #[track_caller]
    pub fn placement_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementConstraint>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The placement strategy objects to use for tasks in your service.
    #[track_caller]
    pub fn placement_strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlacementStrategy>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The platform version that your tasks in the service are running on.
    #[track_caller]
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to propagate the tags from the task definition to the task.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set_at(18, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make calls to your load balancer on your behalf.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scheduling strategy to use for the service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scheduling_strategy(mut self, value: impl ::forma_core::schema::EnumArg<SchedulingStrategy>) -> Self {
        self.props.set_at(20, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.
    #[track_caller]
    pub fn service_connect_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConnectConfiguration>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of your service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The details of the service discovery registry to associate with this service.
    #[track_caller]
    pub fn service_registries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceRegistry>>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata that you apply to the service to help you categorize and organize them.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to run in your service.
    #[track_caller]
    pub fn task_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for a volume specified in the task definition as a volume that is configured at launch time.
    #[track_caller]
    pub fn volume_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceVolumeConfiguration>>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC Lattice configuration for the service being created.
    #[track_caller]
    pub fn vpc_lattice_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpcLatticeConfiguration>>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Service {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Service {
    type Attributes = ServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::Service"
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
/// The attributes of a `AWS::ECS::Service` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceAttributes {
    /// `Fn::GetAtt` `ServiceArn`.
    pub fn service_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceArn")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailabilityZoneRebalancing {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AvailabilityZoneRebalancing {
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
impl ::std::convert::From<AvailabilityZoneRebalancing> for ::forma_core::Value<AvailabilityZoneRebalancing> {
    fn from(v: AvailabilityZoneRebalancing) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AvailabilityZoneRebalancing {}

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

/// The values CloudFormation documents: `SERVICE`, `TASK_DEFINITION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTags {
    /// `SERVICE`
    Service,
    /// `TASK_DEFINITION`
    TaskDefinition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "SERVICE",
            Self::TaskDefinition => "TASK_DEFINITION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE", "TASK_DEFINITION"]
    }
}
impl ::std::convert::From<PropagateTags> for ::forma_core::Value<PropagateTags> {
    fn from(v: PropagateTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateTags {}

/// The values CloudFormation documents: `DAEMON`, `REPLICA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchedulingStrategy {
    /// `DAEMON`
    Daemon,
    /// `REPLICA`
    Replica,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SchedulingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daemon => "DAEMON",
            Self::Replica => "REPLICA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAEMON", "REPLICA"]
    }
}
impl ::std::convert::From<SchedulingStrategy> for ::forma_core::Value<SchedulingStrategy> {
    fn from(v: SchedulingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SchedulingStrategy {}

/// The details of a capacity provider strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderStrategyItem {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderStrategyItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The *base* value designates how many tasks, at a minimum, to run on the specified capacity provider for each service.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The short name of the capacity provider.
    pub fn capacity_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The *weight* value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityProviderStrategyItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityProviderStrategyItem> for ::forma_core::Value<CapacityProviderStrategyItem> {
    fn from(v: CapacityProviderStrategyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ROLLING`, `BLUE_GREEN`, `LINEAR`, `CANARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategy {
    /// `ROLLING`
    Rolling,
    /// `BLUE_GREEN`
    BlueGreen,
    /// `LINEAR`
    Linear,
    /// `CANARY`
    Canary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rolling => "ROLLING",
            Self::BlueGreen => "BLUE_GREEN",
            Self::Linear => "LINEAR",
            Self::Canary => "CANARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"]
    }
}
impl ::std::convert::From<Strategy> for ::forma_core::Value<Strategy> {
    fn from(v: Strategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategy {}

/// Optional deployment parameters that control how many tasks run during a deployment and the ordering of stopping and starting tasks.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the CloudWatch alarms.
    pub fn alarms(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeploymentAlarms>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The duration waiting before terminating the previous service revision and marking a deployment complete.
    ///
    /// Allowed: 0 to 1440.
    pub fn bake_time_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for canary deployment strategy.
    pub fn canary_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CanaryConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The deployment circuit breaker can only be used for services using the rolling update (`ECS`) deployment type.
    pub fn deployment_circuit_breaker(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentCircuitBreaker>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The early success criteria configuration for a rolling deployment.
    pub fn early_success_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentEarlySuccessCriteria>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An array of deployment lifecycle hook objects to run custom logic or pause the deployment at specific stages of the deployment lifecycle.
    pub fn lifecycle_hooks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DeploymentLifecycleHook>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Configuration for linear deployment strategy.
    pub fn linear_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinearConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// If a service is using the rolling update (`ECS`) deployment type, the `maximumPercent` parameter represents an upper limit on the number of your service's tasks that are allowed in the `RUNNING` or `PENDING` state during a deployment, as a percentage of the `desiredCount` (rounded down to the nearest integer).
    pub fn maximum_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// If a service is using the rolling update (`ECS`) deployment type, the `minimumHealthyPercent` represents a lower limit on the number of your service's tasks that must remain in the `RUNNING` state during a deployment, as a percentage of the `desiredCount` (rounded up to the nearest integer).
    pub fn minimum_healthy_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The deployment strategy for the service.
    pub fn strategy(mut self, value: impl ::forma_core::schema::EnumArg<Strategy>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeploymentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentConfiguration> for ::forma_core::Value<DeploymentConfiguration> {
    fn from(v: DeploymentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CODE_DEPLOY`, `ECS`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CODE_DEPLOY`
    CodeDeploy,
    /// `ECS`
    Ecs,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodeDeploy => "CODE_DEPLOY",
            Self::Ecs => "ECS",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CODE_DEPLOY", "ECS", "EXTERNAL"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The deployment controller to use for the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentController {
    props: ::forma_core::schema::Props,
}
impl DeploymentController {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The deployment controller type to use.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeploymentController {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentController> for ::forma_core::Value<DeploymentController> {
    fn from(v: DeploymentController) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CONTROLLER_TYPE.properties))
    }
}

/// Determines whether to force a new deployment of the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceNewDeployment {
    props: ::forma_core::schema::Props,
}
impl ForceNewDeployment {
    /// A new value with its required properties: `EnableForceNewDeployment`.
    pub fn new(enable_force_new_deployment: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_force_new_deployment.into().into_expr());
        Self { props }
    }
    /// When you change the`ForceNewDeploymentNonce` value in your template, it signals ECS to start a new deployment even though no other service parameters have changed.
    ///
    /// Allowed: length 1 to 255.
    pub fn force_new_deployment_nonce(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ForceNewDeployment> for ::forma_core::Value<ForceNewDeployment> {
    fn from(v: ForceNewDeployment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORCE_NEW_DEPLOYMENT_TYPE.properties))
    }
}

/// The `GatewayConnector` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayConnector {
    props: ::forma_core::schema::Props,
}
impl GatewayConnector {
    /// A new value with its required properties: `PortName`.
    pub fn new(port_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, port_name.into().into_expr());
        Self { props }
    }
    /// `Filters`.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<GatewayConnectorFilters>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HealthCheck`.
    pub fn health_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayConnectorHealthCheck>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayConnector> for ::forma_core::Value<GatewayConnector> {
    fn from(v: GatewayConnector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_CONNECTOR_TYPE.properties))
    }
}

/// The `LoadBalancer` property specifies details on a load balancer that is used with a service.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancer {
    props: ::forma_core::schema::Props,
}
impl LoadBalancer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The advanced settings for the load balancer used in blue/green deployments.
    pub fn advanced_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the container (as it appears in a container definition) to associate with the load balancer.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The port on the container to associate with the load balancer.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the load balancer to associate with the Amazon ECS service or task set.
    pub fn load_balancer_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set.
    pub fn target_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBalancer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBalancer> for ::forma_core::Value<LoadBalancer> {
    fn from(v: LoadBalancer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BALANCER_TYPE.properties))
    }
}

/// The optional monitoring configuration for a service, which defines the resolution for the service-level `CPUUtilization` and `MemoryUtilization` Amazon CloudWatch metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl MonitoringConfiguration {
    /// A new value with its required properties: `MetricConfigurations`.
    pub fn new(
        metric_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricConfiguration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_configurations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonitoringConfiguration> for ::forma_core::Value<MonitoringConfiguration> {
    fn from(v: MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The network configuration for a task or service.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The VPC subnets and security groups that are associated with a task.
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
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<PlacementConstraintType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// A cluster query language expression to apply to the constraint.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PlacementConstraint> for ::forma_core::Value<PlacementConstraint> {
    fn from(v: PlacementConstraint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_CONSTRAINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `binpack`, `random`, `spread`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementStrategyType {
    /// `binpack`
    Binpack,
    /// `random`
    Random,
    /// `spread`
    Spread,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlacementStrategyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Binpack => "binpack",
            Self::Random => "random",
            Self::Spread => "spread",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["binpack", "random", "spread"]
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
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<PlacementStrategyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// The field to apply the placement strategy against.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PlacementStrategy> for ::forma_core::Value<PlacementStrategy> {
    fn from(v: PlacementStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_STRATEGY_TYPE.properties))
    }
}

/// The Service Connect configuration of your Amazon ECS service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectConfiguration {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, enabled.into().into_expr());
        Self { props }
    }
    /// The configuration for Service Connect access logging.
    pub fn access_log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConnectAccessLogConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerConfigurations`.
    pub fn container_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceConnectContainerConfiguration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The log configuration for the container.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The namespace name or full Amazon Resource Name (ARN) of the CMAPlong namespace for use with Service Connect.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The list of Service Connect service objects.
    pub fn services(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceConnectService>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceConnectConfiguration> for ::forma_core::Value<ServiceConnectConfiguration> {
    fn from(v: ServiceConnectConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_CONFIGURATION_TYPE.properties))
    }
}

/// The details for the service registry.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRegistry {
    props: ::forma_core::schema::Props,
}
impl ServiceRegistry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The container name value to be used for your service discovery service.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The port value to be used for your service discovery service.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The port value used if your service discovery service specified an SRV record.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the service registry.
    pub fn registry_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceRegistry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceRegistry> for ::forma_core::Value<ServiceRegistry> {
    fn from(v: ServiceRegistry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_REGISTRY_TYPE.properties))
    }
}

/// The metadata that you apply to a resource to help you categorize and organize them.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// One part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The optional part of a key-value pair that make up a tag.
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

/// The configuration for a volume specified in the task definition as a volume that is configured at launch time.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceVolumeConfiguration {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
    pub fn managed_ebs_volume(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceManagedEbsVolumeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceVolumeConfiguration> for ::forma_core::Value<ServiceVolumeConfiguration> {
    fn from(v: ServiceVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The VPC Lattice configuration for your service that holds the information for the target group(s) Amazon ECS tasks will be registered to.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcLatticeConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcLatticeConfiguration {
    /// A new value with its required properties: `PortName`, `RoleArn`, `TargetGroupArn`.
    pub fn new(
        port_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, port_name.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        props.set(3, target_group_arn.into().into_expr());
        Self { props }
    }
    /// The advanced settings for VPC Lattice used in blue/green deployments.
    pub fn advanced_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcLatticeAdvancedConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VpcLatticeConfiguration> for ::forma_core::Value<VpcLatticeConfiguration> {
    fn from(v: VpcLatticeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_LATTICE_CONFIGURATION_TYPE.properties))
    }
}

/// One of the methods which provide a way for you to quickly identify when a deployment has failed, and then to optionally roll back the failure to the last working deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentAlarms {
    props: ::forma_core::schema::Props,
}
impl DeploymentAlarms {
    /// A new value with its required properties: `AlarmNames`, `Enable`, `Rollback`.
    pub fn new(
        alarm_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        enable: impl ::std::convert::Into<::forma_core::Value<bool>>,
        rollback: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_names.into().into_expr());
        props.set(1, enable.into().into_expr());
        props.set(2, rollback.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeploymentAlarms> for ::forma_core::Value<DeploymentAlarms> {
    fn from(v: DeploymentAlarms) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_ALARMS_TYPE.properties))
    }
}

/// Configuration for a canary deployment strategy that shifts a fixed percentage of traffic to the new service revision, waits for a specified bake time, then shifts the remaining traffic.
#[derive(Debug, Clone, PartialEq)]
pub struct CanaryConfiguration {
    props: ::forma_core::schema::Props,
}
impl CanaryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The amount of time in minutes to wait during the canary phase before shifting the remaining production traffic to the new service revision.
    ///
    /// Allowed: 0 to 1440.
    pub fn canary_bake_time_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The percentage of production traffic to shift to the new service revision during the canary phase.
    ///
    /// Allowed: 0.1 to 100.
    pub fn canary_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CanaryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CanaryConfiguration> for ::forma_core::Value<CanaryConfiguration> {
    fn from(v: CanaryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CANARY_CONFIGURATION_TYPE.properties))
    }
}

/// The deployment circuit breaker can only be used for services using the rolling update (`ECS`) deployment type.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentCircuitBreaker {
    props: ::forma_core::schema::Props,
}
impl DeploymentCircuitBreaker {
    /// A new value with its required properties: `Enable`, `Rollback`.
    pub fn new(
        enable: impl ::std::convert::Into<::forma_core::Value<bool>>,
        rollback: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable.into().into_expr());
        props.set(2, rollback.into().into_expr());
        Self { props }
    }
    /// Specifies whether the deployment circuit breaker resets its failure count when a task reaches a healthy state.
    pub fn reset_on_healthy_task(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The threshold configuration that controls when the deployment circuit breaker triggers.
    pub fn threshold_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThresholdConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeploymentCircuitBreaker> for ::forma_core::Value<DeploymentCircuitBreaker> {
    fn from(v: DeploymentCircuitBreaker) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CIRCUIT_BREAKER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLOCKING`, `DEFERRED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceServiceRevisionCleanup {
    /// `BLOCKING`
    Blocking,
    /// `DEFERRED`
    Deferred,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceServiceRevisionCleanup {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Blocking => "BLOCKING",
            Self::Deferred => "DEFERRED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCKING", "DEFERRED"]
    }
}
impl ::std::convert::From<SourceServiceRevisionCleanup> for ::forma_core::Value<SourceServiceRevisionCleanup> {
    fn from(v: SourceServiceRevisionCleanup) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceServiceRevisionCleanup {}

/// You can use early success criteria only with rolling deployment strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentEarlySuccessCriteria {
    props: ::forma_core::schema::Props,
}
impl DeploymentEarlySuccessCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether to use the early success criteria for the service deployment.
    pub fn enable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The percentage of healthy tasks that the target service revision must reach before Amazon ECS considers the deployment successful.
    ///
    /// Allowed: 0 to 100.
    pub fn healthy_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The time when Amazon ECS removes the source revisions' tasks relative to deployment completion.
    pub fn source_service_revision_cleanup(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SourceServiceRevisionCleanup>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeploymentEarlySuccessCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentEarlySuccessCriteria> for ::forma_core::Value<DeploymentEarlySuccessCriteria> {
    fn from(v: DeploymentEarlySuccessCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_EARLY_SUCCESS_CRITERIA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RECONCILE_SERVICE`, `PRE_SCALE_UP`, `POST_SCALE_UP`, `TEST_TRAFFIC_SHIFT`, `POST_TEST_TRAFFIC_SHIFT`, `PRE_PRODUCTION_TRAFFIC_SHIFT`, `PRODUCTION_TRAFFIC_SHIFT`, `POST_PRODUCTION_TRAFFIC_SHIFT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LifecycleStages {
    /// `RECONCILE_SERVICE`
    ReconcileService,
    /// `PRE_SCALE_UP`
    PreScaleUp,
    /// `POST_SCALE_UP`
    PostScaleUp,
    /// `TEST_TRAFFIC_SHIFT`
    TestTrafficShift,
    /// `POST_TEST_TRAFFIC_SHIFT`
    PostTestTrafficShift,
    /// `PRE_PRODUCTION_TRAFFIC_SHIFT`
    PreProductionTrafficShift,
    /// `PRODUCTION_TRAFFIC_SHIFT`
    ProductionTrafficShift,
    /// `POST_PRODUCTION_TRAFFIC_SHIFT`
    PostProductionTrafficShift,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LifecycleStages {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReconcileService => "RECONCILE_SERVICE",
            Self::PreScaleUp => "PRE_SCALE_UP",
            Self::PostScaleUp => "POST_SCALE_UP",
            Self::TestTrafficShift => "TEST_TRAFFIC_SHIFT",
            Self::PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",
            Self::PreProductionTrafficShift => "PRE_PRODUCTION_TRAFFIC_SHIFT",
            Self::ProductionTrafficShift => "PRODUCTION_TRAFFIC_SHIFT",
            Self::PostProductionTrafficShift => "POST_PRODUCTION_TRAFFIC_SHIFT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "RECONCILE_SERVICE",
            "PRE_SCALE_UP",
            "POST_SCALE_UP",
            "TEST_TRAFFIC_SHIFT",
            "POST_TEST_TRAFFIC_SHIFT",
            "PRE_PRODUCTION_TRAFFIC_SHIFT",
            "PRODUCTION_TRAFFIC_SHIFT",
            "POST_PRODUCTION_TRAFFIC_SHIFT",
        ]
    }
}
impl ::std::convert::From<LifecycleStages> for ::forma_core::Value<LifecycleStages> {
    fn from(v: LifecycleStages) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LifecycleStages {}

/// The values CloudFormation documents: `AWS_LAMBDA`, `PAUSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `AWS_LAMBDA`
    AwsLambda,
    /// `PAUSE`
    Pause,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsLambda => "AWS_LAMBDA",
            Self::Pause => "PAUSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_LAMBDA", "PAUSE"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// A deployment lifecycle hook runs custom logic or pauses the deployment at specific stages of the deployment process.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentLifecycleHook {
    props: ::forma_core::schema::Props,
}
impl DeploymentLifecycleHook {
    /// A new value with its required properties: `LifecycleStages`.
    pub fn new(
        lifecycle_stages: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LifecycleStages>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, lifecycle_stages.into().into_expr());
        Self { props }
    }
    /// Use this field to specify custom parameters that ECS passes to your hook target invocations (such as a Lambda function).
    pub fn hook_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the hook target.
    pub fn hook_target_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call Lambda functions on your behalf.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The type of action the lifecycle hook performs.
    pub fn target_type(mut self, value: impl ::forma_core::schema::EnumArg<TargetType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The timeout configuration for the lifecycle hook.
    pub fn timeout_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HookTimeoutConfig>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeploymentLifecycleHook> for ::forma_core::Value<DeploymentLifecycleHook> {
    fn from(v: DeploymentLifecycleHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_LIFECYCLE_HOOK_TYPE.properties))
    }
}

/// Configuration for a linear deployment strategy that shifts production traffic in equal percentage increments with configurable wait times between each step until 100 percent of traffic is shifted to the new service revision.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearConfiguration {
    props: ::forma_core::schema::Props,
}
impl LinearConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The amount of time in minutes to wait between each traffic shifting step during a linear deployment.
    ///
    /// Allowed: 0 to 1440.
    pub fn step_bake_time_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The percentage of production traffic to shift in each step during a linear deployment.
    ///
    /// Allowed: 3 to 100.
    pub fn step_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LinearConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LinearConfiguration> for ::forma_core::Value<LinearConfiguration> {
    fn from(v: LinearConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINEAR_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUBLIC`, `PRIVATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessTypes {
    /// `PUBLIC`
    Public,
    /// `PRIVATE`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "PRIVATE"]
    }
}
impl ::std::convert::From<AccessTypes> for ::forma_core::Value<AccessTypes> {
    fn from(v: AccessTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessTypes {}

/// The `GatewayConnectorFilters` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayConnectorFilters {
    props: ::forma_core::schema::Props,
}
impl GatewayConnectorFilters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessTypes`.
    pub fn access_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessTypes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayConnectorFilters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayConnectorFilters> for ::forma_core::Value<GatewayConnectorFilters> {
    fn from(v: GatewayConnectorFilters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_CONNECTOR_FILTERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP`, `HTTPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckProtocol {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthCheckProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP", "HTTPS"]
    }
}
impl ::std::convert::From<HealthCheckProtocol> for ::forma_core::Value<HealthCheckProtocol> {
    fn from(v: HealthCheckProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthCheckProtocol {}

/// The `GatewayConnectorHealthCheck` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayConnectorHealthCheck {
    props: ::forma_core::schema::Props,
}
impl GatewayConnectorHealthCheck {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HealthCheckIntervalSeconds`.
    pub fn health_check_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HealthCheckPath`.
    pub fn health_check_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HealthCheckPort`.
    pub fn health_check_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HealthCheckProtocol`.
    pub fn health_check_protocol(mut self, value: impl ::forma_core::schema::EnumArg<HealthCheckProtocol>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `HealthCheckTimeoutSeconds`.
    pub fn health_check_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `HealthyThresholdCount`.
    pub fn healthy_threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Matcher`.
    pub fn matcher(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayConnectorHealthCheckMatcher>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `UnhealthyThresholdCount`.
    pub fn unhealthy_threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayConnectorHealthCheck {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayConnectorHealthCheck> for ::forma_core::Value<GatewayConnectorHealthCheck> {
    fn from(v: GatewayConnectorHealthCheck) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_CONNECTOR_HEALTH_CHECK_TYPE.properties))
    }
}

/// The advanced settings for a load balancer used in blue/green deployments.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedConfiguration {
    props: ::forma_core::schema::Props,
}
impl AdvancedConfiguration {
    /// A new value with its required properties: `AlternateTargetGroupArn`.
    pub fn new(
        alternate_target_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alternate_target_group_arn.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for routing production traffic.
    pub fn production_listener_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the Elastic Load Balancing APIs for you.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in the case of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for routing test traffic.
    pub fn test_listener_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdvancedConfiguration> for ::forma_core::Value<AdvancedConfiguration> {
    fn from(v: AdvancedConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CPUUtilization`, `MemoryUtilization`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricNames {
    /// `CPUUtilization`
    CpuUtilization,
    /// `MemoryUtilization`
    MemoryUtilization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricNames {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CpuUtilization => "CPUUtilization",
            Self::MemoryUtilization => "MemoryUtilization",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CPUUtilization", "MemoryUtilization"]
    }
}
impl ::std::convert::From<MetricNames> for ::forma_core::Value<MetricNames> {
    fn from(v: MetricNames) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricNames {}

/// The configuration for a specific set of metrics to collect for a service.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetricConfiguration {
    /// A new value with its required properties: `MetricNames`, `ResolutionSeconds`.
    pub fn new(
        metric_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricNames>>>,
        resolution_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_names.into().into_expr());
        props.set(1, resolution_seconds.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricConfiguration> for ::forma_core::Value<MetricConfiguration> {
    fn from(v: MetricConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_CONFIGURATION_TYPE.properties))
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

/// An object representing the networking details for a task or service.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsVpcConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the task's elastic network interface receives a public IP address.
    pub fn assign_public_ip(mut self, value: impl ::forma_core::schema::EnumArg<AssignPublicIp>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The IDs of the security groups associated with the task or service.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The IDs of the subnets associated with the task or service.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsVpcConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsVpcConfiguration> for ::forma_core::Value<AwsVpcConfiguration> {
    fn from(v: AwsVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TEXT`, `JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `TEXT`
    Text,
    /// `JSON`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Json => "JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT", "JSON"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludeQueryParameters {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludeQueryParameters {
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
impl ::std::convert::From<IncludeQueryParameters> for ::forma_core::Value<IncludeQueryParameters> {
    fn from(v: IncludeQueryParameters) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludeQueryParameters {}

/// Configuration for Service Connect access logging.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectAccessLogConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectAccessLogConfiguration {
    /// A new value with its required properties: `Format`.
    pub fn new(format: impl ::forma_core::schema::EnumArg<Format>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, format.into_enum_expr());
        Self { props }
    }
    /// Specifies whether to include query parameters in Service Connect access logs.
    pub fn include_query_parameters(
        mut self,
        value: impl ::forma_core::schema::EnumArg<IncludeQueryParameters>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ServiceConnectAccessLogConfiguration>
    for ::forma_core::Value<ServiceConnectAccessLogConfiguration>
{
    fn from(v: ServiceConnectAccessLogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_ACCESS_LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `debug`, `info`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `debug`
    Debug,
    /// `info`
    Info,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "debug",
            Self::Info => "info",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["debug", "info"]
    }
}
impl ::std::convert::From<LogLevel> for ::forma_core::Value<LogLevel> {
    fn from(v: LogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogLevel {}

/// The `ServiceConnectContainerConfiguration` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectContainerConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectContainerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogLevel`.
    pub fn log_level(mut self, value: impl ::forma_core::schema::EnumArg<LogLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ServiceConnectContainerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceConnectContainerConfiguration>
    for ::forma_core::Value<ServiceConnectContainerConfiguration>
{
    fn from(v: ServiceConnectContainerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_CONTAINER_CONFIGURATION_TYPE.properties))
    }
}

/// The log configuration for the container.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The log driver to use for the container.
    pub fn log_driver(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration options to send to the log driver.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The secrets to pass to the log configuration.
    pub fn secret_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The Service Connect service object configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectService {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectService {
    /// A new value with its required properties: `PortName`.
    pub fn new(port_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, port_name.into().into_expr());
        Self { props }
    }
    /// The list of client aliases for this Service Connect service.
    pub fn client_aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceConnectClientAlias>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The `discoveryName` is the name of the new CMAP service that Amazon ECS creates for this Amazon ECS service.
    pub fn discovery_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The port number for the Service Connect proxy to listen on.
    ///
    /// Allowed: 0 to 65535.
    pub fn ingress_port_override(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A reference to an object that represents the configured timeouts for Service Connect.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeoutConfiguration>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A reference to an object that represents a Transport Layer Security (TLS) configuration.
    pub fn tls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConnectTlsConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceConnectService> for ::forma_core::Value<ServiceConnectService> {
    fn from(v: ServiceConnectService) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_SERVICE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ext3`, `ext4`, `ntfs`, `xfs`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilesystemType {
    /// `ext3`
    Ext3,
    /// `ext4`
    Ext4,
    /// `ntfs`
    Ntfs,
    /// `xfs`
    Xfs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilesystemType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ext3 => "ext3",
            Self::Ext4 => "ext4",
            Self::Ntfs => "ntfs",
            Self::Xfs => "xfs",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ext3", "ext4", "ntfs", "xfs"]
    }
}
impl ::std::convert::From<FilesystemType> for ::forma_core::Value<FilesystemType> {
    fn from(v: FilesystemType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilesystemType {}

/// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceManagedEbsVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceManagedEbsVolumeConfiguration {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, role_arn.into().into_expr());
        Self { props }
    }
    /// Indicates whether the volume should be encrypted.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The filesystem type for the volume.
    pub fn filesystem_type(mut self, value: impl ::forma_core::schema::EnumArg<FilesystemType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The number of I/O operations per second (IOPS).
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) identifier of the AWS Key Management Service key to use for Amazon EBS encryption.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The size of the volume in GiB.
    pub fn size_in_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by the service.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The tags to apply to the volume.
    pub fn tag_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EbsTagSpecification>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to create new volumes for attachment to the tasks maintained by the service.
    pub fn volume_initialization_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The volume type.
    pub fn volume_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceManagedEbsVolumeConfiguration>
    for ::forma_core::Value<ServiceManagedEbsVolumeConfiguration>
{
    fn from(v: ServiceManagedEbsVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_MANAGED_EBS_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The advanced settings for VPC Lattice used in blue/green deployments.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcLatticeAdvancedConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcLatticeAdvancedConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the alternate target group associated with the VPC Lattice Configuration for Amazon ECS blue/green deployments.
    pub fn alternate_target_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) that identifies the production listener rule or listener for routing production traffic.
    pub fn production_listener_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) that identifies the test listener rule or listener for routing test traffic.
    pub fn test_listener_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcLatticeAdvancedConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcLatticeAdvancedConfiguration> for ::forma_core::Value<VpcLatticeAdvancedConfiguration> {
    fn from(v: VpcLatticeAdvancedConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_LATTICE_ADVANCED_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COUNT`, `BOUNDED_PERCENT`, `UNBOUNDED_PERCENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThresholdConfigurationType {
    /// `COUNT`
    Count,
    /// `BOUNDED_PERCENT`
    BoundedPercent,
    /// `UNBOUNDED_PERCENT`
    UnboundedPercent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThresholdConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::BoundedPercent => "BOUNDED_PERCENT",
            Self::UnboundedPercent => "UNBOUNDED_PERCENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"]
    }
}
impl ::std::convert::From<ThresholdConfigurationType> for ::forma_core::Value<ThresholdConfigurationType> {
    fn from(v: ThresholdConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThresholdConfigurationType {}

/// Defines the failure threshold that the deployment circuit breaker uses to monitor a deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdConfiguration {
    props: ::forma_core::schema::Props,
}
impl ThresholdConfiguration {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<ThresholdConfigurationType>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ThresholdConfiguration> for ::forma_core::Value<ThresholdConfiguration> {
    fn from(v: ThresholdConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THRESHOLD_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ROLLBACK`, `CONTINUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `ROLLBACK`
    Rollback,
    /// `CONTINUE`
    Continue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rollback => "ROLLBACK",
            Self::Continue => "CONTINUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ROLLBACK", "CONTINUE"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The `HookTimeoutConfig` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct HookTimeoutConfig {
    props: ::forma_core::schema::Props,
}
impl HookTimeoutConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `TimeoutInMinutes`.
    ///
    /// Allowed: 1 to 20160.
    pub fn timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HookTimeoutConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HookTimeoutConfig> for ::forma_core::Value<HookTimeoutConfig> {
    fn from(v: HookTimeoutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOOK_TIMEOUT_CONFIG_TYPE.properties))
    }
}

/// The `GatewayConnectorHealthCheckMatcher` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayConnectorHealthCheckMatcher {
    props: ::forma_core::schema::Props,
}
impl GatewayConnectorHealthCheckMatcher {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GrpcCode`.
    pub fn grpc_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HttpCode`.
    pub fn http_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayConnectorHealthCheckMatcher {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayConnectorHealthCheckMatcher>
    for ::forma_core::Value<GatewayConnectorHealthCheckMatcher>
{
    fn from(v: GatewayConnectorHealthCheckMatcher) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_CONNECTOR_HEALTH_CHECK_MATCHER_TYPE.properties))
    }
}

/// An object representing the secret to expose to your container.
#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    props: ::forma_core::schema::Props,
}
impl Secret {
    /// A new value with its required properties: `Name`, `ValueFrom`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_from: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value_from.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Secret> for ::forma_core::Value<Secret> {
    fn from(v: Secret) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRET_TYPE.properties))
    }
}

/// Each alias ("endpoint") is a fully-qualified name and port number that other tasks ("clients") can use to connect to this service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectClientAlias {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectClientAlias {
    /// A new value with its required properties: `Port`.
    pub fn new(port: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, port.into().into_expr());
        Self { props }
    }
    /// The `dnsName` is the name that you use in the applications of client tasks to connect to this service.
    pub fn dns_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for test traffic routing rules used during blue/green deployments with Amazon ECS Service Connect.
    pub fn test_traffic_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConnectTestTrafficRules>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceConnectClientAlias> for ::forma_core::Value<ServiceConnectClientAlias> {
    fn from(v: ServiceConnectClientAlias) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_CLIENT_ALIAS_TYPE.properties))
    }
}

/// An object that represents the timeout configurations for Service Connect.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeoutConfiguration {
    props: ::forma_core::schema::Props,
}
impl TimeoutConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The amount of time in seconds a connection will stay active while idle.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn idle_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The amount of time waiting for the upstream to respond with a complete response per request.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn per_request_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeoutConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeoutConfiguration> for ::forma_core::Value<TimeoutConfiguration> {
    fn from(v: TimeoutConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMEOUT_CONFIGURATION_TYPE.properties))
    }
}

/// The key that encrypts and decrypts your resources for Service Connect TLS.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectTlsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectTlsConfiguration {
    /// A new value with its required properties: `IssuerCertificateAuthority`.
    pub fn new(
        issuer_certificate_authority: impl ::std::convert::Into<::forma_core::Value<ServiceConnectTlsCertificateAuthority>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, issuer_certificate_authority.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service key.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect TLS.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceConnectTlsConfiguration> for ::forma_core::Value<ServiceConnectTlsConfiguration> {
    fn from(v: ServiceConnectTlsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_TLS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `volume`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `volume`
    Volume,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Volume => "volume",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["volume"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The tag specifications of an Amazon EBS volume.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsTagSpecification {
    props: ::forma_core::schema::Props,
}
impl EbsTagSpecification {
    /// A new value with its required properties: `ResourceType`.
    pub fn new(resource_type: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, resource_type.into_enum_expr());
        Self { props }
    }
    /// Determines whether to propagate the tags from the task definition to the Amazon EBS volume.
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The tags applied to this Amazon EBS volume.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EbsTagSpecification> for ::forma_core::Value<EbsTagSpecification> {
    fn from(v: EbsTagSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_TAG_SPECIFICATION_TYPE.properties))
    }
}

/// The test traffic routing configuration for Amazon ECS blue/green deployments.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectTestTrafficRules {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectTestTrafficRules {
    /// A new value with its required properties: `Header`.
    pub fn new(header: impl ::std::convert::Into<::forma_core::Value<ServiceConnectTestTrafficRulesHeader>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceConnectTestTrafficRules> for ::forma_core::Value<ServiceConnectTestTrafficRules> {
    fn from(v: ServiceConnectTestTrafficRules) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_TEST_TRAFFIC_RULES_TYPE.properties))
    }
}

/// The certificate root authority that secures your service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectTlsCertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectTlsCertificateAuthority {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the AWS Private Certificate Authority certificate.
    pub fn aws_pca_authority_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceConnectTlsCertificateAuthority {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceConnectTlsCertificateAuthority>
    for ::forma_core::Value<ServiceConnectTlsCertificateAuthority>
{
    fn from(v: ServiceConnectTlsCertificateAuthority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_TLS_CERTIFICATE_AUTHORITY_TYPE.properties))
    }
}

/// The `ServiceConnectTestTrafficRulesHeader` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectTestTrafficRulesHeader {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectTestTrafficRulesHeader {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConnectTestTrafficRulesHeaderValue>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceConnectTestTrafficRulesHeader>
    for ::forma_core::Value<ServiceConnectTestTrafficRulesHeader>
{
    fn from(v: ServiceConnectTestTrafficRulesHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_TEST_TRAFFIC_RULES_HEADER_TYPE.properties))
    }
}

/// The `ServiceConnectTestTrafficRulesHeaderValue` property type of `AWS::ECS::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectTestTrafficRulesHeaderValue {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectTestTrafficRulesHeaderValue {
    /// A new value with its required properties: `Exact`.
    pub fn new(exact: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, exact.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceConnectTestTrafficRulesHeaderValue>
    for ::forma_core::Value<ServiceConnectTestTrafficRulesHeaderValue>
{
    fn from(v: ServiceConnectTestTrafficRulesHeaderValue) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SERVICE_CONNECT_TEST_TRAFFIC_RULES_HEADER_VALUE_TYPE.properties),
        )
    }
}

/// The schema of `AWS::ECS::Service`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::Service",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZoneRebalancing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "CapacityProviderStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Cluster",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeploymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentController",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONTROLLER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DesiredCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
            name: "ForceNewDeployment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORCE_NEW_DEPLOYMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GatewayConnectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GATEWAY_CONNECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckGracePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EC2", "FARGATE", "EXTERNAL"]),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOAD_BALANCER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Monitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_CONFIGURATION_TYPE),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE", "TASK_DEFINITION"]),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SchedulingStrategy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DAEMON", "REPLICA"]),
        },
        ::forma_core::schema::Property {
            name: "ServiceConnectConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceRegistries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_REGISTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "TaskDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VolumeConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_VOLUME_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcLatticeConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_LATTICE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ServiceArn", "Name"],
};

static CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.CapacityProviderStrategyItem",
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
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static DEPLOYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.DeploymentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_ALARMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BakeTimeInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CanaryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CANARY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentCircuitBreaker",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CIRCUIT_BREAKER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EarlySuccessCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_EARLY_SUCCESS_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LifecycleHooks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEPLOYMENT_LIFECYCLE_HOOK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LinearConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINEAR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaximumPercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumHealthyPercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Strategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"]),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_CONTROLLER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.DeploymentController",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CODE_DEPLOY", "ECS", "EXTERNAL"]),
    }],
    rules: &[],
};

static FORCE_NEW_DEPLOYMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ForceNewDeployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableForceNewDeployment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ForceNewDeploymentNonce",
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

static GATEWAY_CONNECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.GatewayConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_CONNECTOR_FILTERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_CONNECTOR_HEALTH_CHECK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PortName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOAD_BALANCER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.LoadBalancer",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContainerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.MonitoringConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MetricConfigurations",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&METRIC_CONFIGURATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.NetworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AwsvpcConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AWS_VPC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PLACEMENT_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.PlacementConstraint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["distinctInstance", "memberOf"]),
        },
    ],
    rules: &[],
};

static PLACEMENT_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.PlacementStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["binpack", "random", "spread"]),
        },
    ],
    rules: &[],
};

static SERVICE_CONNECT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ServiceConnectConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_ACCESS_LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_CONNECT_CONTAINER_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Services",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_CONNECT_SERVICE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SERVICE_REGISTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ServiceRegistry",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContainerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RegistryArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ServiceVolumeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedEBSVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_MANAGED_EBS_VOLUME_CONFIGURATION_TYPE),
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

static VPC_LATTICE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.VpcLatticeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_LATTICE_ADVANCED_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PortName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_ALARMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.DeploymentAlarms",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Rollback",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CANARY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.CanaryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CanaryBakeTimeInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CanaryPercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.1),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_CIRCUIT_BREAKER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.DeploymentCircuitBreaker",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResetOnHealthyTask",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Rollback",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ThresholdConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THRESHOLD_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_EARLY_SUCCESS_CRITERIA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.DeploymentEarlySuccessCriteria",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enable",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "HealthyPercent",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "SourceServiceRevisionCleanup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["BLOCKING", "DEFERRED"]),
            },
        ],
        rules: &[],
    };

static DEPLOYMENT_LIFECYCLE_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.DeploymentLifecycleHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "HookDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "HookTargetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LifecycleStages",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "RECONCILE_SERVICE",
                    "PRE_SCALE_UP",
                    "POST_SCALE_UP",
                    "TEST_TRAFFIC_SHIFT",
                    "POST_TEST_TRAFFIC_SHIFT",
                    "PRE_PRODUCTION_TRAFFIC_SHIFT",
                    "PRODUCTION_TRAFFIC_SHIFT",
                    "POST_PRODUCTION_TRAFFIC_SHIFT",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_LAMBDA", "PAUSE"]),
        },
        ::forma_core::schema::Property {
            name: "TimeoutConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOOK_TIMEOUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static LINEAR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.LinearConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "StepBakeTimeInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StepPercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(3.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static GATEWAY_CONNECTOR_FILTERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.GatewayConnectorFilters",
    properties: &[::forma_core::schema::Property {
        name: "AccessTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["PUBLIC", "PRIVATE"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static GATEWAY_CONNECTOR_HEALTH_CHECK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.GatewayConnectorHealthCheck",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthCheckIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS"]),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthyThresholdCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Matcher",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_CONNECTOR_HEALTH_CHECK_MATCHER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnhealthyThresholdCount",
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

static ADVANCED_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.AdvancedConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlternateTargetGroupArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProductionListenerRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TestListenerRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METRIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.MetricConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["CPUUtilization", "MemoryUtilization"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResolutionSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[20, 60]),
        },
    ],
    rules: &[],
};

static AWS_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.AwsVpcConfiguration",
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

static SERVICE_CONNECT_ACCESS_LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectAccessLogConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Format",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TEXT", "JSON"]),
            },
            ::forma_core::schema::Property {
                name: "IncludeQueryParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
            },
        ],
        rules: &[],
    };

static SERVICE_CONNECT_CONTAINER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectContainerConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["debug", "info"]),
        }],
        rules: &[],
    };

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogDriver",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "SecretOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SECRET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SERVICE_CONNECT_SERVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ServiceConnectService",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientAliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_CONNECT_CLIENT_ALIAS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DiscoveryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IngressPortOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMEOUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_TLS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SERVICE_MANAGED_EBS_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceManagedEBSVolumeConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Encrypted",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "FilesystemType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ext3", "ext4", "ntfs", "xfs"]),
            },
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
                name: "KmsKeyId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SizeInGiB",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "SnapshotId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TagSpecifications",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EBS_TAG_SPECIFICATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
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
                name: "VolumeInitializationRate",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "VolumeType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static VPC_LATTICE_ADVANCED_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.VpcLatticeAdvancedConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AlternateTargetGroupArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ProductionListenerRule",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TestListenerRule",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static THRESHOLD_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ThresholdConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static HOOK_TIMEOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.HookTimeoutConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ROLLBACK", "CONTINUE"]),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20160.0),
            }),
        },
    ],
    rules: &[],
};

static GATEWAY_CONNECTOR_HEALTH_CHECK_MATCHER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.GatewayConnectorHealthCheckMatcher",
        properties: &[
            ::forma_core::schema::Property {
                name: "GrpcCode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "HttpCode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.Secret",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValueFrom",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SERVICE_CONNECT_CLIENT_ALIAS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.ServiceConnectClientAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "DnsName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TestTrafficRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_TEST_TRAFFIC_RULES_TYPE),
        },
    ],
    rules: &[],
};

static TIMEOUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.TimeoutConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdleTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PerRequestTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_CONNECT_TLS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectTlsConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "IssuerCertificateAuthority",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_TLS_CERTIFICATE_AUTHORITY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "KmsKey",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static EBS_TAG_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Service.EBSTagSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE", "TASK_DEFINITION"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["volume"]),
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
};

static SERVICE_CONNECT_TEST_TRAFFIC_RULES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectTestTrafficRules",
        properties: &[::forma_core::schema::Property {
            name: "Header",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_TEST_TRAFFIC_RULES_HEADER_TYPE),
        }],
        rules: &[],
    };

static SERVICE_CONNECT_TLS_CERTIFICATE_AUTHORITY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectTlsCertificateAuthority",
        properties: &[::forma_core::schema::Property {
            name: "AwsPcaAuthorityArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static SERVICE_CONNECT_TEST_TRAFFIC_RULES_HEADER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectTestTrafficRulesHeader",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_TEST_TRAFFIC_RULES_HEADER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static SERVICE_CONNECT_TEST_TRAFFIC_RULES_HEADER_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Service.ServiceConnectTestTrafficRulesHeaderValue",
        properties: &[::forma_core::schema::Property {
            name: "Exact",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
