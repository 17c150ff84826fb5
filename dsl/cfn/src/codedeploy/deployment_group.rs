// @generated from AWS::CodeDeploy::DeploymentGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeDeploy::DeploymentGroup` and its property types.

/// Resource type definition for AWS::CodeDeploy::DeploymentGroup
///
/// CloudFormation type `AWS::CodeDeploy::DeploymentGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentGroup {
    props: ::forma_core::schema::Props,
}
impl DeploymentGroup {
    /// A new resource with its required properties: `ApplicationName`, `ServiceRoleArn`.
    #[track_caller]
    pub fn new(
        application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, application_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(16, service_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information about the Amazon CloudWatch alarms that are associated with the deployment group.
    #[track_caller]
    pub fn alarm_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AlarmConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the automatic rollback configuration that is associated with the deployment group.
    #[track_caller]
    pub fn auto_rollback_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoRollbackConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of associated Auto Scaling groups that CodeDeploy automatically deploys revisions to when new instances are created.
    #[track_caller]
    pub fn auto_scaling_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about blue/green deployment options for a deployment group.
    #[track_caller]
    pub fn blue_green_deployment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BlueGreenDeploymentConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The application revision to deploy to this deployment group.
    #[track_caller]
    pub fn deployment(mut self, value: impl ::std::convert::Into<::forma_core::Value<Deployment>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A deployment configuration name or a predefined configuration name.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn deployment_config_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the deployment group.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deployment_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Attributes that determine the type of deployment to run and whether to route deployment traffic behind a load balancer.
    #[track_caller]
    pub fn deployment_style(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeploymentStyle>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The target Amazon ECS services in the deployment group.
    #[track_caller]
    pub fn ecs_services(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsService>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon EC2 tags that are already applied to Amazon EC2 instances that you want to include in the deployment group.
    #[track_caller]
    pub fn ec2_tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ec2TagFilter>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about groups of tags applied to Amazon EC2 instances.
    #[track_caller]
    pub fn ec2_tag_set(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ec2TagSet>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the load balancer to use in a deployment.
    #[track_caller]
    pub fn load_balancer_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoadBalancerInfo>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The on-premises instance tags already applied to on-premises instances that you want to include in the deployment group.
    #[track_caller]
    pub fn on_premises_instance_tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about groups of tags applied to on-premises instances.
    #[track_caller]
    pub fn on_premises_tag_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnPremisesTagSet>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates what happens when new Amazon EC2 instances are launched mid-deployment and do not receive the deployed application revision.
    #[track_caller]
    pub fn outdated_instances_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OutdatedInstancesStrategy>,
    ) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata that you apply to CodeDeploy deployment groups to help you organize and categorize them.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the deployment group was configured to have CodeDeploy install a termination hook into an Auto Scaling group.
    #[track_caller]
    pub fn termination_hook_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about triggers associated with the deployment group.
    #[track_caller]
    pub fn trigger_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TriggerConfig>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DeploymentGroup {
    type Attributes = DeploymentGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeDeploy::DeploymentGroup"
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
/// The attributes of a `AWS::CodeDeploy::DeploymentGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeploymentGroupAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeploymentGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `IGNORE`, `UPDATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutdatedInstancesStrategy {
    /// `IGNORE`
    Ignore,
    /// `UPDATE`
    Update,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutdatedInstancesStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ignore => "IGNORE",
            Self::Update => "UPDATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IGNORE", "UPDATE"]
    }
}
impl ::std::convert::From<OutdatedInstancesStrategy> for ::forma_core::Value<OutdatedInstancesStrategy> {
    fn from(v: OutdatedInstancesStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutdatedInstancesStrategy {}

/// Configures CloudWatch alarms for an AWS CodeDeploy deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmConfiguration {
    props: ::forma_core::schema::Props,
}
impl AlarmConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of alarms configured for the deployment or deployment group.
    pub fn alarms(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Alarm>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the alarm configuration is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether a deployment should continue if information about the current state of alarms cannot be retrieved from Amazon CloudWatch.
    pub fn ignore_poll_alarm_failure(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlarmConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlarmConfiguration> for ::forma_core::Value<AlarmConfiguration> {
    fn from(v: AlarmConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEPLOYMENT_FAILURE`, `DEPLOYMENT_STOP_ON_ALARM`, `DEPLOYMENT_STOP_ON_REQUEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Events {
    /// `DEPLOYMENT_FAILURE`
    DeploymentFailure,
    /// `DEPLOYMENT_STOP_ON_ALARM`
    DeploymentStopOnAlarm,
    /// `DEPLOYMENT_STOP_ON_REQUEST`
    DeploymentStopOnRequest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Events {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeploymentFailure => "DEPLOYMENT_FAILURE",
            Self::DeploymentStopOnAlarm => "DEPLOYMENT_STOP_ON_ALARM",
            Self::DeploymentStopOnRequest => "DEPLOYMENT_STOP_ON_REQUEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_STOP_ON_REQUEST"]
    }
}
impl ::std::convert::From<Events> for ::forma_core::Value<Events> {
    fn from(v: Events) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Events {}

/// Configures automatic rollback for an AWS CodeDeploy deployment group when a deployment is not completed successfully.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoRollbackConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoRollbackConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether a defined automatic rollback configuration is currently enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The event type or types that trigger a rollback.
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Events>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoRollbackConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoRollbackConfiguration> for ::forma_core::Value<AutoRollbackConfiguration> {
    fn from(v: AutoRollbackConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_ROLLBACK_CONFIGURATION_TYPE.properties))
    }
}

/// Information about blue/green deployment options for a deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct BlueGreenDeploymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl BlueGreenDeploymentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the action to take when newly provisioned instances are ready to receive traffic in a blue/green deployment.
    pub fn deployment_ready_option(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentReadyOption>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about how instances are provisioned for a replacement environment in a blue/green deployment.
    pub fn green_fleet_provisioning_option(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GreenFleetProvisioningOption>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Information about whether to terminate instances in the original fleet during a blue/green deployment.
    pub fn terminate_blue_instances_on_deployment_success(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BlueInstanceTerminationOption>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlueGreenDeploymentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlueGreenDeploymentConfiguration> for ::forma_core::Value<BlueGreenDeploymentConfiguration> {
    fn from(v: BlueGreenDeploymentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLUE_GREEN_DEPLOYMENT_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies an AWS CodeDeploy application revision to be deployed to instances in the deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployment {
    props: ::forma_core::schema::Props,
}
impl Deployment {
    /// A new value with its required properties: `Revision`.
    pub fn new(revision: impl ::std::convert::Into<::forma_core::Value<RevisionLocation>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, revision.into().into_expr());
        Self { props }
    }
    /// A description of the deployment.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If true, then if an ApplicationStop, BeforeBlockTraffic, or AfterBlockTraffic deployment lifecycle event to an instance fails, then the deployment continues to the next deployment lifecycle event.
    pub fn ignore_application_stop_failures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Deployment> for ::forma_core::Value<Deployment> {
    fn from(v: Deployment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WITHOUT_TRAFFIC_CONTROL`, `WITH_TRAFFIC_CONTROL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentOption {
    /// `WITHOUT_TRAFFIC_CONTROL`
    WithoutTrafficControl,
    /// `WITH_TRAFFIC_CONTROL`
    WithTrafficControl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WithoutTrafficControl => "WITHOUT_TRAFFIC_CONTROL",
            Self::WithTrafficControl => "WITH_TRAFFIC_CONTROL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WITHOUT_TRAFFIC_CONTROL", "WITH_TRAFFIC_CONTROL"]
    }
}
impl ::std::convert::From<DeploymentOption> for ::forma_core::Value<DeploymentOption> {
    fn from(v: DeploymentOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentOption {}

/// The values CloudFormation documents: `BLUE_GREEN`, `IN_PLACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentType {
    /// `BLUE_GREEN`
    BlueGreen,
    /// `IN_PLACE`
    InPlace,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlueGreen => "BLUE_GREEN",
            Self::InPlace => "IN_PLACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLUE_GREEN", "IN_PLACE"]
    }
}
impl ::std::convert::From<DeploymentType> for ::forma_core::Value<DeploymentType> {
    fn from(v: DeploymentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentType {}

/// Information about the type of deployment, either in-place or blue/green, you want to run and whether to route deployment traffic behind a load balancer.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentStyle {
    props: ::forma_core::schema::Props,
}
impl DeploymentStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to route deployment traffic behind a load balancer.
    pub fn deployment_option(mut self, value: impl ::forma_core::schema::EnumArg<DeploymentOption>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates whether to run an in-place or blue/green deployment.
    pub fn deployment_type(mut self, value: impl ::forma_core::schema::EnumArg<DeploymentType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeploymentStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentStyle> for ::forma_core::Value<DeploymentStyle> {
    fn from(v: DeploymentStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_STYLE_TYPE.properties))
    }
}

/// Contains the service and cluster names used to identify an Amazon ECS deployment's target.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsService {
    props: ::forma_core::schema::Props,
}
impl EcsService {
    /// A new value with its required properties: `ClusterName`, `ServiceName`.
    pub fn new(
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cluster_name.into().into_expr());
        props.set(1, service_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EcsService> for ::forma_core::Value<EcsService> {
    fn from(v: EcsService) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_SERVICE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KEY_AND_VALUE`, `KEY_ONLY`, `VALUE_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `KEY_AND_VALUE`
    KeyAndValue,
    /// `KEY_ONLY`
    KeyOnly,
    /// `VALUE_ONLY`
    ValueOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeyAndValue => "KEY_AND_VALUE",
            Self::KeyOnly => "KEY_ONLY",
            Self::ValueOnly => "VALUE_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEY_AND_VALUE", "KEY_ONLY", "VALUE_ONLY"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Information about an Amazon EC2 tag filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Ec2TagFilter {
    props: ::forma_core::schema::Props,
}
impl Ec2TagFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The tag filter key.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The tag filter type.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The tag filter value.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ec2TagFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ec2TagFilter> for ::forma_core::Value<Ec2TagFilter> {
    fn from(v: Ec2TagFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EC2_TAG_FILTER_TYPE.properties))
    }
}

/// Specifies information about groups of tags applied to Amazon EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct Ec2TagSet {
    props: ::forma_core::schema::Props,
}
impl Ec2TagSet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon EC2 tags that are already applied to Amazon EC2 instances that you want to include in the deployment group.
    pub fn ec2_tag_set_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ec2TagSetListObject>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ec2TagSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ec2TagSet> for ::forma_core::Value<Ec2TagSet> {
    fn from(v: Ec2TagSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EC2_TAG_SET_TYPE.properties))
    }
}

/// Specifies information about the load balancer or target group used for an AWS CodeDeploy deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancerInfo {
    props: ::forma_core::schema::Props,
}
impl LoadBalancerInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array that contains information about the load balancers to use for load balancing in a deployment.
    pub fn elb_info_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ElbInfo>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An array that contains information about the target groups to use for load balancing in a deployment.
    pub fn target_group_info_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetGroupInfo>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The target group pair information.
    pub fn target_group_pair_info_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetGroupPairInfo>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBalancerInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBalancerInfo> for ::forma_core::Value<LoadBalancerInfo> {
    fn from(v: LoadBalancerInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BALANCER_INFO_TYPE.properties))
    }
}

/// Specifies which on-premises instances to associate with the deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFilter {
    props: ::forma_core::schema::Props,
}
impl TagFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The on-premises instance tag filter key.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The on-premises instance tag filter type
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The on-premises instance tag filter value.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagFilter> for ::forma_core::Value<TagFilter> {
    fn from(v: TagFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FILTER_TYPE.properties))
    }
}

/// Specifies a list containing other lists of on-premises instance tag groups.
#[derive(Debug, Clone, PartialEq)]
pub struct OnPremisesTagSet {
    props: ::forma_core::schema::Props,
}
impl OnPremisesTagSet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list that contains other lists of on-premises instance tag groups.
    pub fn on_premises_tag_set_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OnPremisesTagSetListObject>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnPremisesTagSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnPremisesTagSet> for ::forma_core::Value<OnPremisesTagSet> {
    fn from(v: OnPremisesTagSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_PREMISES_TAG_SET_TYPE.properties))
    }
}

/// Information about a tag.
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

/// The values CloudFormation documents: `DeploymentFailure`, `DeploymentReady`, `DeploymentRollback`, `DeploymentStart`, `DeploymentStop`, `DeploymentSuccess`, `InstanceFailure`, `InstanceReady`, `InstanceStart`, `InstanceSuccess`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TriggerEvents {
    /// `DeploymentFailure`
    DeploymentFailure,
    /// `DeploymentReady`
    DeploymentReady,
    /// `DeploymentRollback`
    DeploymentRollback,
    /// `DeploymentStart`
    DeploymentStart,
    /// `DeploymentStop`
    DeploymentStop,
    /// `DeploymentSuccess`
    DeploymentSuccess,
    /// `InstanceFailure`
    InstanceFailure,
    /// `InstanceReady`
    InstanceReady,
    /// `InstanceStart`
    InstanceStart,
    /// `InstanceSuccess`
    InstanceSuccess,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TriggerEvents {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeploymentFailure => "DeploymentFailure",
            Self::DeploymentReady => "DeploymentReady",
            Self::DeploymentRollback => "DeploymentRollback",
            Self::DeploymentStart => "DeploymentStart",
            Self::DeploymentStop => "DeploymentStop",
            Self::DeploymentSuccess => "DeploymentSuccess",
            Self::InstanceFailure => "InstanceFailure",
            Self::InstanceReady => "InstanceReady",
            Self::InstanceStart => "InstanceStart",
            Self::InstanceSuccess => "InstanceSuccess",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "DeploymentFailure",
            "DeploymentReady",
            "DeploymentRollback",
            "DeploymentStart",
            "DeploymentStop",
            "DeploymentSuccess",
            "InstanceFailure",
            "InstanceReady",
            "InstanceStart",
            "InstanceSuccess",
        ]
    }
}
impl ::std::convert::From<TriggerEvents> for ::forma_core::Value<TriggerEvents> {
    fn from(v: TriggerEvents) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TriggerEvents {}

/// Information about notification triggers for the deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerConfig {
    props: ::forma_core::schema::Props,
}
impl TriggerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The event type or types that trigger notifications.
    pub fn trigger_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TriggerEvents>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the notification trigger.
    pub fn trigger_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon Simple Notification Service topic through which notifications about deployment or instance events are sent.
    pub fn trigger_target_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TriggerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TriggerConfig> for ::forma_core::Value<TriggerConfig> {
    fn from(v: TriggerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_CONFIG_TYPE.properties))
    }
}

/// Specifies a CloudWatch alarm to use for an AWS CodeDeploy deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    props: ::forma_core::schema::Props,
}
impl Alarm {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the alarm.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Alarm {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Alarm> for ::forma_core::Value<Alarm> {
    fn from(v: Alarm) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTINUE_DEPLOYMENT`, `STOP_DEPLOYMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionOnTimeout {
    /// `CONTINUE_DEPLOYMENT`
    ContinueDeployment,
    /// `STOP_DEPLOYMENT`
    StopDeployment,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActionOnTimeout {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContinueDeployment => "CONTINUE_DEPLOYMENT",
            Self::StopDeployment => "STOP_DEPLOYMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTINUE_DEPLOYMENT", "STOP_DEPLOYMENT"]
    }
}
impl ::std::convert::From<ActionOnTimeout> for ::forma_core::Value<ActionOnTimeout> {
    fn from(v: ActionOnTimeout) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActionOnTimeout {}

/// Information about when to reroute traffic from an original environment to a replacement environment in a blue/green deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentReadyOption {
    props: ::forma_core::schema::Props,
}
impl DeploymentReadyOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about when to reroute traffic from an original environment to a replacement environment in a blue/green deployment.
    pub fn action_on_timeout(mut self, value: impl ::forma_core::schema::EnumArg<ActionOnTimeout>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The number of minutes to wait before the status of a blue/green deployment is changed to Stopped if rerouting is not started manually.
    pub fn wait_time_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentReadyOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentReadyOption> for ::forma_core::Value<DeploymentReadyOption> {
    fn from(v: DeploymentReadyOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_READY_OPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COPY_AUTO_SCALING_GROUP`, `DISCOVER_EXISTING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `COPY_AUTO_SCALING_GROUP`
    CopyAutoScalingGroup,
    /// `DISCOVER_EXISTING`
    DiscoverExisting,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CopyAutoScalingGroup => "COPY_AUTO_SCALING_GROUP",
            Self::DiscoverExisting => "DISCOVER_EXISTING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COPY_AUTO_SCALING_GROUP", "DISCOVER_EXISTING"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// Information about the instances that belong to the replacement environment in a blue/green deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct GreenFleetProvisioningOption {
    props: ::forma_core::schema::Props,
}
impl GreenFleetProvisioningOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The method used to add instances to a replacement environment.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for GreenFleetProvisioningOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GreenFleetProvisioningOption> for ::forma_core::Value<GreenFleetProvisioningOption> {
    fn from(v: GreenFleetProvisioningOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GREEN_FLEET_PROVISIONING_OPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KEEP_ALIVE`, `TERMINATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlueInstanceTerminationOptionAction {
    /// `KEEP_ALIVE`
    KeepAlive,
    /// `TERMINATE`
    Terminate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlueInstanceTerminationOptionAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeepAlive => "KEEP_ALIVE",
            Self::Terminate => "TERMINATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEEP_ALIVE", "TERMINATE"]
    }
}
impl ::std::convert::From<BlueInstanceTerminationOptionAction>
    for ::forma_core::Value<BlueInstanceTerminationOptionAction>
{
    fn from(v: BlueInstanceTerminationOptionAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlueInstanceTerminationOptionAction {}

/// Information about whether instances in the original environment are terminated when a blue/green deployment is successful.
#[derive(Debug, Clone, PartialEq)]
pub struct BlueInstanceTerminationOption {
    props: ::forma_core::schema::Props,
}
impl BlueInstanceTerminationOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The action to take on instances in the original environment after a successful blue/green deployment.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<BlueInstanceTerminationOptionAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// For an Amazon EC2 deployment, the number of minutes to wait after a successful blue/green deployment before terminating instances from the original environment.
    pub fn termination_wait_time_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlueInstanceTerminationOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlueInstanceTerminationOption> for ::forma_core::Value<BlueInstanceTerminationOption> {
    fn from(v: BlueInstanceTerminationOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLUE_INSTANCE_TERMINATION_OPTION_TYPE.properties))
    }
}

/// Defines the location of the CodeDeploy application revision to deploy.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionLocation {
    props: ::forma_core::schema::Props,
}
impl RevisionLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the location of an application revision that is stored in GitHub.
    pub fn git_hub_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<GitHubLocation>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of application revision.
    pub fn revision_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Information about the location of application artifacts stored in Amazon S3.
    pub fn s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RevisionLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RevisionLocation> for ::forma_core::Value<RevisionLocation> {
    fn from(v: RevisionLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REVISION_LOCATION_TYPE.properties))
    }
}

/// The EC2TagSet property type specifies information about groups of tags applied to Amazon EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct Ec2TagSetListObject {
    props: ::forma_core::schema::Props,
}
impl Ec2TagSetListObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list that contains other lists of Amazon EC2 instance tag groups.
    pub fn ec2_tag_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ec2TagFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Ec2TagSetListObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Ec2TagSetListObject> for ::forma_core::Value<Ec2TagSetListObject> {
    fn from(v: Ec2TagSetListObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EC2_TAG_SET_LIST_OBJECT_TYPE.properties))
    }
}

/// The ELBInfo property type specifies information about the Elastic Load Balancing load balancer used for an CodeDeploy deployment group.
#[derive(Debug, Clone, PartialEq)]
pub struct ElbInfo {
    props: ::forma_core::schema::Props,
}
impl ElbInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For blue/green deployments, the name of the load balancer that is used to route traffic from original instances to replacement instances in a blue/green deployment.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ElbInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElbInfo> for ::forma_core::Value<ElbInfo> {
    fn from(v: ElbInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELB_INFO_TYPE.properties))
    }
}

/// Specifies information about a target group in Elastic Load Balancing to use in a deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupInfo {
    props: ::forma_core::schema::Props,
}
impl TargetGroupInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For blue/green deployments, the name of the target group that instances in the original environment are deregistered from, and instances in the replacement environment registered with.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetGroupInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetGroupInfo> for ::forma_core::Value<TargetGroupInfo> {
    fn from(v: TargetGroupInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_INFO_TYPE.properties))
    }
}

/// The TargetGroupInfo property type specifies information about a target group in Elastic Load Balancing to use in a deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupPairInfo {
    props: ::forma_core::schema::Props,
}
impl TargetGroupPairInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The path used by a load balancer to route production traffic when an Amazon ECS deployment is complete.
    pub fn prod_traffic_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrafficRoute>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// One pair of target groups.
    pub fn target_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetGroupInfo>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional path used by a load balancer to route test traffic after an Amazon ECS deployment.
    pub fn test_traffic_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrafficRoute>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetGroupPairInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetGroupPairInfo> for ::forma_core::Value<TargetGroupPairInfo> {
    fn from(v: TargetGroupPairInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_PAIR_INFO_TYPE.properties))
    }
}

/// Specifies lists of on-premises instance tag groups.
#[derive(Debug, Clone, PartialEq)]
pub struct OnPremisesTagSetListObject {
    props: ::forma_core::schema::Props,
}
impl OnPremisesTagSetListObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about groups of on-premises instance tags.
    pub fn on_premises_tag_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnPremisesTagSetListObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnPremisesTagSetListObject> for ::forma_core::Value<OnPremisesTagSetListObject> {
    fn from(v: OnPremisesTagSetListObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_PREMISES_TAG_SET_LIST_OBJECT_TYPE.properties))
    }
}

/// Specifies the location of an application revision that is stored in GitHub.
#[derive(Debug, Clone, PartialEq)]
pub struct GitHubLocation {
    props: ::forma_core::schema::Props,
}
impl GitHubLocation {
    /// A new value with its required properties: `CommitId`, `Repository`.
    pub fn new(
        commit_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        repository: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, commit_id.into().into_expr());
        props.set(1, repository.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GitHubLocation> for ::forma_core::Value<GitHubLocation> {
    fn from(v: GitHubLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_HUB_LOCATION_TYPE.properties))
    }
}

/// Information about the location of application artifacts stored in Amazon S3.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `Key`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(3, key.into().into_expr());
        Self { props }
    }
    /// The file type of the application revision.
    pub fn bundle_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ETag of the Amazon S3 object that represents the bundled artifacts for the application revision.
    pub fn e_tag(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A specific version of the Amazon S3 object that represents the bundled artifacts for the application revision.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// Information about a listener.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficRoute {
    props: ::forma_core::schema::Props,
}
impl TrafficRoute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of one listener.
    pub fn listener_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrafficRoute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrafficRoute> for ::forma_core::Value<TrafficRoute> {
    fn from(v: TrafficRoute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_ROUTE_TYPE.properties))
    }
}

/// The schema of `AWS::CodeDeploy::DeploymentGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeDeploy::DeploymentGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALARM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9+=,.@_-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutoRollbackConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_ROLLBACK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutoScalingGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BlueGreenDeploymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLUE_GREEN_DEPLOYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Deployment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentConfigName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9+=,.@_-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeploymentGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9+=,.@_-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeploymentStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ECSServices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ECS_SERVICE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ec2TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EC2_TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ec2TagSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EC2_TAG_SET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOAD_BALANCER_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnPremisesInstanceTagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnPremisesTagSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_PREMISES_TAG_SET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutdatedInstancesStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IGNORE", "UPDATE"]),
        },
        ::forma_core::schema::Property {
            name: "ServiceRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "TerminationHookEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TriggerConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRIGGER_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ALARM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.AlarmConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ALARM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IgnorePollAlarmFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AUTO_ROLLBACK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.AutoRollbackConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Events",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "DEPLOYMENT_FAILURE",
                    "DEPLOYMENT_STOP_ON_ALARM",
                    "DEPLOYMENT_STOP_ON_REQUEST",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static BLUE_GREEN_DEPLOYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CodeDeploy::DeploymentGroup.BlueGreenDeploymentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeploymentReadyOption",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_READY_OPTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "GreenFleetProvisioningOption",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&GREEN_FLEET_PROVISIONING_OPTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TerminateBlueInstancesOnDeploymentSuccess",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BLUE_INSTANCE_TERMINATION_OPTION_TYPE),
            },
        ],
        rules: &[],
    };

static DEPLOYMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.Deployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IgnoreApplicationStopFailures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Revision",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REVISION_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.DeploymentStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WITHOUT_TRAFFIC_CONTROL", "WITH_TRAFFIC_CONTROL"]),
        },
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLUE_GREEN", "IN_PLACE"]),
        },
    ],
    rules: &[],
};

static ECS_SERVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.ECSService",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EC2_TAG_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.EC2TagFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEY_AND_VALUE", "KEY_ONLY", "VALUE_ONLY"]),
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

static EC2_TAG_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.EC2TagSet",
    properties: &[::forma_core::schema::Property {
        name: "Ec2TagSetList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&EC2_TAG_SET_LIST_OBJECT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static LOAD_BALANCER_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.LoadBalancerInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ElbInfoList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ELB_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupInfoList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_GROUP_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupPairInfoList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_GROUP_PAIR_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.TagFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEY_AND_VALUE", "KEY_ONLY", "VALUE_ONLY"]),
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

static ON_PREMISES_TAG_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.OnPremisesTagSet",
    properties: &[::forma_core::schema::Property {
        name: "OnPremisesTagSetList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ON_PREMISES_TAG_SET_LIST_OBJECT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.Tag",
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

static TRIGGER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.TriggerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TriggerEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "DeploymentFailure",
                    "DeploymentReady",
                    "DeploymentRollback",
                    "DeploymentStart",
                    "DeploymentStop",
                    "DeploymentSuccess",
                    "InstanceFailure",
                    "InstanceReady",
                    "InstanceStart",
                    "InstanceSuccess",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TriggerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TriggerTargetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ALARM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.Alarm",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DEPLOYMENT_READY_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.DeploymentReadyOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionOnTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONTINUE_DEPLOYMENT", "STOP_DEPLOYMENT"]),
        },
        ::forma_core::schema::Property {
            name: "WaitTimeInMinutes",
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

static GREEN_FLEET_PROVISIONING_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.GreenFleetProvisioningOption",
    properties: &[::forma_core::schema::Property {
        name: "Action",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["COPY_AUTO_SCALING_GROUP", "DISCOVER_EXISTING"]),
    }],
    rules: &[],
};

static BLUE_INSTANCE_TERMINATION_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.BlueInstanceTerminationOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEEP_ALIVE", "TERMINATE"]),
        },
        ::forma_core::schema::Property {
            name: "TerminationWaitTimeInMinutes",
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

static REVISION_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.RevisionLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "GitHubLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_HUB_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RevisionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static EC2_TAG_SET_LIST_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.EC2TagSetListObject",
    properties: &[::forma_core::schema::Property {
        name: "Ec2TagGroup",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&EC2_TAG_FILTER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ELB_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.ELBInfo",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TARGET_GROUP_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.TargetGroupInfo",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TARGET_GROUP_PAIR_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.TargetGroupPairInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProdTrafficRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_ROUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_GROUP_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TestTrafficRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_ROUTE_TYPE),
        },
    ],
    rules: &[],
};

static ON_PREMISES_TAG_SET_LIST_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.OnPremisesTagSetListObject",
    properties: &[::forma_core::schema::Property {
        name: "OnPremisesTagGroup",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static GIT_HUB_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.GitHubLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CommitId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Repository",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BundleType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ETag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
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

static TRAFFIC_ROUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentGroup.TrafficRoute",
    properties: &[::forma_core::schema::Property {
        name: "ListenerArns",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
