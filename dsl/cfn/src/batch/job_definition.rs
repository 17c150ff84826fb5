// @generated from AWS::Batch::JobDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::JobDefinition` and its property types.

/// Resource Type definition for AWS::Batch::JobDefinition
///
/// CloudFormation type `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobDefinition {
    props: ::forma_core::schema::Props,
}
impl JobDefinition {
    /// A new resource with its required properties: `Type`.
    #[track_caller]
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(14, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ConsumableResourceProperties`.
    #[track_caller]
    pub fn consumable_resource_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConsumableResourceProperties>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ContainerProperties`.
    #[track_caller]
    pub fn container_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerProperties>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EcsProperties`.
    #[track_caller]
    pub fn ecs_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<EcsProperties>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EksProperties`.
    #[track_caller]
    pub fn eks_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksProperties>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobDefinitionName`.
    ///
    /// Allowed: length 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_definition_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NodeProperties`.
    #[track_caller]
    pub fn node_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<NodeProperties>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Parameters`.
    #[track_caller]
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PlatformCapabilities`.
    #[track_caller]
    pub fn platform_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PropagateTags`.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceRetentionPolicy`.
    #[track_caller]
    pub fn resource_retention_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceRetentionPolicy>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RetryStrategy`.
    #[track_caller]
    pub fn retry_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetryStrategy>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SchedulingPriority`.
    #[track_caller]
    pub fn scheduling_priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Timeout`.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<JobTimeout>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for JobDefinition {
    type Attributes = JobDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::JobDefinition"
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
/// The attributes of a `AWS::Batch::JobDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl JobDefinitionAttributes {
    /// `Fn::GetAtt` `JobDefinitionArn`.
    pub fn job_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "JobDefinitionArn")
    }
}

/// The `ConsumableResourceProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumableResourceProperties {
    props: ::forma_core::schema::Props,
}
impl ConsumableResourceProperties {
    /// A new value with its required properties: `ConsumableResourceList`.
    pub fn new(
        consumable_resource_list: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<ConsumableResourceRequirement>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, consumable_resource_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConsumableResourceProperties> for ::forma_core::Value<ConsumableResourceProperties> {
    fn from(v: ConsumableResourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSUMABLE_RESOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `ContainerProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerProperties {
    props: ::forma_core::schema::Props,
}
impl ContainerProperties {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, image.into().into_expr());
        Self { props }
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableExecuteCommand`.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Environment>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EphemeralStorage`.
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralStorage>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ExecutionRoleArn`.
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `FargatePlatformConfiguration`.
    pub fn fargate_platform_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerPropertiesFargatePlatformConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `JobRoleArn`.
    pub fn job_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `LinuxParameters`.
    pub fn linux_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinuxParameters>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `LogConfiguration`.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Memory`.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `MountPoints`.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MountPoint>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `NetworkConfiguration`.
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Privileged`.
    pub fn privileged(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `ReadonlyRootFilesystem`.
    pub fn readonly_root_filesystem(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `RepositoryCredentials`.
    pub fn repository_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RepositoryCredentials>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `ResourceRequirements`.
    pub fn resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceRequirement>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `RuntimePlatform`.
    pub fn runtime_platform(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuntimePlatform>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `Secrets`.
    pub fn secrets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `Ulimits`.
    pub fn ulimits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ulimit>>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `User`.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `Vcpus`.
    pub fn vcpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `Volumes`.
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerProperties> for ::forma_core::Value<ContainerProperties> {
    fn from(v: ContainerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_PROPERTIES_TYPE.properties))
    }
}

/// The `EcsProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsProperties {
    props: ::forma_core::schema::Props,
}
impl EcsProperties {
    /// A new value with its required properties: `TaskProperties`.
    pub fn new(
        task_properties: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EcsTaskProperties>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, task_properties.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EcsProperties> for ::forma_core::Value<EcsProperties> {
    fn from(v: EcsProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_PROPERTIES_TYPE.properties))
    }
}

/// The `EksProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksProperties {
    props: ::forma_core::schema::Props,
}
impl EksProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PodProperties`.
    pub fn pod_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksPodProperties>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksProperties> for ::forma_core::Value<EksProperties> {
    fn from(v: EksProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_PROPERTIES_TYPE.properties))
    }
}

/// The `NodeProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeProperties {
    props: ::forma_core::schema::Props,
}
impl NodeProperties {
    /// A new value with its required properties: `MainNode`, `NodeRangeProperties`, `NumNodes`.
    pub fn new(
        main_node: impl ::std::convert::Into<::forma_core::Value<i64>>,
        node_range_properties: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeRangeProperty>>>,
        num_nodes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, main_node.into().into_expr());
        props.set(1, node_range_properties.into().into_expr());
        props.set(2, num_nodes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NodeProperties> for ::forma_core::Value<NodeProperties> {
    fn from(v: NodeProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_PROPERTIES_TYPE.properties))
    }
}

/// The `ResourceRetentionPolicy` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceRetentionPolicy {
    props: ::forma_core::schema::Props,
}
impl ResourceRetentionPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SkipDeregisterOnUpdate`.
    pub fn skip_deregister_on_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceRetentionPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceRetentionPolicy> for ::forma_core::Value<ResourceRetentionPolicy> {
    fn from(v: ResourceRetentionPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_RETENTION_POLICY_TYPE.properties))
    }
}

/// The `RetryStrategy` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryStrategy {
    props: ::forma_core::schema::Props,
}
impl RetryStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attempts`.
    pub fn attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EvaluateOnExit`.
    pub fn evaluate_on_exit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluateOnExit>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetryStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetryStrategy> for ::forma_core::Value<RetryStrategy> {
    fn from(v: RetryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETRY_STRATEGY_TYPE.properties))
    }
}

/// The `JobTimeout` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobTimeout {
    props: ::forma_core::schema::Props,
}
impl JobTimeout {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttemptDurationSeconds`.
    pub fn attempt_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobTimeout {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobTimeout> for ::forma_core::Value<JobTimeout> {
    fn from(v: JobTimeout) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_TIMEOUT_TYPE.properties))
    }
}

/// The `ConsumableResourceRequirement` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumableResourceRequirement {
    props: ::forma_core::schema::Props,
}
impl ConsumableResourceRequirement {
    /// A new value with its required properties: `ConsumableResource`, `Quantity`.
    pub fn new(
        consumable_resource: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        quantity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, consumable_resource.into().into_expr());
        props.set(1, quantity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConsumableResourceRequirement> for ::forma_core::Value<ConsumableResourceRequirement> {
    fn from(v: ConsumableResourceRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSUMABLE_RESOURCE_REQUIREMENT_TYPE.properties))
    }
}

/// The `Environment` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Environment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Environment> for ::forma_core::Value<Environment> {
    fn from(v: Environment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_TYPE.properties))
    }
}

/// The `EphemeralStorage` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EphemeralStorage {
    props: ::forma_core::schema::Props,
}
impl EphemeralStorage {
    /// A new value with its required properties: `SizeInGiB`.
    pub fn new(size_in_gi_b: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, size_in_gi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EphemeralStorage> for ::forma_core::Value<EphemeralStorage> {
    fn from(v: EphemeralStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPHEMERAL_STORAGE_TYPE.properties))
    }
}

/// The `ContainerPropertiesFargatePlatformConfiguration` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerPropertiesFargatePlatformConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContainerPropertiesFargatePlatformConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PlatformVersion`.
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerPropertiesFargatePlatformConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerPropertiesFargatePlatformConfiguration>
    for ::forma_core::Value<ContainerPropertiesFargatePlatformConfiguration>
{
    fn from(v: ContainerPropertiesFargatePlatformConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CONTAINER_PROPERTIES_FARGATE_PLATFORM_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `LinuxParameters` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinuxParameters {
    props: ::forma_core::schema::Props,
}
impl LinuxParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Devices`.
    pub fn devices(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Device>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InitProcessEnabled`.
    pub fn init_process_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxSwap`.
    pub fn max_swap(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SharedMemorySize`.
    pub fn shared_memory_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Swappiness`.
    pub fn swappiness(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Tmpfs`.
    pub fn tmpfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tmpfs>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LinuxParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LinuxParameters> for ::forma_core::Value<LinuxParameters> {
    fn from(v: LinuxParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINUX_PARAMETERS_TYPE.properties))
    }
}

/// The `LogConfiguration` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value with its required properties: `LogDriver`.
    pub fn new(log_driver: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_driver.into().into_expr());
        Self { props }
    }
    /// `Options`.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecretOptions`.
    pub fn secret_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `MountPoint` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct MountPoint {
    props: ::forma_core::schema::Props,
}
impl MountPoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerPath`.
    pub fn container_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReadOnly`.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SourceVolume`.
    pub fn source_volume(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MountPoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MountPoint> for ::forma_core::Value<MountPoint> {
    fn from(v: MountPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOUNT_POINT_TYPE.properties))
    }
}

/// The `NetworkConfiguration` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AssignPublicIp`.
    pub fn assign_public_ip(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
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

/// The `RepositoryCredentials` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryCredentials {
    props: ::forma_core::schema::Props,
}
impl RepositoryCredentials {
    /// A new value with its required properties: `CredentialsParameter`.
    pub fn new(credentials_parameter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credentials_parameter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RepositoryCredentials> for ::forma_core::Value<RepositoryCredentials> {
    fn from(v: RepositoryCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPOSITORY_CREDENTIALS_TYPE.properties))
    }
}

/// The `ResourceRequirement` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceRequirement {
    props: ::forma_core::schema::Props,
}
impl ResourceRequirement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceRequirement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceRequirement> for ::forma_core::Value<ResourceRequirement> {
    fn from(v: ResourceRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_REQUIREMENT_TYPE.properties))
    }
}

/// The `RuntimePlatform` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimePlatform {
    props: ::forma_core::schema::Props,
}
impl RuntimePlatform {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CpuArchitecture`.
    pub fn cpu_architecture(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OperatingSystemFamily`.
    pub fn operating_system_family(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuntimePlatform {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuntimePlatform> for ::forma_core::Value<RuntimePlatform> {
    fn from(v: RuntimePlatform) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUNTIME_PLATFORM_TYPE.properties))
    }
}

/// The `Secret` property type of `AWS::Batch::JobDefinition`.
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

/// The `Ulimit` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ulimit {
    props: ::forma_core::schema::Props,
}
impl Ulimit {
    /// A new value with its required properties: `HardLimit`, `Name`, `SoftLimit`.
    pub fn new(
        hard_limit: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        soft_limit: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hard_limit.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, soft_limit.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Ulimit> for ::forma_core::Value<Ulimit> {
    fn from(v: Ulimit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ULIMIT_TYPE.properties))
    }
}

/// The `Volume` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    props: ::forma_core::schema::Props,
}
impl Volume {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EfsVolumeConfiguration`.
    pub fn efs_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsVolumeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Host`.
    pub fn host(mut self, value: impl ::std::convert::Into<::forma_core::Value<Host>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3FilesVolumeConfiguration`.
    pub fn s3_files_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3FilesVolumeConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Volume {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Volume> for ::forma_core::Value<Volume> {
    fn from(v: Volume) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_TYPE.properties))
    }
}

/// The `EcsTaskProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EcsTaskProperties {
    props: ::forma_core::schema::Props,
}
impl EcsTaskProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Containers`.
    pub fn containers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskContainerProperties>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableExecuteCommand`.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EphemeralStorage`.
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralStorage>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExecutionRoleArn`.
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `IpcMode`.
    pub fn ipc_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
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
    /// `NetworkMode`.
    pub fn network_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PidMode`.
    pub fn pid_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
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
    /// `RuntimePlatform`.
    pub fn runtime_platform(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuntimePlatform>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TaskRoleArn`.
    pub fn task_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Volumes`.
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcsTaskProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcsTaskProperties> for ::forma_core::Value<EcsTaskProperties> {
    fn from(v: EcsTaskProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECS_TASK_PROPERTIES_TYPE.properties))
    }
}

/// The `EksPodProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksPodProperties {
    props: ::forma_core::schema::Props,
}
impl EksPodProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Containers`.
    pub fn containers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EksContainer>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DnsPolicy`.
    pub fn dns_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HostNetwork`.
    pub fn host_network(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ImagePullSecrets`.
    pub fn image_pull_secrets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImagePullSecret>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InitContainers`.
    pub fn init_containers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EksContainer>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Metadata`.
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksMetadata>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ServiceAccountName`.
    pub fn service_account_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ShareProcessNamespace`.
    pub fn share_process_namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Volumes`.
    pub fn volumes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EksVolume>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksPodProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksPodProperties> for ::forma_core::Value<EksPodProperties> {
    fn from(v: EksPodProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_POD_PROPERTIES_TYPE.properties))
    }
}

/// The `NodeRangeProperty` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeRangeProperty {
    props: ::forma_core::schema::Props,
}
impl NodeRangeProperty {
    /// A new value with its required properties: `TargetNodes`.
    pub fn new(target_nodes: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, target_nodes.into().into_expr());
        Self { props }
    }
    /// `ConsumableResourceProperties`.
    pub fn consumable_resource_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConsumableResourceProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Container`.
    pub fn container(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiNodeContainerProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EcsProperties`.
    pub fn ecs_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiNodeEcsProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EksProperties`.
    pub fn eks_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksProperties>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InstanceTypes`.
    pub fn instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NodeRangeProperty> for ::forma_core::Value<NodeRangeProperty> {
    fn from(v: NodeRangeProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_RANGE_PROPERTY_TYPE.properties))
    }
}

/// The `EvaluateOnExit` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluateOnExit {
    props: ::forma_core::schema::Props,
}
impl EvaluateOnExit {
    /// A new value with its required properties: `Action`.
    pub fn new(action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        Self { props }
    }
    /// `OnExitCode`.
    pub fn on_exit_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OnReason`.
    pub fn on_reason(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OnStatusReason`.
    pub fn on_status_reason(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluateOnExit> for ::forma_core::Value<EvaluateOnExit> {
    fn from(v: EvaluateOnExit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATE_ON_EXIT_TYPE.properties))
    }
}

/// The `Device` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    props: ::forma_core::schema::Props,
}
impl Device {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerPath`.
    pub fn container_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HostPath`.
    pub fn host_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Permissions`.
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Device {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Device> for ::forma_core::Value<Device> {
    fn from(v: Device) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_TYPE.properties))
    }
}

/// The `Tmpfs` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tmpfs {
    props: ::forma_core::schema::Props,
}
impl Tmpfs {
    /// A new value with its required properties: `ContainerPath`, `Size`.
    pub fn new(
        container_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        size: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_path.into().into_expr());
        props.set(2, size.into().into_expr());
        Self { props }
    }
    /// `MountOptions`.
    pub fn mount_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tmpfs> for ::forma_core::Value<Tmpfs> {
    fn from(v: Tmpfs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TMPFS_TYPE.properties))
    }
}

/// The `EFSVolumeConfiguration` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl EfsVolumeConfiguration {
    /// A new value with its required properties: `FileSystemId`.
    pub fn new(file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, file_system_id.into().into_expr());
        Self { props }
    }
    /// `AuthorizationConfig`.
    pub fn authorization_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsAuthorizationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RootDirectory`.
    pub fn root_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TransitEncryption`.
    pub fn transit_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TransitEncryptionPort`.
    pub fn transit_encryption_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EfsVolumeConfiguration> for ::forma_core::Value<EfsVolumeConfiguration> {
    fn from(v: EfsVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The `Host` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Host {
    props: ::forma_core::schema::Props,
}
impl Host {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SourcePath`.
    pub fn source_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Host {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Host> for ::forma_core::Value<Host> {
    fn from(v: Host) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_TYPE.properties))
    }
}

/// The `S3FilesVolumeConfiguration` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3FilesVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3FilesVolumeConfiguration {
    /// A new value with its required properties: `FileSystemArn`.
    pub fn new(file_system_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, file_system_arn.into().into_expr());
        Self { props }
    }
    /// `AccessPointArn`.
    pub fn access_point_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RootDirectory`.
    pub fn root_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TransitEncryptionPort`.
    pub fn transit_encryption_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3FilesVolumeConfiguration> for ::forma_core::Value<S3FilesVolumeConfiguration> {
    fn from(v: S3FilesVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILES_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The `TaskContainerProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskContainerProperties {
    props: ::forma_core::schema::Props,
}
impl TaskContainerProperties {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, image.into().into_expr());
        Self { props }
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DependsOn`.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskContainerDependency>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Environment>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Essential`.
    pub fn essential(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FirelensConfiguration`.
    pub fn firelens_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TaskContainerPropertiesFirelensConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LinuxParameters`.
    pub fn linux_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinuxParameters>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `LogConfiguration`.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `MountPoints`.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MountPoint>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Privileged`.
    pub fn privileged(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ReadonlyRootFilesystem`.
    pub fn readonly_root_filesystem(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `RepositoryCredentials`.
    pub fn repository_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RepositoryCredentials>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ResourceRequirements`.
    pub fn resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceRequirement>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Secrets`.
    pub fn secrets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `StartTimeout`.
    pub fn start_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `StopTimeout`.
    pub fn stop_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Ulimits`.
    pub fn ulimits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ulimit>>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `User`.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TaskContainerProperties> for ::forma_core::Value<TaskContainerProperties> {
    fn from(v: TaskContainerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_CONTAINER_PROPERTIES_TYPE.properties))
    }
}

/// The `EksContainer` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksContainer {
    props: ::forma_core::schema::Props,
}
impl EksContainer {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, image.into().into_expr());
        Self { props }
    }
    /// `Args`.
    pub fn args(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Env`.
    pub fn env(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EksContainerEnvironmentVariable>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ImagePullPolicy`.
    pub fn image_pull_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Resources`.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EksContainerResourceRequirements>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SecurityContext`.
    pub fn security_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EksContainerSecurityContext>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `VolumeMounts`.
    pub fn volume_mounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EksContainerVolumeMount>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksContainer> for ::forma_core::Value<EksContainer> {
    fn from(v: EksContainer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_CONTAINER_TYPE.properties))
    }
}

/// The `ImagePullSecret` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImagePullSecret {
    props: ::forma_core::schema::Props,
}
impl ImagePullSecret {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImagePullSecret {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImagePullSecret> for ::forma_core::Value<ImagePullSecret> {
    fn from(v: ImagePullSecret) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_PULL_SECRET_TYPE.properties))
    }
}

/// The `EksMetadata` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksMetadata {
    props: ::forma_core::schema::Props,
}
impl EksMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Annotations`.
    pub fn annotations(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Labels`.
    pub fn labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Namespace`.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksMetadata> for ::forma_core::Value<EksMetadata> {
    fn from(v: EksMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_METADATA_TYPE.properties))
    }
}

/// The `EksVolume` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksVolume {
    props: ::forma_core::schema::Props,
}
impl EksVolume {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `EmptyDir`.
    pub fn empty_dir(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksEmptyDir>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HostPath`.
    pub fn host_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksHostPath>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PersistentVolumeClaim`.
    pub fn persistent_volume_claim(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EksPersistentVolumeClaim>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Secret`.
    pub fn secret(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksSecret>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksVolume> for ::forma_core::Value<EksVolume> {
    fn from(v: EksVolume) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_VOLUME_TYPE.properties))
    }
}

/// The `MultiNodeContainerProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiNodeContainerProperties {
    props: ::forma_core::schema::Props,
}
impl MultiNodeContainerProperties {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, image.into().into_expr());
        Self { props }
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableExecuteCommand`.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Environment>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EphemeralStorage`.
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralStorage>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ExecutionRoleArn`.
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `JobRoleArn`.
    pub fn job_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `LinuxParameters`.
    pub fn linux_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinuxParameters>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `LogConfiguration`.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Memory`.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `MountPoints`.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MountPoint>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Privileged`.
    pub fn privileged(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ReadonlyRootFilesystem`.
    pub fn readonly_root_filesystem(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `RepositoryCredentials`.
    pub fn repository_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RepositoryCredentials>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `ResourceRequirements`.
    pub fn resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceRequirement>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `RuntimePlatform`.
    pub fn runtime_platform(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuntimePlatform>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Secrets`.
    pub fn secrets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `Ulimits`.
    pub fn ulimits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ulimit>>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `User`.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `Vcpus`.
    pub fn vcpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `Volumes`.
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MultiNodeContainerProperties> for ::forma_core::Value<MultiNodeContainerProperties> {
    fn from(v: MultiNodeContainerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_NODE_CONTAINER_PROPERTIES_TYPE.properties))
    }
}

/// The `MultiNodeEcsProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiNodeEcsProperties {
    props: ::forma_core::schema::Props,
}
impl MultiNodeEcsProperties {
    /// A new value with its required properties: `TaskProperties`.
    pub fn new(
        task_properties: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MultiNodeEcsTaskProperties>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, task_properties.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiNodeEcsProperties> for ::forma_core::Value<MultiNodeEcsProperties> {
    fn from(v: MultiNodeEcsProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_NODE_ECS_PROPERTIES_TYPE.properties))
    }
}

/// The `EFSAuthorizationConfig` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsAuthorizationConfig {
    props: ::forma_core::schema::Props,
}
impl EfsAuthorizationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessPointId`.
    pub fn access_point_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Iam`.
    pub fn iam(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EfsAuthorizationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EfsAuthorizationConfig> for ::forma_core::Value<EfsAuthorizationConfig> {
    fn from(v: EfsAuthorizationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_AUTHORIZATION_CONFIG_TYPE.properties))
    }
}

/// The `TaskContainerDependency` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskContainerDependency {
    props: ::forma_core::schema::Props,
}
impl TaskContainerDependency {
    /// A new value with its required properties: `Condition`, `ContainerName`.
    pub fn new(
        condition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        container_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition.into().into_expr());
        props.set(1, container_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TaskContainerDependency> for ::forma_core::Value<TaskContainerDependency> {
    fn from(v: TaskContainerDependency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_CONTAINER_DEPENDENCY_TYPE.properties))
    }
}

/// The `TaskContainerPropertiesFirelensConfiguration` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskContainerPropertiesFirelensConfiguration {
    props: ::forma_core::schema::Props,
}
impl TaskContainerPropertiesFirelensConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into().into_expr());
        Self { props }
    }
    /// `Options`.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TaskContainerPropertiesFirelensConfiguration>
    for ::forma_core::Value<TaskContainerPropertiesFirelensConfiguration>
{
    fn from(v: TaskContainerPropertiesFirelensConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(TASK_CONTAINER_PROPERTIES_FIRELENS_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `EksContainerEnvironmentVariable` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksContainerEnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl EksContainerEnvironmentVariable {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksContainerEnvironmentVariable> for ::forma_core::Value<EksContainerEnvironmentVariable> {
    fn from(v: EksContainerEnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_CONTAINER_ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The `EksContainerResourceRequirements` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksContainerResourceRequirements {
    props: ::forma_core::schema::Props,
}
impl EksContainerResourceRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Limits`.
    pub fn limits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Requests`.
    pub fn requests(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksContainerResourceRequirements {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksContainerResourceRequirements> for ::forma_core::Value<EksContainerResourceRequirements> {
    fn from(v: EksContainerResourceRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_CONTAINER_RESOURCE_REQUIREMENTS_TYPE.properties))
    }
}

/// The `EksContainerSecurityContext` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksContainerSecurityContext {
    props: ::forma_core::schema::Props,
}
impl EksContainerSecurityContext {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowPrivilegeEscalation`.
    pub fn allow_privilege_escalation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Privileged`.
    pub fn privileged(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ReadOnlyRootFilesystem`.
    pub fn read_only_root_filesystem(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RunAsGroup`.
    pub fn run_as_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RunAsNonRoot`.
    pub fn run_as_non_root(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RunAsUser`.
    pub fn run_as_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksContainerSecurityContext {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksContainerSecurityContext> for ::forma_core::Value<EksContainerSecurityContext> {
    fn from(v: EksContainerSecurityContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_CONTAINER_SECURITY_CONTEXT_TYPE.properties))
    }
}

/// The `EksContainerVolumeMount` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksContainerVolumeMount {
    props: ::forma_core::schema::Props,
}
impl EksContainerVolumeMount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MountPath`.
    pub fn mount_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ReadOnly`.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SubPath`.
    pub fn sub_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksContainerVolumeMount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksContainerVolumeMount> for ::forma_core::Value<EksContainerVolumeMount> {
    fn from(v: EksContainerVolumeMount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_CONTAINER_VOLUME_MOUNT_TYPE.properties))
    }
}

/// The `EksEmptyDir` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksEmptyDir {
    props: ::forma_core::schema::Props,
}
impl EksEmptyDir {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Medium`.
    pub fn medium(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SizeLimit`.
    ///
    /// Allowed: length 1 to 256.
    pub fn size_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksEmptyDir {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksEmptyDir> for ::forma_core::Value<EksEmptyDir> {
    fn from(v: EksEmptyDir) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_EMPTY_DIR_TYPE.properties))
    }
}

/// The `EksHostPath` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksHostPath {
    props: ::forma_core::schema::Props,
}
impl EksHostPath {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksHostPath {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksHostPath> for ::forma_core::Value<EksHostPath> {
    fn from(v: EksHostPath) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_HOST_PATH_TYPE.properties))
    }
}

/// The `EksPersistentVolumeClaim` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksPersistentVolumeClaim {
    props: ::forma_core::schema::Props,
}
impl EksPersistentVolumeClaim {
    /// A new value with its required properties: `ClaimName`.
    pub fn new(claim_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, claim_name.into().into_expr());
        Self { props }
    }
    /// `ReadOnly`.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksPersistentVolumeClaim> for ::forma_core::Value<EksPersistentVolumeClaim> {
    fn from(v: EksPersistentVolumeClaim) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_PERSISTENT_VOLUME_CLAIM_TYPE.properties))
    }
}

/// The `EksSecret` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksSecret {
    props: ::forma_core::schema::Props,
}
impl EksSecret {
    /// A new value with its required properties: `SecretName`.
    pub fn new(secret_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, secret_name.into().into_expr());
        Self { props }
    }
    /// `Optional`.
    pub fn optional(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EksSecret> for ::forma_core::Value<EksSecret> {
    fn from(v: EksSecret) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_SECRET_TYPE.properties))
    }
}

/// The `MultiNodeEcsTaskProperties` property type of `AWS::Batch::JobDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiNodeEcsTaskProperties {
    props: ::forma_core::schema::Props,
}
impl MultiNodeEcsTaskProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Containers`.
    pub fn containers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskContainerProperties>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableExecuteCommand`.
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExecutionRoleArn`.
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IpcMode`.
    pub fn ipc_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PidMode`.
    pub fn pid_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TaskRoleArn`.
    pub fn task_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Volumes`.
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiNodeEcsTaskProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiNodeEcsTaskProperties> for ::forma_core::Value<MultiNodeEcsTaskProperties> {
    fn from(v: MultiNodeEcsTaskProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_NODE_ECS_TASK_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::Batch::JobDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::JobDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumableResourceProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONSUMABLE_RESOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EcsProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ECS_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EksProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobDefinitionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NodeProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "PlatformCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceRetentionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_RETENTION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETRY_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchedulingPriority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_TIMEOUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["JobDefinitionArn"],
};

static CONSUMABLE_RESOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.ConsumableResourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "ConsumableResourceList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONSUMABLE_RESOURCE_REQUIREMENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CONTAINER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.ContainerProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableExecuteCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EphemeralStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FargatePlatformConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_PROPERTIES_FARGATE_PLATFORM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LinuxParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINUX_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MountPoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MOUNT_POINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Privileged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReadonlyRootFilesystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RepositoryCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPOSITORY_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_REQUIREMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuntimePlatform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUNTIME_PLATFORM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Secrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SECRET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ulimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ULIMIT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "User",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Vcpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ECS_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EcsProperties",
    properties: &[::forma_core::schema::Property {
        name: "TaskProperties",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ECS_TASK_PROPERTIES_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static EKS_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksProperties",
    properties: &[::forma_core::schema::Property {
        name: "PodProperties",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EKS_POD_PROPERTIES_TYPE),
    }],
    rules: &[],
};

static NODE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.NodeProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "MainNode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NodeRangeProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_RANGE_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NumNodes",
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

static RESOURCE_RETENTION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.ResourceRetentionPolicy",
    properties: &[::forma_core::schema::Property {
        name: "SkipDeregisterOnUpdate",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static RETRY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.RetryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attempts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluateOnExit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATE_ON_EXIT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static JOB_TIMEOUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.JobTimeout",
    properties: &[::forma_core::schema::Property {
        name: "AttemptDurationSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static CONSUMABLE_RESOURCE_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.ConsumableResourceRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumableResource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Quantity",
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

static ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Environment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static EPHEMERAL_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EphemeralStorage",
    properties: &[::forma_core::schema::Property {
        name: "SizeInGiB",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static CONTAINER_PROPERTIES_FARGATE_PLATFORM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::JobDefinition.ContainerPropertiesFargatePlatformConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "PlatformVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static LINUX_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.LinuxParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Devices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEVICE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InitProcessEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxSwap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SharedMemorySize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Swappiness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tmpfs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TMPFS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogDriver",
            required: true,
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

static MOUNT_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.MountPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.NetworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AssignPublicIp",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static REPOSITORY_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.RepositoryCredentials",
    properties: &[::forma_core::schema::Property {
        name: "CredentialsParameter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static RESOURCE_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.ResourceRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static RUNTIME_PLATFORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.RuntimePlatform",
    properties: &[
        ::forma_core::schema::Property {
            name: "CpuArchitecture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperatingSystemFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Secret",
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

static ULIMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Ulimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "HardLimit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SoftLimit",
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

static VOLUME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Volume",
    properties: &[
        ::forma_core::schema::Property {
            name: "EfsVolumeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3FilesVolumeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_FILES_VOLUME_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static ECS_TASK_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EcsTaskProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_CONTAINER_PROPERTIES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableExecuteCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EphemeralStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpcMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PidMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PlatformVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuntimePlatform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUNTIME_PLATFORM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TaskRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EKS_POD_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksPodProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EKS_CONTAINER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DnsPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostNetwork",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ImagePullSecrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IMAGE_PULL_SECRET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InitContainers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EKS_CONTAINER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccountName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ShareProcessNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EKS_VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static NODE_RANGE_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.NodeRangeProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumableResourceProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONSUMABLE_RESOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Container",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTI_NODE_CONTAINER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EcsProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTI_NODE_ECS_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EksProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetNodes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EVALUATE_ON_EXIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EvaluateOnExit",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnExitCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnStatusReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Device",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
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

static TMPFS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Tmpfs",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MountOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Size",
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

static EFS_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EFSVolumeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_AUTHORIZATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RootDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitEncryptionPort",
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

static HOST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.Host",
    properties: &[::forma_core::schema::Property {
        name: "SourcePath",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static S3_FILES_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.S3FilesVolumeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileSystemArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RootDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitEncryptionPort",
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

static TASK_CONTAINER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.TaskContainerProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DependsOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_CONTAINER_DEPENDENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Essential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FirelensConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TASK_CONTAINER_PROPERTIES_FIRELENS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LinuxParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINUX_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MountPoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MOUNT_POINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Privileged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReadonlyRootFilesystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RepositoryCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPOSITORY_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_REQUIREMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Secrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SECRET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StopTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ulimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ULIMIT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "User",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EKS_CONTAINER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksContainer",
    properties: &[
        ::forma_core::schema::Property {
            name: "Args",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Env",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EKS_CONTAINER_ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImagePullPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_CONTAINER_RESOURCE_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_CONTAINER_SECURITY_CONTEXT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VolumeMounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EKS_CONTAINER_VOLUME_MOUNT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static IMAGE_PULL_SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.ImagePullSecret",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static EKS_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "Annotations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Labels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EKS_VOLUME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksVolume",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmptyDir",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_EMPTY_DIR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HostPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_HOST_PATH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PersistentVolumeClaim",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_PERSISTENT_VOLUME_CLAIM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Secret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EKS_SECRET_TYPE),
        },
    ],
    rules: &[],
};

static MULTI_NODE_CONTAINER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.MultiNodeContainerProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableExecuteCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EphemeralStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LinuxParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINUX_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MountPoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MOUNT_POINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Privileged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReadonlyRootFilesystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RepositoryCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPOSITORY_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_REQUIREMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuntimePlatform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUNTIME_PLATFORM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Secrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SECRET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ulimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ULIMIT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "User",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Vcpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static MULTI_NODE_ECS_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.MultiNodeEcsProperties",
    properties: &[::forma_core::schema::Property {
        name: "TaskProperties",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MULTI_NODE_ECS_TASK_PROPERTIES_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static EFS_AUTHORIZATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EFSAuthorizationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Iam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TASK_CONTAINER_DEPENDENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.TaskContainerDependency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TASK_CONTAINER_PROPERTIES_FIRELENS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::JobDefinition.TaskContainerPropertiesFirelensConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Options",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static EKS_CONTAINER_ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::JobDefinition.EksContainerEnvironmentVariable",
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
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static EKS_CONTAINER_RESOURCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::JobDefinition.EksContainerResourceRequirements",
        properties: &[
            ::forma_core::schema::Property {
                name: "Limits",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "Requests",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
        ],
        rules: &[],
    };

static EKS_CONTAINER_SECURITY_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksContainerSecurityContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowPrivilegeEscalation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Privileged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReadOnlyRootFilesystem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RunAsGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RunAsNonRoot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RunAsUser",
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

static EKS_CONTAINER_VOLUME_MOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksContainerVolumeMount",
    properties: &[
        ::forma_core::schema::Property {
            name: "MountPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SubPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EKS_EMPTY_DIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksEmptyDir",
    properties: &[
        ::forma_core::schema::Property {
            name: "Medium",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SizeLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EKS_HOST_PATH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksHostPath",
    properties: &[::forma_core::schema::Property {
        name: "Path",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static EKS_PERSISTENT_VOLUME_CLAIM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksPersistentVolumeClaim",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClaimName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static EKS_SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.EksSecret",
    properties: &[
        ::forma_core::schema::Property {
            name: "Optional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecretName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MULTI_NODE_ECS_TASK_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobDefinition.MultiNodeEcsTaskProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_CONTAINER_PROPERTIES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableExecuteCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpcMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PidMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TaskRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
