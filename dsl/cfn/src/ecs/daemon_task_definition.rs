// @generated from AWS::ECS::DaemonTaskDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::DaemonTaskDefinition` and its property types.

/// The details of a daemon task definition.
///
/// CloudFormation type `AWS::ECS::DaemonTaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonTaskDefinition {
    props: ::forma_core::schema::Props,
}
impl DaemonTaskDefinition {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of container definitions in JSON format that describe the containers that make up the daemon task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DaemonContainerDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of CPU units used by the daemon task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on your behalf.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a family that this daemon task definition is registered to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn family(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPC namespace mode for the daemon.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipc_mode(mut self, value: impl ::forma_core::schema::EnumArg<IpcMode>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of memory (in MiB) used by the daemon task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The PID namespace mode for the daemon.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn pid_mode(mut self, value: impl ::forma_core::schema::EnumArg<PidMode>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in the daemon task permission to call Amazon Web Services APIs on your behalf.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn task_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of data volume definitions for the daemon task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Volume>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DaemonTaskDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DaemonTaskDefinition {
    type Attributes = DaemonTaskDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::DaemonTaskDefinition"
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
/// The attributes of a `AWS::ECS::DaemonTaskDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DaemonTaskDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DaemonTaskDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DaemonTaskDefinitionAttributes {
    /// `Fn::GetAtt` `DaemonTaskDefinitionArn`.
    pub fn daemon_task_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DaemonTaskDefinitionArn")
    }
}

/// The values CloudFormation documents: `none`, `shared`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpcMode {
    /// `none`
    None,
    /// `shared`
    Shared,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpcMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Shared => "shared",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "shared"]
    }
}
impl ::std::convert::From<IpcMode> for ::forma_core::Value<IpcMode> {
    fn from(v: IpcMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpcMode {}

/// The values CloudFormation documents: `none`, `shared`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PidMode {
    /// `none`
    None,
    /// `shared`
    Shared,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PidMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Shared => "shared",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "shared"]
    }
}
impl ::std::convert::From<PidMode> for ::forma_core::Value<PidMode> {
    fn from(v: PidMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PidMode {}

/// A container definition for a daemon task.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl DaemonContainerDefinition {
    /// A new value with its required properties: `Image`, `Name`.
    pub fn new(
        image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(9, image.into().into_expr());
        props.set(16, name.into().into_expr());
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
    /// The dependencies defined for container startup and shutdown.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerDependency>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The entry point that's passed to the container.
    pub fn entry_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The environment variables to pass to a container.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of files containing the environment variables to pass to a container.
    pub fn environment_files(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentFile>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// If the `essential` parameter of a container is marked as `true`, and that container fails or stops for any reason, all other containers that are part of the task are stopped.
    pub fn essential(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The FireLens configuration for the container.
    pub fn firelens_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirelensConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The container health check command and associated configuration parameters for the container.
    pub fn health_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<HealthCheck>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// When this parameter is `true`, you can deploy containerized applications that require `stdin` or a `tty` to be allocated.
    pub fn interactive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Linux-specific modifications that are applied to the container configuration, such as Linux kernel capabilities.
    pub fn linux_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinuxParameters>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The log configuration specification for the container.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The amount (in MiB) of memory to present to the container.
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The soft limit (in MiB) of memory to reserve for the container.
    pub fn memory_reservation(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The mount points for data volumes in your container.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MountPoint>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// When this parameter is true, the container is given elevated privileges on the host container instance (similar to the `root` user).
    pub fn privileged(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// When this parameter is `true`, a TTY is allocated.
    pub fn pseudo_terminal(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// When this parameter is true, the container is given read-only access to its root file system.
    pub fn readonly_root_filesystem(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The private repository authentication credentials to use.
    pub fn repository_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RepositoryCredentials>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The restart policy for the container.
    pub fn restart_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RestartPolicy>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The secrets to pass to the container.
    pub fn secrets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
    pub fn start_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
    pub fn stop_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// A list of namespaced kernel parameters to set in the container.
    pub fn system_controls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SystemControl>>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// A list of `ulimits` to set in the container.
    pub fn ulimits(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ulimit>>>) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// The user to use inside the container.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// The working directory to run commands inside the container in.
    pub fn working_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DaemonContainerDefinition> for ::forma_core::Value<DaemonContainerDefinition> {
    fn from(v: DaemonContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DAEMON_CONTAINER_DEFINITION_TYPE.properties))
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
    /// This parameter is specified when you use bind mount host volumes.
    pub fn host(mut self, value: impl ::std::convert::Into<::forma_core::Value<HostVolumeProperties>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the volume.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
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

/// The dependencies defined for container startup and shutdown.
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
pub enum Type {
    /// `s3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
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
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

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
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
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

/// An object representing a container health check.
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
    /// The container path, mount options, and size (in MiB) of the tmpfs mount.
    pub fn tmpfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tmpfs>>>) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// The log configuration for the container.
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

/// The `RestartPolicy` property type of `AWS::ECS::DaemonTaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct RestartPolicy {
    props: ::forma_core::schema::Props,
}
impl RestartPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IgnoredExitCodes`.
    pub fn ignored_exit_codes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RestartAttemptPeriod`.
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

/// Details on a container instance bind mount host volume.
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

/// An object representing a container instance host device.
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

/// The schema of `AWS::ECS::DaemonTaskDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::DaemonTaskDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerDefinitions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DAEMON_CONTAINER_DEFINITION_TYPE),
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
            name: "IpcMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["none", "shared"]),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PidMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["none", "shared"]),
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
    attributes: &["DaemonTaskDefinitionArn"],
};

static DAEMON_CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.DaemonContainerDefinition",
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
            name: "DependsOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_DEPENDENCY_TYPE),
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
            name: "WorkingDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.Tag",
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
    name: "AWS::ECS::DaemonTaskDefinition.Volume",
    properties: &[
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
    ],
    rules: &[],
};

static CONTAINER_DEPENDENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.ContainerDependency",
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
    name: "AWS::ECS::DaemonTaskDefinition.KeyValuePair",
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
    name: "AWS::ECS::DaemonTaskDefinition.EnvironmentFile",
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

static FIRELENS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.FirelensConfiguration",
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
    name: "AWS::ECS::DaemonTaskDefinition.HealthCheck",
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
    name: "AWS::ECS::DaemonTaskDefinition.LinuxParameters",
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
    name: "AWS::ECS::DaemonTaskDefinition.LogConfiguration",
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
    name: "AWS::ECS::DaemonTaskDefinition.MountPoint",
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

static REPOSITORY_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.RepositoryCredentials",
    properties: &[::forma_core::schema::Property {
        name: "CredentialsParameter",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static RESTART_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.RestartPolicy",
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
    name: "AWS::ECS::DaemonTaskDefinition.Secret",
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
    name: "AWS::ECS::DaemonTaskDefinition.SystemControl",
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
    name: "AWS::ECS::DaemonTaskDefinition.Ulimit",
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

static HOST_VOLUME_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.HostVolumeProperties",
    properties: &[::forma_core::schema::Property {
        name: "SourcePath",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static KERNEL_CAPABILITIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::DaemonTaskDefinition.KernelCapabilities",
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
    name: "AWS::ECS::DaemonTaskDefinition.Device",
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
    name: "AWS::ECS::DaemonTaskDefinition.Tmpfs",
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
