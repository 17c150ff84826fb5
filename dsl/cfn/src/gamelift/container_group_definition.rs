// @generated from AWS::GameLift::ContainerGroupDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::ContainerGroupDefinition` and its property types.

/// The AWS::GameLift::ContainerGroupDefinition resource creates an Amazon GameLift container group definition.
///
/// CloudFormation type `AWS::GameLift::ContainerGroupDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerGroupDefinition {
    props: ::forma_core::schema::Props,
}
impl ContainerGroupDefinition {
    /// A new resource with its required properties: `Name`, `OperatingSystem`, `TotalMemoryLimitMebibytes`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operating_system: impl ::forma_core::schema::EnumArg<OperatingSystem>,
        total_memory_limit_mebibytes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, operating_system.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, total_memory_limit_mebibytes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The scope of the container group
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_group_type(mut self, value: impl ::forma_core::schema::EnumArg<ContainerGroupType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the information required to run game servers with this container group
    #[track_caller]
    pub fn game_server_container_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GameServerContainerDefinition>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A specific ContainerGroupDefinition version to be updated
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn source_version_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of support container definitions that define the containers in this group.
    #[track_caller]
    pub fn support_container_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SupportContainerDefinition>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The total amount of virtual CPUs on the container group definition
    ///
    /// Allowed: 0.125 to 10.
    #[track_caller]
    pub fn total_vcpu_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of this version
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn version_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContainerGroupDefinition {
    type Attributes = ContainerGroupDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::ContainerGroupDefinition"
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
/// The attributes of a `AWS::GameLift::ContainerGroupDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContainerGroupDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContainerGroupDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContainerGroupDefinitionAttributes {
    /// `Fn::GetAtt` `ContainerGroupDefinitionArn`.
    pub fn container_group_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContainerGroupDefinitionArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `VersionNumber`.
    pub fn version_number(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "VersionNumber")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
}

/// The values CloudFormation documents: `GAME_SERVER`, `PER_INSTANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContainerGroupType {
    /// `GAME_SERVER`
    GameServer,
    /// `PER_INSTANCE`
    PerInstance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContainerGroupType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GameServer => "GAME_SERVER",
            Self::PerInstance => "PER_INSTANCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GAME_SERVER", "PER_INSTANCE"]
    }
}
impl ::std::convert::From<ContainerGroupType> for ::forma_core::Value<ContainerGroupType> {
    fn from(v: ContainerGroupType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContainerGroupType {}

/// The values CloudFormation documents: `AMAZON_LINUX_2023`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystem {
    /// `AMAZON_LINUX_2023`
    AmazonLinux2023,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatingSystem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonLinux2023 => "AMAZON_LINUX_2023",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMAZON_LINUX_2023"]
    }
}
impl ::std::convert::From<OperatingSystem> for ::forma_core::Value<OperatingSystem> {
    fn from(v: OperatingSystem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatingSystem {}

/// Specifies the information required to run game servers with this container group
#[derive(Debug, Clone, PartialEq)]
pub struct GameServerContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl GameServerContainerDefinition {
    /// A new value with its required properties: `ContainerName`, `ImageUri`, `ServerSdkVersion`.
    pub fn new(
        container_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        server_sdk_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_name.into().into_expr());
        props.set(3, image_uri.into().into_expr());
        props.set(8, server_sdk_version.into().into_expr());
        Self { props }
    }
    /// A list of container dependencies that determines when this container starts up and shuts down.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerDependency>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The environment variables to pass to a container.
    pub fn environment_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerEnvironment>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Linux-specific modifications applied to the default Docker container configuration, such as Linux capabilities.
    pub fn linux_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinuxCapabilities>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of mount point configurations to be used in a container.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerMountPoint>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Defines the ports on the container.
    pub fn port_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PortConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The digest of the container image.
    pub fn resolved_image_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The number of virtual CPUs to give to the game server container.
    ///
    /// Allowed: 0.125 to 10.
    pub fn vcpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GameServerContainerDefinition> for ::forma_core::Value<GameServerContainerDefinition> {
    fn from(v: GameServerContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GAME_SERVER_CONTAINER_DEFINITION_TYPE.properties))
    }
}

/// Supports the function of the main container group
#[derive(Debug, Clone, PartialEq)]
pub struct SupportContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl SupportContainerDefinition {
    /// A new value with its required properties: `ContainerName`, `ImageUri`.
    pub fn new(
        container_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_name.into().into_expr());
        props.set(5, image_uri.into().into_expr());
        Self { props }
    }
    /// A list of container dependencies that determines when this container starts up and shuts down.
    pub fn depends_on(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerDependency>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The environment variables to pass to a container.
    pub fn environment_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerEnvironment>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies if the container is essential.
    pub fn essential(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies how the health of the containers will be checked.
    pub fn health_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<ContainerHealthCheck>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Linux-specific modifications applied to the default Docker container configuration, such as Linux capabilities.
    pub fn linux_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinuxCapabilities>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The total memory limit of container groups following this definition in MiB
    ///
    /// Allowed: 4 to 1024000.
    pub fn memory_hard_limit_mebibytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A list of mount point configurations to be used in a container.
    pub fn mount_points(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerMountPoint>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Defines the ports on the container.
    pub fn port_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PortConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The digest of the container image.
    pub fn resolved_image_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The number of virtual CPUs to give to the support group
    ///
    /// Allowed: 0.125 to 10.
    pub fn vcpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SupportContainerDefinition> for ::forma_core::Value<SupportContainerDefinition> {
    fn from(v: SupportContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUPPORT_CONTAINER_DEFINITION_TYPE.properties))
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

/// The values CloudFormation documents: `START`, `COMPLETE`, `SUCCESS`, `HEALTHY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Condition {
    /// `START`
    Start,
    /// `COMPLETE`
    Complete,
    /// `SUCCESS`
    Success,
    /// `HEALTHY`
    Healthy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Condition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Start => "START",
            Self::Complete => "COMPLETE",
            Self::Success => "SUCCESS",
            Self::Healthy => "HEALTHY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["START", "COMPLETE", "SUCCESS", "HEALTHY"]
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Condition {}

/// A dependency that impacts a container's startup and shutdown.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerDependency {
    props: ::forma_core::schema::Props,
}
impl ContainerDependency {
    /// A new value with its required properties: `Condition`, `ContainerName`.
    pub fn new(
        condition: impl ::forma_core::schema::EnumArg<Condition>,
        container_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition.into_enum_expr());
        props.set(1, container_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerDependency> for ::forma_core::Value<ContainerDependency> {
    fn from(v: ContainerDependency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_DEPENDENCY_TYPE.properties))
    }
}

/// An environment variable to set inside a container, in the form of a key-value pair.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerEnvironment {
    props: ::forma_core::schema::Props,
}
impl ContainerEnvironment {
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
impl ::std::convert::From<ContainerEnvironment> for ::forma_core::Value<ContainerEnvironment> {
    fn from(v: ContainerEnvironment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_ENVIRONMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUDIT_CONTROL`, `AUDIT_WRITE`, `BLOCK_SUSPEND`, `CHOWN`, `DAC_OVERRIDE`, `DAC_READ_SEARCH`, `FOWNER`, `FSETID`, `IPC_LOCK`, `IPC_OWNER`, `KILL`, `LEASE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Include {
    /// `AUDIT_CONTROL`
    AuditControl,
    /// `AUDIT_WRITE`
    AuditWrite,
    /// `BLOCK_SUSPEND`
    BlockSuspend,
    /// `CHOWN`
    Chown,
    /// `DAC_OVERRIDE`
    DacOverride,
    /// `DAC_READ_SEARCH`
    DacReadSearch,
    /// `FOWNER`
    Fowner,
    /// `FSETID`
    Fsetid,
    /// `IPC_LOCK`
    IpcLock,
    /// `IPC_OWNER`
    IpcOwner,
    /// `KILL`
    Kill,
    /// `LEASE`
    Lease,
    /// `LINUX_IMMUTABLE`
    LinuxImmutable,
    /// `MAC_ADMIN`
    MacAdmin,
    /// `MAC_OVERRIDE`
    MacOverride,
    /// `MKNOD`
    Mknod,
    /// `NET_ADMIN`
    NetAdmin,
    /// `NET_BIND_SERVICE`
    NetBindService,
    /// `NET_BROADCAST`
    NetBroadcast,
    /// `NET_RAW`
    NetRaw,
    /// `SETFCAP`
    Setfcap,
    /// `SETGID`
    Setgid,
    /// `SETPCAP`
    Setpcap,
    /// `SETUID`
    Setuid,
    /// `SYS_ADMIN`
    SysAdmin,
    /// `SYS_BOOT`
    SysBoot,
    /// `SYS_CHROOT`
    SysChroot,
    /// `SYS_MODULE`
    SysModule,
    /// `SYS_NICE`
    SysNice,
    /// `SYS_PACCT`
    SysPacct,
    /// `SYS_PTRACE`
    SysPtrace,
    /// `SYS_RAWIO`
    SysRawio,
    /// `SYS_RESOURCE`
    SysResource,
    /// `SYS_TIME`
    SysTime,
    /// `SYS_TTY_CONFIG`
    SysTtyConfig,
    /// `SYSLOG`
    Syslog,
    /// `WAKE_ALARM`
    WakeAlarm,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Include {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuditControl => "AUDIT_CONTROL",
            Self::AuditWrite => "AUDIT_WRITE",
            Self::BlockSuspend => "BLOCK_SUSPEND",
            Self::Chown => "CHOWN",
            Self::DacOverride => "DAC_OVERRIDE",
            Self::DacReadSearch => "DAC_READ_SEARCH",
            Self::Fowner => "FOWNER",
            Self::Fsetid => "FSETID",
            Self::IpcLock => "IPC_LOCK",
            Self::IpcOwner => "IPC_OWNER",
            Self::Kill => "KILL",
            Self::Lease => "LEASE",
            Self::LinuxImmutable => "LINUX_IMMUTABLE",
            Self::MacAdmin => "MAC_ADMIN",
            Self::MacOverride => "MAC_OVERRIDE",
            Self::Mknod => "MKNOD",
            Self::NetAdmin => "NET_ADMIN",
            Self::NetBindService => "NET_BIND_SERVICE",
            Self::NetBroadcast => "NET_BROADCAST",
            Self::NetRaw => "NET_RAW",
            Self::Setfcap => "SETFCAP",
            Self::Setgid => "SETGID",
            Self::Setpcap => "SETPCAP",
            Self::Setuid => "SETUID",
            Self::SysAdmin => "SYS_ADMIN",
            Self::SysBoot => "SYS_BOOT",
            Self::SysChroot => "SYS_CHROOT",
            Self::SysModule => "SYS_MODULE",
            Self::SysNice => "SYS_NICE",
            Self::SysPacct => "SYS_PACCT",
            Self::SysPtrace => "SYS_PTRACE",
            Self::SysRawio => "SYS_RAWIO",
            Self::SysResource => "SYS_RESOURCE",
            Self::SysTime => "SYS_TIME",
            Self::SysTtyConfig => "SYS_TTY_CONFIG",
            Self::Syslog => "SYSLOG",
            Self::WakeAlarm => "WAKE_ALARM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AUDIT_CONTROL",
            "AUDIT_WRITE",
            "BLOCK_SUSPEND",
            "CHOWN",
            "DAC_OVERRIDE",
            "DAC_READ_SEARCH",
            "FOWNER",
            "FSETID",
            "IPC_LOCK",
            "IPC_OWNER",
            "KILL",
            "LEASE",
            "LINUX_IMMUTABLE",
            "MAC_ADMIN",
            "MAC_OVERRIDE",
            "MKNOD",
            "NET_ADMIN",
            "NET_BIND_SERVICE",
            "NET_BROADCAST",
            "NET_RAW",
            "SETFCAP",
            "SETGID",
            "SETPCAP",
            "SETUID",
            "SYS_ADMIN",
            "SYS_BOOT",
            "SYS_CHROOT",
            "SYS_MODULE",
            "SYS_NICE",
            "SYS_PACCT",
            "SYS_PTRACE",
            "SYS_RAWIO",
            "SYS_RESOURCE",
            "SYS_TIME",
            "SYS_TTY_CONFIG",
            "SYSLOG",
            "WAKE_ALARM",
        ]
    }
}
impl ::std::convert::From<Include> for ::forma_core::Value<Include> {
    fn from(v: Include) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Include {}

/// A set of Linux capabilities that are added to a container's default Docker configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LinuxCapabilities {
    props: ::forma_core::schema::Props,
}
impl LinuxCapabilities {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of Linux capabilities to add to the container's default configuration.
    pub fn include(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Include>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LinuxCapabilities {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LinuxCapabilities> for ::forma_core::Value<LinuxCapabilities> {
    fn from(v: LinuxCapabilities) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINUX_CAPABILITIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `READ_ONLY`, `READ_AND_WRITE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessLevel {
    /// `READ_ONLY`
    ReadOnly,
    /// `READ_AND_WRITE`
    ReadAndWrite,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReadOnly => "READ_ONLY",
            Self::ReadAndWrite => "READ_AND_WRITE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["READ_ONLY", "READ_AND_WRITE"]
    }
}
impl ::std::convert::From<AccessLevel> for ::forma_core::Value<AccessLevel> {
    fn from(v: AccessLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessLevel {}

/// Defines the mount point configuration within a container.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerMountPoint {
    props: ::forma_core::schema::Props,
}
impl ContainerMountPoint {
    /// A new value with its required properties: `InstancePath`.
    pub fn new(instance_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, instance_path.into().into_expr());
        Self { props }
    }
    /// The access permissions for the mounted path.
    pub fn access_level(mut self, value: impl ::forma_core::schema::EnumArg<AccessLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The path inside the container where the mount is accessible.
    ///
    /// Allowed: length 1 to 1024.
    pub fn container_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerMountPoint> for ::forma_core::Value<ContainerMountPoint> {
    fn from(v: ContainerMountPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_MOUNT_POINT_TYPE.properties))
    }
}

/// Defines the ports on a container.
#[derive(Debug, Clone, PartialEq)]
pub struct PortConfiguration {
    props: ::forma_core::schema::Props,
}
impl PortConfiguration {
    /// A new value with its required properties: `ContainerPortRanges`.
    pub fn new(
        container_port_ranges: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerPortRange>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_port_ranges.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortConfiguration> for ::forma_core::Value<PortConfiguration> {
    fn from(v: PortConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies how the process manager checks the health of containers.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerHealthCheck {
    props: ::forma_core::schema::Props,
}
impl ContainerHealthCheck {
    /// A new value with its required properties: `Command`.
    pub fn new(
        command: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, command.into().into_expr());
        Self { props }
    }
    /// How often (in seconds) the health is checked.
    ///
    /// Allowed: 60 to 300.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// How many times the process manager will retry the command after a timeout.
    ///
    /// Allowed: 5 to 10.
    pub fn retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The optional grace period (in seconds) to give a container time to boostrap before teh health check is declared failed.
    ///
    /// Allowed: 0 to 300.
    pub fn start_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// How many seconds the process manager allows the command to run before canceling it.
    ///
    /// Allowed: 30 to 60.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerHealthCheck> for ::forma_core::Value<ContainerHealthCheck> {
    fn from(v: ContainerHealthCheck) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_HEALTH_CHECK_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TCP`, `UDP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP", "UDP"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// A set of one or more port numbers that can be opened on the container.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerPortRange {
    props: ::forma_core::schema::Props,
}
impl ContainerPortRange {
    /// A new value with its required properties: `FromPort`, `Protocol`, `ToPort`.
    pub fn new(
        from_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
        to_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_port.into().into_expr());
        props.set(1, protocol.into_enum_expr());
        props.set(2, to_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerPortRange> for ::forma_core::Value<ContainerPortRange> {
    fn from(v: ContainerPortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_PORT_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::GameLift::ContainerGroupDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::ContainerGroupDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerGroupType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GAME_SERVER", "PER_INSTANCE"]),
        },
        ::forma_core::schema::Property {
            name: "GameServerContainerDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GAME_SERVER_CONTAINER_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OperatingSystem",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AMAZON_LINUX_2023"]),
        },
        ::forma_core::schema::Property {
            name: "SourceVersionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SupportContainerDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUPPORT_CONTAINER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TotalMemoryLimitMebibytes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(4.0),
                maximum: Some(1024000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalVcpuLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.125),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionDescription",
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
    attributes: &["ContainerGroupDefinitionArn", "CreationTime", "VersionNumber", "Status", "StatusReason"],
};

static GAME_SERVER_CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.GameServerContainerDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DependsOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_DEPENDENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_ENVIRONMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImageUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_\\.@\\/:]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LinuxCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINUX_CAPABILITIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MountPoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_MOUNT_POINT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PortConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PORT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResolvedImageDigest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^sha256:[a-fA-F0-9]{64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerSdkVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+\\.\\d+\\.\\d+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Vcpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.125),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};

static SUPPORT_CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.SupportContainerDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DependsOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_DEPENDENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_ENVIRONMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Essential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_HEALTH_CHECK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_\\.@\\/:]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LinuxCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINUX_CAPABILITIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MemoryHardLimitMebibytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(4.0),
                maximum: Some(1024000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MountPoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_MOUNT_POINT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PortConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PORT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResolvedImageDigest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^sha256:[a-fA-F0-9]{64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Vcpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.125),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CONTAINER_DEPENDENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.ContainerDependency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["START", "COMPLETE", "SUCCESS", "HEALTHY"]),
        },
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static CONTAINER_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.ContainerEnvironment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static LINUX_CAPABILITIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.LinuxCapabilities",
    properties: &[::forma_core::schema::Property {
        name: "Include",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&[
                "AUDIT_CONTROL",
                "AUDIT_WRITE",
                "BLOCK_SUSPEND",
                "CHOWN",
                "DAC_OVERRIDE",
                "DAC_READ_SEARCH",
                "FOWNER",
                "FSETID",
                "IPC_LOCK",
                "IPC_OWNER",
                "KILL",
                "LEASE",
                "LINUX_IMMUTABLE",
                "MAC_ADMIN",
                "MAC_OVERRIDE",
                "MKNOD",
                "NET_ADMIN",
                "NET_BIND_SERVICE",
                "NET_BROADCAST",
                "NET_RAW",
                "SETFCAP",
                "SETGID",
                "SETPCAP",
                "SETUID",
                "SYS_ADMIN",
                "SYS_BOOT",
                "SYS_CHROOT",
                "SYS_MODULE",
                "SYS_NICE",
                "SYS_PACCT",
                "SYS_PTRACE",
                "SYS_RAWIO",
                "SYS_RESOURCE",
                "SYS_TIME",
                "SYS_TTY_CONFIG",
                "SYSLOG",
                "WAKE_ALARM",
            ]),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(37) },
        ),
    }],
    rules: &[],
};

static CONTAINER_MOUNT_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.ContainerMountPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["READ_ONLY", "READ_AND_WRITE"]),
        },
        ::forma_core::schema::Property {
            name: "ContainerPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\/+[^\\/]+\\/*)+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstancePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static PORT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.PortConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ContainerPortRanges",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONTAINER_PORT_RANGE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
        ),
    }],
    rules: &[],
};

static CONTAINER_HEALTH_CHECK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.ContainerHealthCheck",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Retries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(30.0),
                maximum: Some(60.0),
            }),
        },
    ],
    rules: &[],
};

static CONTAINER_PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerGroupDefinition.ContainerPortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TCP", "UDP"]),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60000.0),
            }),
        },
    ],
    rules: &[],
};
