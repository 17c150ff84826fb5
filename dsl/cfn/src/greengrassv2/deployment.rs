// @generated from AWS::GreengrassV2::Deployment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GreengrassV2::Deployment` and its property types.

/// Resource for Greengrass V2 deployment.
///
/// CloudFormation type `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployment {
    props: ::forma_core::schema::Props,
}
impl Deployment {
    /// A new resource with its required properties: `TargetArn`.
    #[track_caller]
    pub fn new(target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, target_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Components`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn components(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeploymentName`.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deployment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeploymentPolicies`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deployment_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentPolicies>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IotJobConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn iot_job_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentIoTJobConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ParentTargetArn`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn parent_target_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Deployment {
    type Attributes = DeploymentAttributes;
    fn type_name(&self) -> &str {
        "AWS::GreengrassV2::Deployment"
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
/// The attributes of a `AWS::GreengrassV2::Deployment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeploymentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeploymentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeploymentAttributes {
    /// `Fn::GetAtt` `DeploymentId`.
    pub fn deployment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentId")
    }
}

/// The `ComponentDeploymentSpecification` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentDeploymentSpecification {
    props: ::forma_core::schema::Props,
}
impl ComponentDeploymentSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComponentVersion`.
    ///
    /// Allowed: length 1 to 64.
    pub fn component_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfigurationUpdate`.
    pub fn configuration_update(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentConfigurationUpdate>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RunWith`.
    pub fn run_with(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentRunWith>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentDeploymentSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentDeploymentSpecification> for ::forma_core::Value<ComponentDeploymentSpecification> {
    fn from(v: ComponentDeploymentSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_DEPLOYMENT_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ROLLBACK`, `DO_NOTHING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailureHandlingPolicy {
    /// `ROLLBACK`
    Rollback,
    /// `DO_NOTHING`
    DoNothing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailureHandlingPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rollback => "ROLLBACK",
            Self::DoNothing => "DO_NOTHING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ROLLBACK", "DO_NOTHING"]
    }
}
impl ::std::convert::From<FailureHandlingPolicy> for ::forma_core::Value<FailureHandlingPolicy> {
    fn from(v: FailureHandlingPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailureHandlingPolicy {}

/// The `DeploymentPolicies` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentPolicies {
    props: ::forma_core::schema::Props,
}
impl DeploymentPolicies {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComponentUpdatePolicy`.
    pub fn component_update_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentComponentUpdatePolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfigurationValidationPolicy`.
    pub fn configuration_validation_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfigurationValidationPolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FailureHandlingPolicy`.
    pub fn failure_handling_policy(mut self, value: impl ::forma_core::schema::EnumArg<FailureHandlingPolicy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeploymentPolicies {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentPolicies> for ::forma_core::Value<DeploymentPolicies> {
    fn from(v: DeploymentPolicies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_POLICIES_TYPE.properties))
    }
}

/// The `DeploymentIoTJobConfiguration` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentIoTJobConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeploymentIoTJobConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AbortConfig`.
    pub fn abort_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<IoTJobAbortConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `JobExecutionsRolloutConfig`.
    pub fn job_executions_rollout_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IoTJobExecutionsRolloutConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimeoutConfig`.
    pub fn timeout_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IoTJobTimeoutConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentIoTJobConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentIoTJobConfiguration> for ::forma_core::Value<DeploymentIoTJobConfiguration> {
    fn from(v: DeploymentIoTJobConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_IO_T_JOB_CONFIGURATION_TYPE.properties))
    }
}

/// The `ComponentConfigurationUpdate` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentConfigurationUpdate {
    props: ::forma_core::schema::Props,
}
impl ComponentConfigurationUpdate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Merge`.
    ///
    /// Allowed: length 1 to 10485760.
    pub fn merge(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Reset`.
    pub fn reset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentConfigurationUpdate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentConfigurationUpdate> for ::forma_core::Value<ComponentConfigurationUpdate> {
    fn from(v: ComponentConfigurationUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CONFIGURATION_UPDATE_TYPE.properties))
    }
}

/// The `ComponentRunWith` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentRunWith {
    props: ::forma_core::schema::Props,
}
impl ComponentRunWith {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PosixUser`.
    ///
    /// Allowed: length 1 to any.
    pub fn posix_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SystemResourceLimits`.
    pub fn system_resource_limits(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SystemResourceLimits>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WindowsUser`.
    ///
    /// Allowed: length 1 to any.
    pub fn windows_user(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentRunWith {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentRunWith> for ::forma_core::Value<ComponentRunWith> {
    fn from(v: ComponentRunWith) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_RUN_WITH_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NOTIFY_COMPONENTS`, `SKIP_NOTIFY_COMPONENTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `NOTIFY_COMPONENTS`
    NotifyComponents,
    /// `SKIP_NOTIFY_COMPONENTS`
    SkipNotifyComponents,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotifyComponents => "NOTIFY_COMPONENTS",
            Self::SkipNotifyComponents => "SKIP_NOTIFY_COMPONENTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NOTIFY_COMPONENTS", "SKIP_NOTIFY_COMPONENTS"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The `DeploymentComponentUpdatePolicy` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentComponentUpdatePolicy {
    props: ::forma_core::schema::Props,
}
impl DeploymentComponentUpdatePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `TimeoutInSeconds`.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentComponentUpdatePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentComponentUpdatePolicy> for ::forma_core::Value<DeploymentComponentUpdatePolicy> {
    fn from(v: DeploymentComponentUpdatePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_COMPONENT_UPDATE_POLICY_TYPE.properties))
    }
}

/// The `DeploymentConfigurationValidationPolicy` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfigurationValidationPolicy {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfigurationValidationPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TimeoutInSeconds`.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentConfigurationValidationPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentConfigurationValidationPolicy>
    for ::forma_core::Value<DeploymentConfigurationValidationPolicy>
{
    fn from(v: DeploymentConfigurationValidationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CONFIGURATION_VALIDATION_POLICY_TYPE.properties))
    }
}

/// The `IoTJobAbortConfig` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IoTJobAbortConfig {
    props: ::forma_core::schema::Props,
}
impl IoTJobAbortConfig {
    /// A new value with its required properties: `CriteriaList`.
    pub fn new(
        criteria_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IoTJobAbortCriteria>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, criteria_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IoTJobAbortConfig> for ::forma_core::Value<IoTJobAbortConfig> {
    fn from(v: IoTJobAbortConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IO_T_JOB_ABORT_CONFIG_TYPE.properties))
    }
}

/// The `IoTJobExecutionsRolloutConfig` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IoTJobExecutionsRolloutConfig {
    props: ::forma_core::schema::Props,
}
impl IoTJobExecutionsRolloutConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ExponentialRate`.
    pub fn exponential_rate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IoTJobExponentialRolloutRate>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumPerMinute`.
    ///
    /// Allowed: 1 to 1000.
    pub fn maximum_per_minute(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IoTJobExecutionsRolloutConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IoTJobExecutionsRolloutConfig> for ::forma_core::Value<IoTJobExecutionsRolloutConfig> {
    fn from(v: IoTJobExecutionsRolloutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IO_T_JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE.properties))
    }
}

/// The `IoTJobTimeoutConfig` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IoTJobTimeoutConfig {
    props: ::forma_core::schema::Props,
}
impl IoTJobTimeoutConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InProgressTimeoutInMinutes`.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn in_progress_timeout_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IoTJobTimeoutConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IoTJobTimeoutConfig> for ::forma_core::Value<IoTJobTimeoutConfig> {
    fn from(v: IoTJobTimeoutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IO_T_JOB_TIMEOUT_CONFIG_TYPE.properties))
    }
}

/// The `SystemResourceLimits` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemResourceLimits {
    props: ::forma_core::schema::Props,
}
impl SystemResourceLimits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Cpus`.
    ///
    /// Allowed: at least 0.
    pub fn cpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Memory`.
    ///
    /// Allowed: 0 to 9223372036854771712.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SystemResourceLimits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SystemResourceLimits> for ::forma_core::Value<SystemResourceLimits> {
    fn from(v: SystemResourceLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYSTEM_RESOURCE_LIMITS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CANCEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IoTJobAbortCriteriaAction {
    /// `CANCEL`
    Cancel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IoTJobAbortCriteriaAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cancel => "CANCEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CANCEL"]
    }
}
impl ::std::convert::From<IoTJobAbortCriteriaAction> for ::forma_core::Value<IoTJobAbortCriteriaAction> {
    fn from(v: IoTJobAbortCriteriaAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IoTJobAbortCriteriaAction {}

/// The values CloudFormation documents: `FAILED`, `REJECTED`, `TIMED_OUT`, `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailureType {
    /// `FAILED`
    Failed,
    /// `REJECTED`
    Rejected,
    /// `TIMED_OUT`
    TimedOut,
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Failed => "FAILED",
            Self::Rejected => "REJECTED",
            Self::TimedOut => "TIMED_OUT",
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAILED", "REJECTED", "TIMED_OUT", "ALL"]
    }
}
impl ::std::convert::From<FailureType> for ::forma_core::Value<FailureType> {
    fn from(v: FailureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailureType {}

/// The `IoTJobAbortCriteria` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IoTJobAbortCriteria {
    props: ::forma_core::schema::Props,
}
impl IoTJobAbortCriteria {
    /// A new value with its required properties: `Action`, `FailureType`, `MinNumberOfExecutedThings`, `ThresholdPercentage`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<IoTJobAbortCriteriaAction>,
        failure_type: impl ::forma_core::schema::EnumArg<FailureType>,
        min_number_of_executed_things: impl ::std::convert::Into<::forma_core::Value<i64>>,
        threshold_percentage: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, failure_type.into_enum_expr());
        props.set(2, min_number_of_executed_things.into().into_expr());
        props.set(3, threshold_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IoTJobAbortCriteria> for ::forma_core::Value<IoTJobAbortCriteria> {
    fn from(v: IoTJobAbortCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IO_T_JOB_ABORT_CRITERIA_TYPE.properties))
    }
}

/// The `IoTJobExponentialRolloutRate` property type of `AWS::GreengrassV2::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IoTJobExponentialRolloutRate {
    props: ::forma_core::schema::Props,
}
impl IoTJobExponentialRolloutRate {
    /// A new value with its required properties: `BaseRatePerMinute`, `IncrementFactor`, `RateIncreaseCriteria`.
    pub fn new(
        base_rate_per_minute: impl ::std::convert::Into<::forma_core::Value<i64>>,
        increment_factor: impl ::std::convert::Into<::forma_core::Value<f64>>,
        rate_increase_criteria: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_rate_per_minute.into().into_expr());
        props.set(1, increment_factor.into().into_expr());
        props.set(2, rate_increase_criteria.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IoTJobExponentialRolloutRate> for ::forma_core::Value<IoTJobExponentialRolloutRate> {
    fn from(v: IoTJobExponentialRolloutRate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IO_T_JOB_EXPONENTIAL_ROLLOUT_RATE_TYPE.properties))
    }
}

/// The schema of `AWS::GreengrassV2::Deployment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GreengrassV2::Deployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Components",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPONENT_DEPLOYMENT_SPECIFICATION_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "DeploymentName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeploymentPolicies",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_POLICIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotJobConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_IO_T_JOB_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParentTargetArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[^:]*:iot:[^:]*:[0-9]+:thinggroup/.+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "TargetArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[^:]*:iot:[^:]*:[0-9]+:(thing|thinggroup)/.+"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["DeploymentId"],
};

static COMPONENT_DEPLOYMENT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GreengrassV2::Deployment.ComponentDeploymentSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "ComponentVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConfigurationUpdate",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMPONENT_CONFIGURATION_UPDATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RunWith",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMPONENT_RUN_WITH_TYPE),
            },
        ],
        rules: &[],
    };

static DEPLOYMENT_POLICIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.DeploymentPolicies",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentUpdatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_COMPONENT_UPDATE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationValidationPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIGURATION_VALIDATION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureHandlingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ROLLBACK", "DO_NOTHING"]),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_IO_T_JOB_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GreengrassV2::Deployment.DeploymentIoTJobConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AbortConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IO_T_JOB_ABORT_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "JobExecutionsRolloutConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IO_T_JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IO_T_JOB_TIMEOUT_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static COMPONENT_CONFIGURATION_UPDATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.ComponentConfigurationUpdate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Merge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10485760),
            }),
        },
        ::forma_core::schema::Property {
            name: "Reset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static COMPONENT_RUN_WITH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.ComponentRunWith",
    properties: &[
        ::forma_core::schema::Property {
            name: "PosixUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SystemResourceLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYSTEM_RESOURCE_LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WindowsUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static DEPLOYMENT_COMPONENT_UPDATE_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GreengrassV2::Deployment.DeploymentComponentUpdatePolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["NOTIFY_COMPONENTS", "SKIP_NOTIFY_COMPONENTS"]),
            },
            ::forma_core::schema::Property {
                name: "TimeoutInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(2147483647.0),
                }),
            },
        ],
        rules: &[],
    };

static DEPLOYMENT_CONFIGURATION_VALIDATION_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GreengrassV2::Deployment.DeploymentConfigurationValidationPolicy",
        properties: &[::forma_core::schema::Property {
            name: "TimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        }],
        rules: &[],
    };

static IO_T_JOB_ABORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.IoTJobAbortConfig",
    properties: &[::forma_core::schema::Property {
        name: "CriteriaList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&IO_T_JOB_ABORT_CRITERIA_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static IO_T_JOB_EXECUTIONS_ROLLOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GreengrassV2::Deployment.IoTJobExecutionsRolloutConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ExponentialRate",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IO_T_JOB_EXPONENTIAL_ROLLOUT_RATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaximumPerMinute",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                }),
            },
        ],
        rules: &[],
    };

static IO_T_JOB_TIMEOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.IoTJobTimeoutConfig",
    properties: &[::forma_core::schema::Property {
        name: "InProgressTimeoutInMinutes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(2147483647.0),
        }),
    }],
    rules: &[],
};

static SYSTEM_RESOURCE_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.SystemResourceLimits",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(9.223372036854772e+18),
            }),
        },
    ],
    rules: &[],
};

static IO_T_JOB_ABORT_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GreengrassV2::Deployment.IoTJobAbortCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CANCEL"]),
        },
        ::forma_core::schema::Property {
            name: "FailureType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAILED", "REJECTED", "TIMED_OUT", "ALL"]),
        },
        ::forma_core::schema::Property {
            name: "MinNumberOfExecutedThings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static IO_T_JOB_EXPONENTIAL_ROLLOUT_RATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GreengrassV2::Deployment.IoTJobExponentialRolloutRate",
        properties: &[
            ::forma_core::schema::Property {
                name: "BaseRatePerMinute",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "IncrementFactor",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(5.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "RateIncreaseCriteria",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
        ],
        rules: &[],
    };
