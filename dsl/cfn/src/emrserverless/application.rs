// @generated from AWS::EMRServerless::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMRServerless::Application` and its property types.

/// Resource schema for AWS::EMRServerless::Application Type
///
/// CloudFormation type `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `ReleaseLabel`, `Type`.
    #[track_caller]
    pub fn new(
        release_label: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(11, release_label.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The cpu architecture of an application.
    #[track_caller]
    pub fn architecture(mut self, value: impl ::forma_core::schema::EnumArg<Architecture>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for Auto Start of Application.
    #[track_caller]
    pub fn auto_start_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoStartConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for Auto Stop of Application.
    #[track_caller]
    pub fn auto_stop_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoStopConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IAM IdentityCenter configuration for trusted-identity-propagation on this application.
    #[track_caller]
    pub fn identity_center_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityCenterConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The image configuration.
    #[track_caller]
    pub fn image_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageConfigurationInput>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Initial capacity initialized when an Application is started.
    #[track_caller]
    pub fn initial_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InitialCapacityConfigKeyValuePair>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InteractiveConfiguration`.
    #[track_caller]
    pub fn interactive_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InteractiveConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Maximum allowed cumulative resources for an Application.
    #[track_caller]
    pub fn maximum_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaximumAllowedResources>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Monitoring configuration for batch and interactive JobRun.
    #[track_caller]
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoringConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// User friendly Application name.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Network Configuration for customer VPC connectivity.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Runtime configuration for batch and interactive JobRun.
    #[track_caller]
    pub fn runtime_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationObject>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scheduler configuration for batch and streaming jobs running on this application.
    #[track_caller]
    pub fn scheduler_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchedulerConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tag map with key and value
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The key-value pairs that specify worker type to WorkerTypeSpecificationInput.
    #[track_caller]
    pub fn worker_type_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMRServerless::Application"
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
/// The attributes of a `AWS::EMRServerless::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ApplicationId`.
    pub fn application_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationId")
    }
}

/// The values CloudFormation documents: `ARM64`, `X86_64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architecture {
    /// `ARM64`
    Arm64,
    /// `X86_64`
    X8664,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Architecture {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arm64 => "ARM64",
            Self::X8664 => "X86_64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ARM64", "X86_64"]
    }
}
impl ::std::convert::From<Architecture> for ::forma_core::Value<Architecture> {
    fn from(v: Architecture) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Architecture {}

/// Configuration for Auto Start of Application
#[derive(Debug, Clone, PartialEq)]
pub struct AutoStartConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoStartConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If set to true, the Application will automatically start.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoStartConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoStartConfiguration> for ::forma_core::Value<AutoStartConfiguration> {
    fn from(v: AutoStartConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_START_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for Auto Stop of Application
#[derive(Debug, Clone, PartialEq)]
pub struct AutoStopConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoStopConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If set to true, the Application will automatically stop after being idle.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The amount of time [in minutes] to wait before auto stopping the Application when idle.
    pub fn idle_timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoStopConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoStopConfiguration> for ::forma_core::Value<AutoStopConfiguration> {
    fn from(v: AutoStopConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_STOP_CONFIGURATION_TYPE.properties))
    }
}

/// The IAM IdentityCenter configuration for trusted-identity-propagation on this application.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCenterConfiguration {
    props: ::forma_core::schema::Props,
}
impl IdentityCenterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IAM IdentityCenter instance arn
    ///
    /// Allowed: length 1 to 1024.
    pub fn identity_center_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdentityCenterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityCenterConfiguration> for ::forma_core::Value<IdentityCenterConfiguration> {
    fn from(v: IdentityCenterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_CENTER_CONFIGURATION_TYPE.properties))
    }
}

/// The image configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl ImageConfigurationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URI of an image in the Amazon ECR registry.
    ///
    /// Allowed: length 1 to 1024.
    pub fn image_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageConfigurationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageConfigurationInput> for ::forma_core::Value<ImageConfigurationInput> {
    fn from(v: ImageConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The `InitialCapacityConfigKeyValuePair` property type of `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialCapacityConfigKeyValuePair {
    props: ::forma_core::schema::Props,
}
impl InitialCapacityConfigKeyValuePair {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<InitialCapacityConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InitialCapacityConfigKeyValuePair>
    for ::forma_core::Value<InitialCapacityConfigKeyValuePair>
{
    fn from(v: InitialCapacityConfigKeyValuePair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INITIAL_CAPACITY_CONFIG_KEY_VALUE_PAIR_TYPE.properties))
    }
}

/// The `InteractiveConfiguration` property type of `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InteractiveConfiguration {
    props: ::forma_core::schema::Props,
}
impl InteractiveConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables an Apache Livy endpoint that you can connect to and run interactive jobs
    pub fn livy_endpoint_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables interactive sessions on the application
    pub fn session_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Enabled you to connect an Application to Amazon EMR Studio to run interactive workloads in a notebook
    pub fn studio_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InteractiveConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InteractiveConfiguration> for ::forma_core::Value<InteractiveConfiguration> {
    fn from(v: InteractiveConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERACTIVE_CONFIGURATION_TYPE.properties))
    }
}

/// The `MaximumAllowedResources` property type of `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaximumAllowedResources {
    props: ::forma_core::schema::Props,
}
impl MaximumAllowedResources {
    /// A new value with its required properties: `Cpu`, `Memory`.
    pub fn new(
        cpu: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        memory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cpu.into().into_expr());
        props.set(2, memory.into().into_expr());
        Self { props }
    }
    /// Per worker Disk resource.
    ///
    /// Allowed: length 1 to 15.
    pub fn disk(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MaximumAllowedResources> for ::forma_core::Value<MaximumAllowedResources> {
    fn from(v: MaximumAllowedResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAXIMUM_ALLOWED_RESOURCES_TYPE.properties))
    }
}

/// Monitoring configuration for batch and interactive JobRun.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl MonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CloudWatch logging configurations for a JobRun.
    pub fn cloud_watch_logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Managed log persistence configurations for a JobRun.
    pub fn managed_persistence_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Prometheus monitoring configurations for a JobRun.
    pub fn prometheus_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// S3 monitoring configurations for a JobRun.
    pub fn s3_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonitoringConfiguration> for ::forma_core::Value<MonitoringConfiguration> {
    fn from(v: MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The `NetworkConfiguration` property type of `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the security groups in the VPC to which you want to connect your job or application.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the subnets in the VPC to which you want to connect your job or application.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
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

/// Configuration for a JobRun.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationObject {
    props: ::forma_core::schema::Props,
}
impl ConfigurationObject {
    /// A new value with its required properties: `Classification`.
    pub fn new(classification: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, classification.into().into_expr());
        Self { props }
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationObject>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Properties`.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfigurationObject> for ::forma_core::Value<ConfigurationObject> {
    fn from(v: ConfigurationObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_OBJECT_TYPE.properties))
    }
}

/// The scheduler configuration for batch and streaming jobs running on this application.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulerConfiguration {
    props: ::forma_core::schema::Props,
}
impl SchedulerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum concurrent job runs on this application.
    pub fn max_concurrent_runs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum duration in minutes for the job in QUEUED state.
    pub fn queue_timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchedulerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchedulerConfiguration> for ::forma_core::Value<SchedulerConfiguration> {
    fn from(v: SchedulerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULER_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The specifications for a worker type.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerTypeSpecificationInput {
    props: ::forma_core::schema::Props,
}
impl WorkerTypeSpecificationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The image configuration.
    pub fn image_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkerTypeSpecificationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkerTypeSpecificationInput> for ::forma_core::Value<WorkerTypeSpecificationInput> {
    fn from(v: WorkerTypeSpecificationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKER_TYPE_SPECIFICATION_INPUT_TYPE.properties))
    }
}

/// The `InitialCapacityConfig` property type of `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialCapacityConfig {
    props: ::forma_core::schema::Props,
}
impl InitialCapacityConfig {
    /// A new value with its required properties: `WorkerConfiguration`, `WorkerCount`.
    pub fn new(
        worker_configuration: impl ::std::convert::Into<::forma_core::Value<WorkerConfiguration>>,
        worker_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, worker_configuration.into().into_expr());
        props.set(1, worker_count.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InitialCapacityConfig> for ::forma_core::Value<InitialCapacityConfig> {
    fn from(v: InitialCapacityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INITIAL_CAPACITY_CONFIG_TYPE.properties))
    }
}

/// The `WorkerConfiguration` property type of `AWS::EMRServerless::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkerConfiguration {
    /// A new value with its required properties: `Cpu`, `Memory`.
    pub fn new(
        cpu: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        memory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cpu.into().into_expr());
        props.set(3, memory.into().into_expr());
        Self { props }
    }
    /// Per worker Disk resource.
    ///
    /// Allowed: length 1 to 15.
    pub fn disk(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Per worker DiskType resource.
    pub fn disk_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WorkerConfiguration> for ::forma_core::Value<WorkerConfiguration> {
    fn from(v: WorkerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKER_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::EMRServerless::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMRServerless::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "Architecture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ARM64", "X86_64"]),
        },
        ::forma_core::schema::Property {
            name: "AutoStartConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_START_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutoStopConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_STOP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InitialCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INITIAL_CAPACITY_CONFIG_KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InteractiveConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERACTIVE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaximumCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAXIMUM_ALLOWED_RESOURCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._\\/#-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReleaseLabel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._/-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuntimeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SchedulerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULER_CONFIGURATION_TYPE),
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
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkerTypeSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &WORKER_TYPE_SPECIFICATION_INPUT_TYPE,
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ApplicationId"],
};

static AUTO_START_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.AutoStartConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static AUTO_STOP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.AutoStopConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdleTimeoutMinutes",
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

static IDENTITY_CENTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.IdentityCenterConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "IdentityCenterInstanceArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:(aws[a-zA-Z0-9-]*):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"),
            min_length: Some(1),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static IMAGE_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EMRServerless::Application.ImageConfigurationInput",
properties: &[
::forma_core::schema::Property { name: "ImageUri", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-z0-9]+[a-z0-9-.]*)\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?:\\:([a-zA-Z0-9_][a-zA-Z0-9-._]{0,299})|@(sha256:[0-9a-f]{64}))$"), min_length: Some(1), max_length: Some(1024) }) },
],
rules: &[],
};

static INITIAL_CAPACITY_CONFIG_KEY_VALUE_PAIR_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRServerless::Application.InitialCapacityConfigKeyValuePair",
        properties: &[
            ::forma_core::schema::Property {
                name: "Key",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z]+[-_]*[a-zA-Z]+$"),
                    min_length: Some(1),
                    max_length: Some(50),
                }),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INITIAL_CAPACITY_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static INTERACTIVE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.InteractiveConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LivyEndpointEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SessionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StudioEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MAXIMUM_ALLOWED_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.MaximumAllowedResources",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cpu",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*(\\s)?(vCPU|vcpu|VCPU)?$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "Disk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)?$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
    ],
    rules: &[],
};

static MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.MonitoringConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ManagedPersistenceMonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PrometheusMonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "S3MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static CONFIGURATION_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.ConfigurationObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: Some(1),
                    max_length: Some(1024),
                },
            )),
        },
    ],
    rules: &[],
};

static SCHEDULER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.SchedulerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxConcurrentRuns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QueueTimeoutMinutes",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9 /_.:=+@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9 /_.:=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static WORKER_TYPE_SPECIFICATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.WorkerTypeSpecificationInput",
    properties: &[::forma_core::schema::Property {
        name: "ImageConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IMAGE_CONFIGURATION_INPUT_TYPE),
    }],
    rules: &[],
};

static INITIAL_CAPACITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.InitialCapacityConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "WorkerConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkerCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000000.0),
            }),
        },
    ],
    rules: &[],
};

static WORKER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRServerless::Application.WorkerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cpu",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*(\\s)?(vCPU|vcpu|VCPU)?$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "Disk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "DiskType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(SHUFFLE_OPTIMIZED|[Ss]huffle_[Oo]ptimized|STANDARD|[Ss]tandard)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)?$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
    ],
    rules: &[],
};
