// @generated from AWS::ECS::TaskDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::TaskDefinition` and its property types.

/// Registers a new task definition from the supplied `family` and `containerDefinitions`.
///
/// CloudFormation type `AWS::ECS::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDefinition {
    props: ::forma_core::schema::Props,
}
impl TaskDefinition {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of container definitions in JSON format that describe the different containers that make up your task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of `cpu` units used by the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables fault injection and allows for fault injection requests to be accepted from the task's containers.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enable_fault_injection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ephemeral storage settings to use for tasks run with the task definition.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ephemeral_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EphemeralStorage>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make AWS API calls on your behalf.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a family that this task definition is registered to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn family(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InferenceAccelerators`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inference_accelerators(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InferenceAccelerator>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPC resource namespace to use for the containers in the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipc_mode(mut self, value: impl ::forma_core::schema::EnumArg<IpcMode>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount (in MiB) of memory used by the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Docker networking mode to use for the containers in the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_mode(mut self, value: impl ::forma_core::schema::EnumArg<NetworkMode>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The process namespace to use for the containers in the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn pid_mode(mut self, value: impl ::forma_core::schema::EnumArg<PidMode>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of placement constraint objects to use for tasks.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn placement_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskDefinitionPlacementConstraint>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration details for the App Mesh proxy.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn proxy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProxyConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The task launch types the task definition was validated against.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn requires_compatibilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RequiresCompatibilities>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The operating system that your tasks definitions run on.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn runtime_platform(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuntimePlatform>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata that you apply to the task definition to help you categorize and organize them.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The short name or full Amazon Resource Name (ARN) of the IAMlong role that grants containers in the task permission to call AWS APIs on your behalf.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn task_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of data volume definitions for the task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TaskDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TaskDefinition {
    type Attributes = TaskDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::TaskDefinition"
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
/// The attributes of a `AWS::ECS::TaskDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TaskDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TaskDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TaskDefinitionAttributes {
    /// `Fn::GetAtt` `TaskDefinitionArn`.
    pub fn task_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TaskDefinitionArn")
    }
}

/// The values CloudFormation documents: `host`, `none`, `task`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpcMode {
    /// `host`
    Host,
    /// `none`
    None,
    /// `task`
    Task,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpcMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::None => "none",
            Self::Task => "task",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["host", "none", "task"]
    }
}
impl ::std::convert::From<IpcMode> for ::forma_core::Value<IpcMode> {
    fn from(v: IpcMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpcMode {}

/// The values CloudFormation documents: `awsvpc`, `bridge`, `host`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkMode {
    /// `awsvpc`
    Awsvpc,
    /// `bridge`
    Bridge,
    /// `host`
    Host,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Awsvpc => "awsvpc",
            Self::Bridge => "bridge",
            Self::Host => "host",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["awsvpc", "bridge", "host", "none"]
    }
}
impl ::std::convert::From<NetworkMode> for ::forma_core::Value<NetworkMode> {
    fn from(v: NetworkMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkMode {}

/// The values CloudFormation documents: `host`, `task`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PidMode {
    /// `host`
    Host,
    /// `task`
    Task,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PidMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::Task => "task",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["host", "task"]
    }
}
impl ::std::convert::From<PidMode> for ::forma_core::Value<PidMode> {
    fn from(v: PidMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PidMode {}

/// The values CloudFormation documents: `EC2`, `EXTERNAL`, `FARGATE`, `MANAGED_INSTANCES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequiresCompatibilities {
    /// `EC2`
    Ec2,
    /// `EXTERNAL`
    External,
    /// `FARGATE`
    Fargate,
    /// `MANAGED_INSTANCES`
    ManagedInstances,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RequiresCompatibilities {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::External => "EXTERNAL",
            Self::Fargate => "FARGATE",
            Self::ManagedInstances => "MANAGED_INSTANCES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"]
    }
}
impl ::std::convert::From<RequiresCompatibilities> for ::forma_core::Value<RequiresCompatibilities> {
    fn from(v: RequiresCompatibilities) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RequiresCompatibilities {}

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VersionConsistency {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VersionConsistency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enabled", "disabled"]
    }
}
impl ::std::convert::From<VersionConsistency> for ::forma_core::Value<VersionConsistency> {
    fn from(v: VersionConsistency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VersionConsistency {}

/// The `ContainerDefinition` property specifies a container definition.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl ContainerDefinition {
    /// A new value with its required properties: `Image`, `Name`.
    pub fn new(
        image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(17, image.into().into_expr());
        props.set(25, name.into().into_expr());
        Self { props }
    }
    /// The command that's passed to the container.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of `cpu` units reserved for the container.
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of ARNs in SSM or Amazon S3 to a credential spec (`CredSpec`) file that configures the container for Active Directory authentication.
    pub fn credential_specs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The dependencies defined for container startup and shutdown.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerDependency>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// When this parameter is true, networking is off within the container.
    pub fn disable_networking(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of DNS search domains that are presented to the container.
    pub fn dns_search_domains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A list of DNS servers that are presented to the container.
    pub fn dns_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A key/value map of labels to add to the container.
    pub fn docker_labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A list of strings to provide custom configuration for multiple security systems.
    pub fn docker_security_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Early versions of the Amazon ECS container agent don't properly handle `entryPoint` parameters.
    pub fn entry_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The environment variables to pass to a container.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// A list of files containing the environment variables to pass to a container.
    pub fn environment_files(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentFile>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// If the `essential` parameter of a container is marked as `true`, and that container fails or stops for any reason, all other containers that are part of the task are stopped.
    pub fn essential(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// A list of hostnames and IP address mappings to append to the `/etc/hosts` file on the container.
    pub fn extra_hosts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HostEntry>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The FireLens configuration for the container.
    pub fn firelens_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirelensConfiguration>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The container health check command and associated configuration parameters for the container.
    pub fn health_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<HealthCheck>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The hostname to use for your container.
    pub fn hostname(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// When this parameter is `true`, you can deploy containerized applications that require `stdin` or a `tty` to be allocated.
    pub fn interactive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The `links` parameter allows containers to communicate with each other without the need for port mappings.
    pub fn links(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// Linux-specific modifications that are applied to the container, such as Linux kernel capabilities.
    pub fn linux_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinuxParameters>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The log configuration specification for the container.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The amount (in MiB) of memory to present to the container.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The soft limit (in MiB) of memory to reserve for the container.
    pub fn memory_reservation(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The mount points for data volumes in your container.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MountPoint>>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The list of port mappings for the container.
    pub fn port_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortMapping>>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// When this parameter is true, the container is given elevated privileges on the host container instance (similar to the `root` user).
    pub fn privileged(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// When this parameter is `true`, a TTY is allocated.
    pub fn pseudo_terminal(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// When this parameter is true, the container is given read-only access to its root file system.
    pub fn readonly_root_filesystem(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// The private repository authentication credentials to use.
    pub fn repository_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RepositoryCredentials>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// The type and amount of a resource to assign to a container.
    pub fn resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceRequirement>>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// The restart policy for a container.
    pub fn restart_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RestartPolicy>>) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// The secrets to pass to the container.
    pub fn secrets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
    pub fn start_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
    pub fn stop_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// A list of namespaced kernel parameters to set in the container.
    pub fn system_controls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SystemControl>>>,
    ) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// A list of `ulimits` to set in the container.
    pub fn ulimits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ulimit>>>) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// The user to use inside the container.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon ECS will resolve the container image tag provided in the container definition to an image digest.
    pub fn version_consistency(mut self, value: impl ::forma_core::schema::EnumArg<VersionConsistency>) -> Self {
        self.props.set(39, value.into_enum_expr());
        self
    }
    /// Data volumes to mount from another container.
    pub fn volumes_from(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VolumeFrom>>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// The working directory to run commands inside the container in.
    pub fn working_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerDefinition> for ::forma_core::Value<ContainerDefinition> {
    fn from(v: ContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_DEFINITION_TYPE.properties))
    }
}

/// The amount of ephemeral storage to allocate for the task.
#[derive(Debug, Clone, PartialEq)]
pub struct EphemeralStorage {
    props: ::forma_core::schema::Props,
}
impl EphemeralStorage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The total amount, in GiB, of ephemeral storage to set for the task.
    pub fn size_in_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EphemeralStorage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EphemeralStorage> for ::forma_core::Value<EphemeralStorage> {
    fn from(v: EphemeralStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPHEMERAL_STORAGE_TYPE.properties))
    }
}

/// The `InferenceAccelerator` property type of `AWS::ECS::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceAccelerator {
    props: ::forma_core::schema::Props,
}
impl InferenceAccelerator {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeviceName`.
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeviceType`.
    pub fn device_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceAccelerator {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceAccelerator> for ::forma_core::Value<InferenceAccelerator> {
    fn from(v: InferenceAccelerator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_ACCELERATOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `memberOf`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `memberOf`
    MemberOf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MemberOf => "memberOf",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["memberOf"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The constraint on task placement in the task definition.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDefinitionPlacementConstraint {
    props: ::forma_core::schema::Props,
}
impl TaskDefinitionPlacementConstraint {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
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
impl ::std::convert::From<TaskDefinitionPlacementConstraint>
    for ::forma_core::Value<TaskDefinitionPlacementConstraint>
{
    fn from(v: TaskDefinitionPlacementConstraint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `APPMESH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProxyConfigurationType {
    /// `APPMESH`
    Appmesh,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProxyConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Appmesh => "APPMESH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPMESH"]
    }
}
impl ::std::convert::From<ProxyConfigurationType> for ::forma_core::Value<ProxyConfigurationType> {
    fn from(v: ProxyConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProxyConfigurationType {}

/// The configuration details for the App Mesh proxy.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProxyConfiguration {
    /// A new value with its required properties: `ContainerName`.
    pub fn new(container_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_name.into().into_expr());
        Self { props }
    }
    /// The set of network configuration parameters to provide the Container Network Interface (CNI) plugin, specified as key-value pairs.
    pub fn proxy_configuration_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The proxy type.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<ProxyConfigurationType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ProxyConfiguration> for ::forma_core::Value<ProxyConfiguration> {
    fn from(v: ProxyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROXY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ARM64`, `X86_64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuArchitecture {
    /// `ARM64`
    Arm64,
    /// `X86_64`
    X8664,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CpuArchitecture {
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
impl ::std::convert::From<CpuArchitecture> for ::forma_core::Value<CpuArchitecture> {
    fn from(v: CpuArchitecture) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CpuArchitecture {}

/// The values CloudFormation documents: `LINUX`, `WINDOWS_SERVER_2004_CORE`, `WINDOWS_SERVER_2016_FULL`, `WINDOWS_SERVER_2019_CORE`, `WINDOWS_SERVER_2019_FULL`, `WINDOWS_SERVER_2022_CORE`, `WINDOWS_SERVER_2022_FULL`, `WINDOWS_SERVER_2025_CORE`, `WINDOWS_SERVER_2025_FULL`, `WINDOWS_SERVER_20H2_CORE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystemFamily {
    /// `LINUX`
    Linux,
    /// `WINDOWS_SERVER_2004_CORE`
    WindowsServer2004Core,
    /// `WINDOWS_SERVER_2016_FULL`
    WindowsServer2016Full,
    /// `WINDOWS_SERVER_2019_CORE`
    WindowsServer2019Core,
    /// `WINDOWS_SERVER_2019_FULL`
    WindowsServer2019Full,
    /// `WINDOWS_SERVER_2022_CORE`
    WindowsServer2022Core,
    /// `WINDOWS_SERVER_2022_FULL`
    WindowsServer2022Full,
    /// `WINDOWS_SERVER_2025_CORE`
    WindowsServer2025Core,
    /// `WINDOWS_SERVER_2025_FULL`
    WindowsServer2025Full,
    /// `WINDOWS_SERVER_20H2_CORE`
    WindowsServer20H2Core,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatingSystemFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Linux => "LINUX",
            Self::WindowsServer2004Core => "WINDOWS_SERVER_2004_CORE",
            Self::WindowsServer2016Full => "WINDOWS_SERVER_2016_FULL",
            Self::WindowsServer2019Core => "WINDOWS_SERVER_2019_CORE",
            Self::WindowsServer2019Full => "WINDOWS_SERVER_2019_FULL",
            Self::WindowsServer2022Core => "WINDOWS_SERVER_2022_CORE",
            Self::WindowsServer2022Full => "WINDOWS_SERVER_2022_FULL",
            Self::WindowsServer2025Core => "WINDOWS_SERVER_2025_CORE",
            Self::WindowsServer2025Full => "WINDOWS_SERVER_2025_FULL",
            Self::WindowsServer20H2Core => "WINDOWS_SERVER_20H2_CORE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "LINUX",
            "WINDOWS_SERVER_2004_CORE",
            "WINDOWS_SERVER_2016_FULL",
            "WINDOWS_SERVER_2019_CORE",
            "WINDOWS_SERVER_2019_FULL",
            "WINDOWS_SERVER_2022_CORE",
            "WINDOWS_SERVER_2022_FULL",
            "WINDOWS_SERVER_2025_CORE",
            "WINDOWS_SERVER_2025_FULL",
            "WINDOWS_SERVER_20H2_CORE",
        ]
    }
}
impl ::std::convert::From<OperatingSystemFamily> for ::forma_core::Value<OperatingSystemFamily> {
    fn from(v: OperatingSystemFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatingSystemFamily {}

/// Information about the platform for the Amazon ECS service or task.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimePlatform {
    props: ::forma_core::schema::Props,
}
impl RuntimePlatform {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CPU architecture.
    pub fn cpu_architecture(mut self, value: impl ::forma_core::schema::EnumArg<CpuArchitecture>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The operating system.
    pub fn operating_system_family(mut self, value: impl ::forma_core::schema::EnumArg<OperatingSystemFamily>) -> Self {
        self.props.set(1, value.into_enum_expr());
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

/// The data volume configuration for tasks launched using this task definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    props: ::forma_core::schema::Props,
}
impl Volume {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the volume should be configured at launch time.
    pub fn configured_at_launch(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This parameter is specified when you use Docker volumes.
    pub fn docker_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DockerVolumeConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This parameter is specified when you use an Amazon Elastic File System file system for task storage.
    pub fn efs_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsVolumeConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// This parameter is specified when you use Amazon FSx for Windows File Server file system for task storage.
    pub fn f_sx_windows_file_server_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FSxWindowsFileServerVolumeConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// This parameter is specified when you use bind mount host volumes.
    pub fn host(mut self, value: impl ::std::convert::Into<::forma_core::Value<HostVolumeProperties>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the volume.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// This parameter is specified when you use an Amazon S3 Files file system for task storage.
    pub fn s3_files_volume_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3FilesVolumeConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
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

/// The values CloudFormation documents: `COMPLETE`, `HEALTHY`, `START`, `SUCCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Condition {
    /// `COMPLETE`
    Complete,
    /// `HEALTHY`
    Healthy,
    /// `START`
    Start,
    /// `SUCCESS`
    Success,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Condition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Complete => "COMPLETE",
            Self::Healthy => "HEALTHY",
            Self::Start => "START",
            Self::Success => "SUCCESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPLETE", "HEALTHY", "START", "SUCCESS"]
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Condition {}

/// The `ContainerDependency` property specifies the dependencies defined for container startup and shutdown.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerDependency {
    props: ::forma_core::schema::Props,
}
impl ContainerDependency {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The dependency condition of the container.
    pub fn condition(mut self, value: impl ::forma_core::schema::EnumArg<Condition>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The name of a container.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerDependency {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerDependency> for ::forma_core::Value<ContainerDependency> {
    fn from(v: ContainerDependency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_DEPENDENCY_TYPE.properties))
    }
}

/// A key-value pair object.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValuePair {
    props: ::forma_core::schema::Props,
}
impl KeyValuePair {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the key-value pair.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the key-value pair.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyValuePair {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyValuePair> for ::forma_core::Value<KeyValuePair> {
    fn from(v: KeyValuePair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_PAIR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `s3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentFileType {
    /// `s3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnvironmentFileType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "s3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["s3"]
    }
}
impl ::std::convert::From<EnvironmentFileType> for ::forma_core::Value<EnvironmentFileType> {
    fn from(v: EnvironmentFileType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnvironmentFileType {}

/// A list of files containing the environment variables to pass to a container.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentFile {
    props: ::forma_core::schema::Props,
}
impl EnvironmentFile {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The file type to use.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<EnvironmentFileType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnvironmentFile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnvironmentFile> for ::forma_core::Value<EnvironmentFile> {
    fn from(v: EnvironmentFile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_FILE_TYPE.properties))
    }
}

/// The `HostEntry` property specifies a hostname and an IP address that are added to the `/etc/hosts` file of a container through the `extraHosts` parameter of its `ContainerDefinition` resource.
#[derive(Debug, Clone, PartialEq)]
pub struct HostEntry {
    props: ::forma_core::schema::Props,
}
impl HostEntry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The hostname to use in the `/etc/hosts` entry.
    pub fn hostname(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IP address to use in the `/etc/hosts` entry.
    pub fn ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostEntry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostEntry> for ::forma_core::Value<HostEntry> {
    fn from(v: HostEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_ENTRY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `fluentbit`, `fluentd`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirelensConfigurationType {
    /// `fluentbit`
    Fluentbit,
    /// `fluentd`
    Fluentd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirelensConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fluentbit => "fluentbit",
            Self::Fluentd => "fluentd",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["fluentbit", "fluentd"]
    }
}
impl ::std::convert::From<FirelensConfigurationType> for ::forma_core::Value<FirelensConfigurationType> {
    fn from(v: FirelensConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirelensConfigurationType {}

/// The FireLens configuration for the container.
#[derive(Debug, Clone, PartialEq)]
pub struct FirelensConfiguration {
    props: ::forma_core::schema::Props,
}
impl FirelensConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The options to use when configuring the log router.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The log router to use.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<FirelensConfigurationType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FirelensConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FirelensConfiguration> for ::forma_core::Value<FirelensConfiguration> {
    fn from(v: FirelensConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIRELENS_CONFIGURATION_TYPE.properties))
    }
}

/// The `HealthCheck` property specifies an object representing a container health check.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheck {
    props: ::forma_core::schema::Props,
}
impl HealthCheck {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A string array representing the command that the container runs to determine if it is healthy.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time period in seconds between each health check execution.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of times to retry a failed health check before the container is considered unhealthy.
    pub fn retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The optional grace period to provide containers time to bootstrap before failed health checks count towards the maximum number of retries.
    pub fn start_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time period in seconds to wait for a health check to succeed before it is considered a failure.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheck {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheck> for ::forma_core::Value<HealthCheck> {
    fn from(v: HealthCheck) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_TYPE.properties))
    }
}

/// The Linux-specific options that are applied to the container, such as Linux [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html).
#[derive(Debug, Clone, PartialEq)]
pub struct LinuxParameters {
    props: ::forma_core::schema::Props,
}
impl LinuxParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.
    pub fn capabilities(mut self, value: impl ::std::convert::Into<::forma_core::Value<KernelCapabilities>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Any host devices to expose to the container.
    pub fn devices(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Device>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Run an `init` process inside the container that forwards signals and reaps processes.
    pub fn init_process_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The total amount of swap memory (in MiB) a container can use.
    pub fn max_swap(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The value for the size (in MiB) of the `/dev/shm` volume.
    pub fn shared_memory_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// This allows you to tune a container's memory swappiness behavior.
    pub fn swappiness(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The container path, mount options, and size (in MiB) of the tmpfs mount.
    pub fn tmpfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tmpfs>>>) -> Self {
        self.props.set(6, value.into().into_expr());
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

/// The `LogConfiguration` property specifies log configuration options to send to a custom log driver for the container.
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
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The details for a volume mount point that's used in a container definition.
#[derive(Debug, Clone, PartialEq)]
pub struct MountPoint {
    props: ::forma_core::schema::Props,
}
impl MountPoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The path on the container to mount the host volume at.
    pub fn container_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If this value is `true`, the container has read-only access to the volume.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the volume to mount.
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

/// The values CloudFormation documents: `http`, `http2`, `grpc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppProtocol {
    /// `http`
    Http,
    /// `http2`
    Http2,
    /// `grpc`
    Grpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "http",
            Self::Http2 => "http2",
            Self::Grpc => "grpc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http", "http2", "grpc"]
    }
}
impl ::std::convert::From<AppProtocol> for ::forma_core::Value<AppProtocol> {
    fn from(v: AppProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppProtocol {}

/// The values CloudFormation documents: `tcp`, `udp`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `tcp`
    Tcp,
    /// `udp`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "tcp",
            Self::Udp => "udp",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["tcp", "udp"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `PortMapping` property specifies a port mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct PortMapping {
    props: ::forma_core::schema::Props,
}
impl PortMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The application protocol that's used for the port mapping.
    pub fn app_protocol(mut self, value: impl ::forma_core::schema::EnumArg<AppProtocol>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The port number on the container that's bound to the user-specified or automatically assigned host port.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The port number range on the container that's bound to the dynamically mapped host port range.
    pub fn container_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The port number on the container instance to reserve for your container.
    pub fn host_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name that's used for the port mapping.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The protocol that's used for the port mapping.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PortMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortMapping> for ::forma_core::Value<PortMapping> {
    fn from(v: PortMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_MAPPING_TYPE.properties))
    }
}

/// The repository credentials for private registry authentication.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryCredentials {
    props: ::forma_core::schema::Props,
}
impl RepositoryCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
    pub fn credentials_parameter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RepositoryCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RepositoryCredentials> for ::forma_core::Value<RepositoryCredentials> {
    fn from(v: RepositoryCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPOSITORY_CREDENTIALS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GPU`, `InferenceAccelerator`, `NeuronDevice`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceRequirementType {
    /// `GPU`
    Gpu,
    /// `InferenceAccelerator`
    InferenceAccelerator,
    /// `NeuronDevice`
    NeuronDevice,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceRequirementType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "GPU",
            Self::InferenceAccelerator => "InferenceAccelerator",
            Self::NeuronDevice => "NeuronDevice",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GPU", "InferenceAccelerator", "NeuronDevice"]
    }
}
impl ::std::convert::From<ResourceRequirementType> for ::forma_core::Value<ResourceRequirementType> {
    fn from(v: ResourceRequirementType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceRequirementType {}

/// The type and amount of a resource to assign to a container.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceRequirement {
    props: ::forma_core::schema::Props,
}
impl ResourceRequirement {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ResourceRequirementType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `SharingStrategy`.
    pub fn sharing_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<SharingStrategy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for the specified resource type.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourceRequirement> for ::forma_core::Value<ResourceRequirement> {
    fn from(v: ResourceRequirement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_REQUIREMENT_TYPE.properties))
    }
}

/// You can enable a restart policy for each container defined in your task definition, to overcome transient failures faster and maintain task availability.
#[derive(Debug, Clone, PartialEq)]
pub struct RestartPolicy {
    props: ::forma_core::schema::Props,
}
impl RestartPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether a restart policy is enabled for the container.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of exit codes that Amazon ECS will ignore and not attempt a restart on.
    pub fn ignored_exit_codes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A period of time (in seconds) that the container must run for before a restart can be attempted.
    pub fn restart_attempt_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RestartPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RestartPolicy> for ::forma_core::Value<RestartPolicy> {
    fn from(v: RestartPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTART_POLICY_TYPE.properties))
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

/// A list of namespaced kernel parameters to set in the container.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemControl {
    props: ::forma_core::schema::Props,
}
impl SystemControl {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The namespaced kernel parameter to set a `value` for.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The namespaced kernel parameter to set a `value` for.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SystemControl {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SystemControl> for ::forma_core::Value<SystemControl> {
    fn from(v: SystemControl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYSTEM_CONTROL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `core`, `cpu`, `data`, `fsize`, `locks`, `memlock`, `msgqueue`, `nice`, `nofile`, `nproc`, `rss`, `rtprio`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `core`
    Core,
    /// `cpu`
    Cpu,
    /// `data`
    Data,
    /// `fsize`
    Fsize,
    /// `locks`
    Locks,
    /// `memlock`
    Memlock,
    /// `msgqueue`
    Msgqueue,
    /// `nice`
    Nice,
    /// `nofile`
    Nofile,
    /// `nproc`
    Nproc,
    /// `rss`
    Rss,
    /// `rtprio`
    Rtprio,
    /// `rttime`
    Rttime,
    /// `sigpending`
    Sigpending,
    /// `stack`
    Stack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Core => "core",
            Self::Cpu => "cpu",
            Self::Data => "data",
            Self::Fsize => "fsize",
            Self::Locks => "locks",
            Self::Memlock => "memlock",
            Self::Msgqueue => "msgqueue",
            Self::Nice => "nice",
            Self::Nofile => "nofile",
            Self::Nproc => "nproc",
            Self::Rss => "rss",
            Self::Rtprio => "rtprio",
            Self::Rttime => "rttime",
            Self::Sigpending => "sigpending",
            Self::Stack => "stack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "core",
            "cpu",
            "data",
            "fsize",
            "locks",
            "memlock",
            "msgqueue",
            "nice",
            "nofile",
            "nproc",
            "rss",
            "rtprio",
            "rttime",
            "sigpending",
            "stack",
        ]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// The `ulimit` settings to pass to the container.
#[derive(Debug, Clone, PartialEq)]
pub struct Ulimit {
    props: ::forma_core::schema::Props,
}
impl Ulimit {
    /// A new value with its required properties: `HardLimit`, `Name`, `SoftLimit`.
    pub fn new(
        hard_limit: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::forma_core::schema::EnumArg<Name>,
        soft_limit: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hard_limit.into().into_expr());
        props.set(1, name.into_enum_expr());
        props.set(2, soft_limit.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Ulimit> for ::forma_core::Value<Ulimit> {
    fn from(v: Ulimit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ULIMIT_TYPE.properties))
    }
}

/// Details on a data volume from another container in the same task definition.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeFrom {
    props: ::forma_core::schema::Props,
}
impl VolumeFrom {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If this value is `true`, the container has read-only access to the volume.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of another container within the same task definition to mount volumes from.
    pub fn source_container(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VolumeFrom {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VolumeFrom> for ::forma_core::Value<VolumeFrom> {
    fn from(v: VolumeFrom) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_FROM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `shared`, `task`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `shared`
    Shared,
    /// `task`
    Task,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Shared => "shared",
            Self::Task => "task",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["shared", "task"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The `DockerVolumeConfiguration` property specifies a Docker volume configuration and is used when you use Docker volumes.
#[derive(Debug, Clone, PartialEq)]
pub struct DockerVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl DockerVolumeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If this value is `true`, the Docker volume is created if it doesn't already exist.
    pub fn autoprovision(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Docker volume driver to use.
    pub fn driver(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A map of Docker driver-specific options passed through.
    pub fn driver_opts(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Custom metadata to add to your Docker volume.
    pub fn labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The scope for the Docker volume that determines its lifecycle.
    pub fn scope(mut self, value: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DockerVolumeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DockerVolumeConfiguration> for ::forma_core::Value<DockerVolumeConfiguration> {
    fn from(v: DockerVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCKER_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitEncryption {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitEncryption {
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
impl ::std::convert::From<TransitEncryption> for ::forma_core::Value<TransitEncryption> {
    fn from(v: TransitEncryption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitEncryption {}

/// This parameter is specified when you're using an Amazon Elastic File System file system for task storage.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl EfsVolumeConfiguration {
    /// A new value with its required properties: `FilesystemId`.
    pub fn new(filesystem_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, filesystem_id.into().into_expr());
        Self { props }
    }
    /// The authorization configuration details for the Amazon EFS file system.
    pub fn authorization_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The directory within the Amazon EFS file system to mount as the root directory inside the host.
    pub fn root_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server.
    pub fn transit_encryption(mut self, value: impl ::forma_core::schema::EnumArg<TransitEncryption>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS server.
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

/// This parameter is specified when you're using [Amazon FSx for Windows File Server](https://docs.aws.amazon.com/fsx/latest/WindowsGuide/what-is.html) file system for task storage.
#[derive(Debug, Clone, PartialEq)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl FSxWindowsFileServerVolumeConfiguration {
    /// A new value with its required properties: `FileSystemId`, `RootDirectory`.
    pub fn new(
        file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        root_directory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, file_system_id.into().into_expr());
        props.set(2, root_directory.into().into_expr());
        Self { props }
    }
    /// The authorization configuration details for the Amazon FSx for Windows File Server file system.
    pub fn authorization_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FSxAuthorizationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FSxWindowsFileServerVolumeConfiguration>
    for ::forma_core::Value<FSxWindowsFileServerVolumeConfiguration>
{
    fn from(v: FSxWindowsFileServerVolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(F_SX_WINDOWS_FILE_SERVER_VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The `HostVolumeProperties` property specifies details on a container instance bind mount host volume.
#[derive(Debug, Clone, PartialEq)]
pub struct HostVolumeProperties {
    props: ::forma_core::schema::Props,
}
impl HostVolumeProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When the `host` parameter is used, specify a `sourcePath` to declare the path on the host container instance that's presented to the container.
    pub fn source_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostVolumeProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostVolumeProperties> for ::forma_core::Value<HostVolumeProperties> {
    fn from(v: HostVolumeProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_VOLUME_PROPERTIES_TYPE.properties))
    }
}

/// This parameter is specified when you're using an Amazon S3 Files file system for task storage.
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
    /// The full ARN of the S3 Files access point to use.
    pub fn access_point_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The directory within the Amazon S3 Files file system to mount as the root directory.
    pub fn root_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The port to use for sending encrypted data between the ECS host and the S3 Files file system.
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

/// The Linux capabilities to add or remove from the default Docker configuration for a container defined in the task definition.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelCapabilities {
    props: ::forma_core::schema::Props,
}
impl KernelCapabilities {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Linux capabilities for the container that have been added to the default configuration provided by Docker.
    pub fn add(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Linux capabilities for the container that have been removed from the default configuration provided by Docker.
    pub fn drop(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KernelCapabilities {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KernelCapabilities> for ::forma_core::Value<KernelCapabilities> {
    fn from(v: KernelCapabilities) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KERNEL_CAPABILITIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `mknod`, `read`, `write`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permissions {
    /// `mknod`
    Mknod,
    /// `read`
    Read,
    /// `write`
    Write,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permissions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mknod => "mknod",
            Self::Read => "read",
            Self::Write => "write",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["mknod", "read", "write"]
    }
}
impl ::std::convert::From<Permissions> for ::forma_core::Value<Permissions> {
    fn from(v: Permissions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permissions {}

/// The `Device` property specifies an object representing a container instance host device.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    props: ::forma_core::schema::Props,
}
impl Device {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The path inside the container at which to expose the host device.
    pub fn container_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The path for the device on the host container instance.
    pub fn host_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The explicit permissions to provide to the container for the device.
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Permissions>>>,
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

/// The container path, mount options, and size of the tmpfs mount.
#[derive(Debug, Clone, PartialEq)]
pub struct Tmpfs {
    props: ::forma_core::schema::Props,
}
impl Tmpfs {
    /// A new value with its required properties: `Size`.
    pub fn new(size: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, size.into().into_expr());
        Self { props }
    }
    /// The absolute file path where the tmpfs volume is to be mounted.
    pub fn container_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of tmpfs volume mount options.
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

/// The `SharingStrategy` property type of `AWS::ECS::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SharingStrategy {
    props: ::forma_core::schema::Props,
}
impl SharingStrategy {
    /// A new value with its required properties: `NvidiaMps`.
    pub fn new(nvidia_mps: impl ::std::convert::Into<::forma_core::Value<NvidiaMpsAllocation>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, nvidia_mps.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SharingStrategy> for ::forma_core::Value<SharingStrategy> {
    fn from(v: SharingStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARING_STRATEGY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Iam {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Iam {
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
impl ::std::convert::From<Iam> for ::forma_core::Value<Iam> {
    fn from(v: Iam) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Iam {}

/// The authorization configuration details for the Amazon EFS file system.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationConfig {
    props: ::forma_core::schema::Props,
}
impl AuthorizationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon EFS access point ID to use.
    pub fn access_point_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Determines whether to use the Amazon ECS task role defined in a task definition when mounting the Amazon EFS file system.
    pub fn iam(mut self, value: impl ::forma_core::schema::EnumArg<Iam>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AuthorizationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizationConfig> for ::forma_core::Value<AuthorizationConfig> {
    fn from(v: AuthorizationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZATION_CONFIG_TYPE.properties))
    }
}

/// The authorization configuration details for Amazon FSx for Windows File Server file system.
#[derive(Debug, Clone, PartialEq)]
pub struct FSxAuthorizationConfig {
    props: ::forma_core::schema::Props,
}
impl FSxAuthorizationConfig {
    /// A new value with its required properties: `CredentialsParameter`, `Domain`.
    pub fn new(
        credentials_parameter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credentials_parameter.into().into_expr());
        props.set(1, domain.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FSxAuthorizationConfig> for ::forma_core::Value<FSxAuthorizationConfig> {
    fn from(v: FSxAuthorizationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(F_SX_AUTHORIZATION_CONFIG_TYPE.properties))
    }
}

/// The `NvidiaMpsAllocation` property type of `AWS::ECS::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct NvidiaMpsAllocation {
    props: ::forma_core::schema::Props,
}
impl NvidiaMpsAllocation {
    /// A new value with its required properties: `Memory`.
    pub fn new(memory: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, memory.into().into_expr());
        Self { props }
    }
    /// The maximum percentage of the GPU's compute capacity that the container can use.
    ///
    /// Allowed: 1 to 100.
    pub fn max_compute_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NvidiaMpsAllocation> for ::forma_core::Value<NvidiaMpsAllocation> {
    fn from(v: NvidiaMpsAllocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NVIDIA_MPS_ALLOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::TaskDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::TaskDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerDefinitions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableFaultInjection",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EphemeralStorage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&EPHEMERAL_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Family",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InferenceAccelerators",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INFERENCE_ACCELERATOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IpcMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["host", "none", "task"]),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["awsvpc", "bridge", "host", "none"]),
        },
        ::forma_core::schema::Property {
            name: "PidMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["host", "task"]),
        },
        ::forma_core::schema::Property {
            name: "PlacementConstraints",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProxyConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PROXY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RequiresCompatibilities",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuntimePlatform",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RUNTIME_PLATFORM_TYPE),
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
            name: "TaskRoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Volumes",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["TaskDefinitionArn"],
};

static CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.ContainerDefinition",
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
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CredentialSpecs",
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
                &::forma_core::schema::Shape::Object(&CONTAINER_DEPENDENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DisableNetworking",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DnsSearchDomains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DnsServers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DockerLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "DockerSecurityOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_FILE_TYPE),
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
            name: "ExtraHosts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOST_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirelensConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIRELENS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Hostname",
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
            name: "Interactive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Links",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "MemoryReservation",
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
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PortMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_MAPPING_TYPE),
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
            name: "PseudoTerminal",
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
            name: "RestartPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTART_POLICY_TYPE),
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
            name: "SystemControls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SYSTEM_CONTROL_TYPE),
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
            name: "VersionConsistency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
        },
        ::forma_core::schema::Property {
            name: "VolumesFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_FROM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkingDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EPHEMERAL_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.EphemeralStorage",
    properties: &[::forma_core::schema::Property {
        name: "SizeInGiB",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static INFERENCE_ACCELERATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.InferenceAccelerator",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::TaskDefinition.TaskDefinitionPlacementConstraint",
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
                shape: ::forma_core::schema::Shape::Enum(&["memberOf"]),
            },
        ],
        rules: &[],
    };

static PROXY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.ProxyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProxyConfigurationProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["APPMESH"]),
        },
    ],
    rules: &[],
};

static RUNTIME_PLATFORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.RuntimePlatform",
    properties: &[
        ::forma_core::schema::Property {
            name: "CpuArchitecture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ARM64", "X86_64"]),
        },
        ::forma_core::schema::Property {
            name: "OperatingSystemFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "LINUX",
                "WINDOWS_SERVER_2004_CORE",
                "WINDOWS_SERVER_2016_FULL",
                "WINDOWS_SERVER_2019_CORE",
                "WINDOWS_SERVER_2019_FULL",
                "WINDOWS_SERVER_2022_CORE",
                "WINDOWS_SERVER_2022_FULL",
                "WINDOWS_SERVER_2025_CORE",
                "WINDOWS_SERVER_2025_FULL",
                "WINDOWS_SERVER_20H2_CORE",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.Tag",
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

static VOLUME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.Volume",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfiguredAtLaunch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DockerVolumeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCKER_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EFSVolumeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FSxWindowsFileServerVolumeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&F_SX_WINDOWS_FILE_SERVER_VOLUME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOST_VOLUME_PROPERTIES_TYPE),
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

static CONTAINER_DEPENDENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.ContainerDependency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMPLETE", "HEALTHY", "START", "SUCCESS"]),
        },
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KEY_VALUE_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.KeyValuePair",
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

static ENVIRONMENT_FILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.EnvironmentFile",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["s3"]),
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

static HOST_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.HostEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hostname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FIRELENS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.FirelensConfiguration",
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
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["fluentbit", "fluentd"]),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.HealthCheck",
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
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Retries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
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

static LINUX_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.LinuxParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KERNEL_CAPABILITIES_TYPE),
        },
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
    name: "AWS::ECS::TaskDefinition.LogConfiguration",
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
    name: "AWS::ECS::TaskDefinition.MountPoint",
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

static PORT_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.PortMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "http2", "grpc"]),
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
            name: "ContainerPortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["tcp", "udp"]),
        },
    ],
    rules: &[],
};

static REPOSITORY_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.RepositoryCredentials",
    properties: &[::forma_core::schema::Property {
        name: "CredentialsParameter",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static RESOURCE_REQUIREMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.ResourceRequirement",
    properties: &[
        ::forma_core::schema::Property {
            name: "SharingStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHARING_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GPU", "InferenceAccelerator", "NeuronDevice"]),
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

static RESTART_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.RestartPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IgnoredExitCodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RestartAttemptPeriod",
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

static SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.Secret",
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

static SYSTEM_CONTROL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.SystemControl",
    properties: &[
        ::forma_core::schema::Property {
            name: "Namespace",
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

static ULIMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.Ulimit",
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
            shape: ::forma_core::schema::Shape::Enum(&[
                "core",
                "cpu",
                "data",
                "fsize",
                "locks",
                "memlock",
                "msgqueue",
                "nice",
                "nofile",
                "nproc",
                "rss",
                "rtprio",
                "rttime",
                "sigpending",
                "stack",
            ]),
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

static VOLUME_FROM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.VolumeFrom",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceContainer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DOCKER_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.DockerVolumeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Autoprovision",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Driver",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DriverOpts",
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
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["shared", "task"]),
        },
    ],
    rules: &[],
};

static EFS_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.EFSVolumeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilesystemId",
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
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
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

static F_SX_WINDOWS_FILE_SERVER_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::TaskDefinition.FSxWindowsFileServerVolumeConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthorizationConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&F_SX_AUTHORIZATION_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "FileSystemId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "RootDirectory",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static HOST_VOLUME_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.HostVolumeProperties",
    properties: &[::forma_core::schema::Property {
        name: "SourcePath",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static S3_FILES_VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.S3FilesVolumeConfiguration",
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

static KERNEL_CAPABILITIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.KernelCapabilities",
    properties: &[
        ::forma_core::schema::Property {
            name: "Add",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Drop",
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

static DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.Device",
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
                &::forma_core::schema::Shape::Enum(&["mknod", "read", "write"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TMPFS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.Tmpfs",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerPath",
            required: false,
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

static SHARING_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.SharingStrategy",
    properties: &[::forma_core::schema::Property {
        name: "NvidiaMps",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NVIDIA_MPS_ALLOCATION_TYPE),
    }],
    rules: &[],
};

static AUTHORIZATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.AuthorizationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IAM",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static F_SX_AUTHORIZATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.FSxAuthorizationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialsParameter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NVIDIA_MPS_ALLOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskDefinition.NvidiaMpsAllocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxComputePercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
