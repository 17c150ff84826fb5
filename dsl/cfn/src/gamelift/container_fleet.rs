// @generated from AWS::GameLift::ContainerFleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::ContainerFleet` and its property types.

/// The AWS::GameLift::ContainerFleet resource creates an Amazon GameLift (GameLift) container fleet to host game servers.
///
/// CloudFormation type `AWS::GameLift::ContainerFleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerFleet {
    props: ::forma_core::schema::Props,
}
impl ContainerFleet {
    /// A new resource with its required properties: `FleetRoleArn`.
    #[track_caller]
    pub fn new(fleet_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, fleet_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether to use On-Demand instances or Spot instances for this fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn billing_type(mut self, value: impl ::forma_core::schema::EnumArg<BillingType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides details about how to drain old tasks and replace them with new updated tasks.
    #[track_caller]
    pub fn deployment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A human-readable description of a fleet.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the container group definition that will be created per game server.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn game_server_container_group_definition_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of desired game server container groups per instance, a number between 1-5000.
    ///
    /// Allowed: 1 to 5000.
    #[track_caller]
    pub fn game_server_container_groups_per_instance(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A policy that limits the number of game sessions an individual player can create over a span of time for this fleet.
    #[track_caller]
    pub fn game_session_creation_limit_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GameSessionCreationLimitPolicy>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines the range of ports on the instance that allow inbound traffic to connect with containers in a fleet.
    #[track_caller]
    pub fn instance_connection_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionPortRange>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A range of IP addresses and port settings that allow inbound traffic to connect to server processes on an Amazon GameLift server.
    #[track_caller]
    pub fn instance_inbound_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpPermission>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an EC2 instance type that is supported in Amazon GameLift.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Locations`.
    #[track_caller]
    pub fn locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocationConfiguration>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A policy the location and provider of logs from the fleet.
    #[track_caller]
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an Amazon CloudWatch metric group.
    #[track_caller]
    pub fn metric_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A game session protection policy to apply to all game sessions hosted on instances in this fleet.
    #[track_caller]
    pub fn new_game_session_protection_policy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<NewGameSessionProtectionPolicy>,
    ) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the container group definition that will be created per instance.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn per_instance_container_group_definition_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The player gateway mode for the container fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn player_gateway_mode(mut self, value: impl ::forma_core::schema::EnumArg<PlayerGatewayMode>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of rules that control how a fleet is scaled.
    #[track_caller]
    pub fn scaling_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScalingPolicy>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContainerFleet {
    type Attributes = ContainerFleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::ContainerFleet"
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
/// The attributes of a `AWS::GameLift::ContainerFleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContainerFleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContainerFleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContainerFleetAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `FleetId`.
    pub fn fleet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FleetId")
    }
    /// `Fn::GetAtt` `FleetArn`.
    pub fn fleet_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FleetArn")
    }
    /// `Fn::GetAtt` `DeploymentDetails`.
    pub fn deployment_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DeploymentDetails")
    }
    /// `Fn::GetAtt` `GameServerContainerGroupDefinitionArn`.
    pub fn game_server_container_group_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GameServerContainerGroupDefinitionArn")
    }
    /// `Fn::GetAtt` `PerInstanceContainerGroupDefinitionArn`.
    pub fn per_instance_container_group_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PerInstanceContainerGroupDefinitionArn")
    }
    /// `Fn::GetAtt` `MaximumGameServerContainerGroupsPerInstance`.
    pub fn maximum_game_server_container_groups_per_instance(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaximumGameServerContainerGroupsPerInstance")
    }
    /// `Fn::GetAtt` `Locations.*.PlayerGatewayStatus`.
    pub fn locations_player_gateway_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Locations.*.PlayerGatewayStatus")
    }
}

/// The values CloudFormation documents: `ON_DEMAND`, `SPOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BillingType {
    /// `ON_DEMAND`
    OnDemand,
    /// `SPOT`
    Spot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BillingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "ON_DEMAND",
            Self::Spot => "SPOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_DEMAND", "SPOT"]
    }
}
impl ::std::convert::From<BillingType> for ::forma_core::Value<BillingType> {
    fn from(v: BillingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BillingType {}

/// The values CloudFormation documents: `FullProtection`, `NoProtection`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NewGameSessionProtectionPolicy {
    /// `FullProtection`
    FullProtection,
    /// `NoProtection`
    NoProtection,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NewGameSessionProtectionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullProtection => "FullProtection",
            Self::NoProtection => "NoProtection",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FullProtection", "NoProtection"]
    }
}
impl ::std::convert::From<NewGameSessionProtectionPolicy> for ::forma_core::Value<NewGameSessionProtectionPolicy> {
    fn from(v: NewGameSessionProtectionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NewGameSessionProtectionPolicy {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `REQUIRED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlayerGatewayMode {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `REQUIRED`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlayerGatewayMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Required => "REQUIRED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "REQUIRED"]
    }
}
impl ::std::convert::From<PlayerGatewayMode> for ::forma_core::Value<PlayerGatewayMode> {
    fn from(v: PlayerGatewayMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlayerGatewayMode {}

/// The values CloudFormation documents: `MAINTAIN`, `ROLLBACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImpairmentStrategy {
    /// `MAINTAIN`
    Maintain,
    /// `ROLLBACK`
    Rollback,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImpairmentStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Maintain => "MAINTAIN",
            Self::Rollback => "ROLLBACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MAINTAIN", "ROLLBACK"]
    }
}
impl ::std::convert::From<ImpairmentStrategy> for ::forma_core::Value<ImpairmentStrategy> {
    fn from(v: ImpairmentStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImpairmentStrategy {}

/// The values CloudFormation documents: `WITH_PROTECTION`, `IGNORE_PROTECTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtectionStrategy {
    /// `WITH_PROTECTION`
    WithProtection,
    /// `IGNORE_PROTECTION`
    IgnoreProtection,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtectionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WithProtection => "WITH_PROTECTION",
            Self::IgnoreProtection => "IGNORE_PROTECTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WITH_PROTECTION", "IGNORE_PROTECTION"]
    }
}
impl ::std::convert::From<ProtectionStrategy> for ::forma_core::Value<ProtectionStrategy> {
    fn from(v: ProtectionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtectionStrategy {}

/// Provides details about how to drain old tasks and replace them with new updated tasks.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The strategy to apply in case of impairment; defaults to MAINTAIN.
    pub fn impairment_strategy(mut self, value: impl ::forma_core::schema::EnumArg<ImpairmentStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The minimum percentage of healthy required; defaults to 75.
    ///
    /// Allowed: 30 to 75.
    pub fn minimum_healthy_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The protection strategy for deployment on the container fleet; defaults to WITH_PROTECTION.
    pub fn protection_strategy(mut self, value: impl ::forma_core::schema::EnumArg<ProtectionStrategy>) -> Self {
        self.props.set(2, value.into_enum_expr());
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

/// A policy that limits the number of game sessions a player can create on the same fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct GameSessionCreationLimitPolicy {
    props: ::forma_core::schema::Props,
}
impl GameSessionCreationLimitPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of game sessions that an individual can create during the policy period.
    ///
    /// Allowed: at least 0.
    pub fn new_game_sessions_per_creator(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time span used in evaluating the resource creation limit policy.
    ///
    /// Allowed: at least 0.
    pub fn policy_period_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GameSessionCreationLimitPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GameSessionCreationLimitPolicy> for ::forma_core::Value<GameSessionCreationLimitPolicy> {
    fn from(v: GameSessionCreationLimitPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GAME_SESSION_CREATION_LIMIT_POLICY_TYPE.properties))
    }
}

/// Defines the range of ports on the instance that allow inbound traffic to connect with containers in a fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionPortRange {
    props: ::forma_core::schema::Props,
}
impl ConnectionPortRange {
    /// A new value with its required properties: `FromPort`, `ToPort`.
    pub fn new(
        from_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        to_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_port.into().into_expr());
        props.set(1, to_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectionPortRange> for ::forma_core::Value<ConnectionPortRange> {
    fn from(v: ConnectionPortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_PORT_RANGE_TYPE.properties))
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

/// A range of IP addresses and port settings that allow inbound traffic to connect to server processes on an Amazon GameLift hosting resource.
#[derive(Debug, Clone, PartialEq)]
pub struct IpPermission {
    props: ::forma_core::schema::Props,
}
impl IpPermission {
    /// A new value with its required properties: `FromPort`, `IpRange`, `Protocol`, `ToPort`.
    pub fn new(
        from_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        ip_range: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
        to_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_port.into().into_expr());
        props.set(1, ip_range.into().into_expr());
        props.set(2, protocol.into_enum_expr());
        props.set(3, to_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpPermission> for ::forma_core::Value<IpPermission> {
    fn from(v: IpPermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_PERMISSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlayerGatewayStatus {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlayerGatewayStatus {
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
impl ::std::convert::From<PlayerGatewayStatus> for ::forma_core::Value<PlayerGatewayStatus> {
    fn from(v: PlayerGatewayStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlayerGatewayStatus {}

/// The values CloudFormation documents: `AUTO_SCALING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoppedActions {
    /// `AUTO_SCALING`
    AutoScaling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StoppedActions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoScaling => "AUTO_SCALING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTO_SCALING"]
    }
}
impl ::std::convert::From<StoppedActions> for ::forma_core::Value<StoppedActions> {
    fn from(v: StoppedActions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StoppedActions {}

/// A remote location where a multi-location fleet can deploy EC2 instances for game hosting.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationConfiguration {
    props: ::forma_core::schema::Props,
}
impl LocationConfiguration {
    /// A new value with its required properties: `Location`.
    pub fn new(location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, location.into().into_expr());
        Self { props }
    }
    /// Current resource capacity settings in a specified fleet or location.
    pub fn location_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LocationCapacity>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The player gateway status for the location.
    pub fn player_gateway_status(mut self, value: impl ::forma_core::schema::EnumArg<PlayerGatewayStatus>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// A list of fleet actions that have been suspended in the fleet location.
    pub fn stopped_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StoppedActions>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocationConfiguration> for ::forma_core::Value<LocationConfiguration> {
    fn from(v: LocationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `CLOUDWATCH`, `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogDestination {
    /// `NONE`
    None,
    /// `CLOUDWATCH`
    Cloudwatch,
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogDestination {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Cloudwatch => "CLOUDWATCH",
            Self::S3 => "S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "CLOUDWATCH", "S3"]
    }
}
impl ::std::convert::From<LogDestination> for ::forma_core::Value<LogDestination> {
    fn from(v: LogDestination) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogDestination {}

/// A policy the location and provider of logs from the fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configures the service that provides logs.
    pub fn log_destination(mut self, value: impl ::forma_core::schema::EnumArg<LogDestination>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// If log destination is CLOUDWATCH, logs are sent to the specified log group in Amazon CloudWatch.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the S3 bucket to pull logs from if S3 is the LogDestination
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
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

/// The values CloudFormation documents: `GreaterThanOrEqualToThreshold`, `GreaterThanThreshold`, `LessThanThreshold`, `LessThanOrEqualToThreshold`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Self::GreaterThanThreshold => "GreaterThanThreshold",
            Self::LessThanThreshold => "LessThanThreshold",
            Self::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold"]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// The values CloudFormation documents: `ActivatingGameSessions`, `ActiveGameSessions`, `ActiveInstances`, `AvailableGameSessions`, `AvailablePlayerSessions`, `CurrentPlayerSessions`, `IdleInstances`, `PercentAvailableGameSessions`, `PercentIdleInstances`, `QueueDepth`, `WaitTime`, `ConcurrentActivatableGameSessions`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricName {
    /// `ActivatingGameSessions`
    ActivatingGameSessions,
    /// `ActiveGameSessions`
    ActiveGameSessions,
    /// `ActiveInstances`
    ActiveInstances,
    /// `AvailableGameSessions`
    AvailableGameSessions,
    /// `AvailablePlayerSessions`
    AvailablePlayerSessions,
    /// `CurrentPlayerSessions`
    CurrentPlayerSessions,
    /// `IdleInstances`
    IdleInstances,
    /// `PercentAvailableGameSessions`
    PercentAvailableGameSessions,
    /// `PercentIdleInstances`
    PercentIdleInstances,
    /// `QueueDepth`
    QueueDepth,
    /// `WaitTime`
    WaitTime,
    /// `ConcurrentActivatableGameSessions`
    ConcurrentActivatableGameSessions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActivatingGameSessions => "ActivatingGameSessions",
            Self::ActiveGameSessions => "ActiveGameSessions",
            Self::ActiveInstances => "ActiveInstances",
            Self::AvailableGameSessions => "AvailableGameSessions",
            Self::AvailablePlayerSessions => "AvailablePlayerSessions",
            Self::CurrentPlayerSessions => "CurrentPlayerSessions",
            Self::IdleInstances => "IdleInstances",
            Self::PercentAvailableGameSessions => "PercentAvailableGameSessions",
            Self::PercentIdleInstances => "PercentIdleInstances",
            Self::QueueDepth => "QueueDepth",
            Self::WaitTime => "WaitTime",
            Self::ConcurrentActivatableGameSessions => "ConcurrentActivatableGameSessions",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ActivatingGameSessions",
            "ActiveGameSessions",
            "ActiveInstances",
            "AvailableGameSessions",
            "AvailablePlayerSessions",
            "CurrentPlayerSessions",
            "IdleInstances",
            "PercentAvailableGameSessions",
            "PercentIdleInstances",
            "QueueDepth",
            "WaitTime",
            "ConcurrentActivatableGameSessions",
        ]
    }
}
impl ::std::convert::From<MetricName> for ::forma_core::Value<MetricName> {
    fn from(v: MetricName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricName {}

/// The values CloudFormation documents: `RuleBased`, `TargetBased`, `ManagedScaling`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `RuleBased`
    RuleBased,
    /// `TargetBased`
    TargetBased,
    /// `ManagedScaling`
    ManagedScaling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RuleBased => "RuleBased",
            Self::TargetBased => "TargetBased",
            Self::ManagedScaling => "ManagedScaling",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RuleBased", "TargetBased", "ManagedScaling"]
    }
}
impl ::std::convert::From<PolicyType> for ::forma_core::Value<PolicyType> {
    fn from(v: PolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyType {}

/// The values CloudFormation documents: `ChangeInCapacity`, `ExactCapacity`, `PercentChangeInCapacity`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalingAdjustmentType {
    /// `ChangeInCapacity`
    ChangeInCapacity,
    /// `ExactCapacity`
    ExactCapacity,
    /// `PercentChangeInCapacity`
    PercentChangeInCapacity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScalingAdjustmentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChangeInCapacity => "ChangeInCapacity",
            Self::ExactCapacity => "ExactCapacity",
            Self::PercentChangeInCapacity => "PercentChangeInCapacity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"]
    }
}
impl ::std::convert::From<ScalingAdjustmentType> for ::forma_core::Value<ScalingAdjustmentType> {
    fn from(v: ScalingAdjustmentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScalingAdjustmentType {}

/// Rule that controls how a fleet is scaled.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ScalingPolicy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// Comparison operator to use when measuring a metric against the threshold value.
    pub fn comparison_operator(mut self, value: impl ::forma_core::schema::EnumArg<ComparisonOperator>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Length of time (in minutes) the metric must be at or beyond the threshold before a scaling event is triggered.
    ///
    /// Allowed: at least 1.
    pub fn evaluation_periods(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Name of the Amazon GameLift-defined metric that is used to trigger a scaling adjustment.
    pub fn metric_name(mut self, value: impl ::forma_core::schema::EnumArg<MetricName>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The type of scaling policy to create.
    pub fn policy_type(mut self, value: impl ::forma_core::schema::EnumArg<PolicyType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Amount of adjustment to make, based on the scaling adjustment type.
    pub fn scaling_adjustment(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The type of adjustment to make to a fleet's instance count.
    pub fn scaling_adjustment_type(mut self, value: impl ::forma_core::schema::EnumArg<ScalingAdjustmentType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// An object that contains settings for a target-based scaling policy.
    pub fn target_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Metric value used to trigger a scaling event.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScalingPolicy> for ::forma_core::Value<ScalingPolicy> {
    fn from(v: ScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_POLICY_TYPE.properties))
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

/// Current resource capacity settings in a specified fleet or location.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationCapacity {
    props: ::forma_core::schema::Props,
}
impl LocationCapacity {
    /// A new value with its required properties: `MaxSize`.
    pub fn new(max_size: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, max_size.into().into_expr());
        Self { props }
    }
    /// Defaults to MinSize if not defined.
    ///
    /// Allowed: at least 0.
    pub fn desired_ec2_instances(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration options for Amazon GameLift Servers-managed capacity behavior.
    pub fn managed_capacity_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedCapacityConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum value allowed for the fleet's instance count for a location.
    ///
    /// Allowed: at least 0.
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocationCapacity> for ::forma_core::Value<LocationCapacity> {
    fn from(v: LocationCapacity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_CAPACITY_TYPE.properties))
    }
}

/// Settings for a target-based scaling policy.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetConfiguration> for ::forma_core::Value<TargetConfiguration> {
    fn from(v: TargetConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SCALE_TO_AND_FROM_ZERO`, `MANUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ZeroCapacityStrategy {
    /// `SCALE_TO_AND_FROM_ZERO`
    ScaleToAndFromZero,
    /// `MANUAL`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ZeroCapacityStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ScaleToAndFromZero => "SCALE_TO_AND_FROM_ZERO",
            Self::Manual => "MANUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SCALE_TO_AND_FROM_ZERO", "MANUAL"]
    }
}
impl ::std::convert::From<ZeroCapacityStrategy> for ::forma_core::Value<ZeroCapacityStrategy> {
    fn from(v: ZeroCapacityStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ZeroCapacityStrategy {}

/// Configuration options for Amazon GameLift Servers managed capacity behavior.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedCapacityConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedCapacityConfiguration {
    /// A new value with its required properties: `ZeroCapacityStrategy`.
    pub fn new(zero_capacity_strategy: impl ::forma_core::schema::EnumArg<ZeroCapacityStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, zero_capacity_strategy.into_enum_expr());
        Self { props }
    }
    /// Length of time, in minutes, that Amazon GameLift Servers will wait before scaling in your MinSize and DesiredInstances to 0 after a period with no game session activity.
    ///
    /// Allowed: 5 to 1440.
    pub fn scale_in_after_inactivity_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ManagedCapacityConfiguration> for ::forma_core::Value<ManagedCapacityConfiguration> {
    fn from(v: ManagedCapacityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_CAPACITY_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::GameLift::ContainerFleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::ContainerFleet",
    properties: &[
        ::forma_core::schema::Property {
            name: "BillingType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ON_DEMAND", "SPOT"]),
        },
        ::forma_core::schema::Property {
            name: "DeploymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "FleetRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-.*)?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "GameServerContainerGroupDefinitionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-]+$|^arn:.*:containergroupdefinition\\/[a-zA-Z0-9\\-]+(:[0-9]+)?$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "GameServerContainerGroupsPerInstance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "GameSessionCreationLimitPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GAME_SESSION_CREATION_LIMIT_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceConnectionPortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_PORT_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceInboundPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Locations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOCATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NewGameSessionProtectionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FullProtection", "NoProtection"]),
        },
        ::forma_core::schema::Property {
            name: "PerInstanceContainerGroupDefinitionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-]+$|^arn:.*:containergroupdefinition\\/[a-zA-Z0-9\\-]+(:[0-9]+)?$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "PlayerGatewayMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "REQUIRED"]),
        },
        ::forma_core::schema::Property {
            name: "ScalingPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCALING_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
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
    ],
    rules: &[],
    attributes: &[
        "CreationTime",
        "Status",
        "FleetId",
        "FleetArn",
        "DeploymentDetails",
        "GameServerContainerGroupDefinitionArn",
        "PerInstanceContainerGroupDefinitionArn",
        "MaximumGameServerContainerGroupsPerInstance",
        "Locations.*.PlayerGatewayStatus",
    ],
};

static DEPLOYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.DeploymentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImpairmentStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MAINTAIN", "ROLLBACK"]),
        },
        ::forma_core::schema::Property {
            name: "MinimumHealthyPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(30.0),
                maximum: Some(75.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProtectionStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WITH_PROTECTION", "IGNORE_PROTECTION"]),
        },
    ],
    rules: &[],
};

static GAME_SESSION_CREATION_LIMIT_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GameLift::ContainerFleet.GameSessionCreationLimitPolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "NewGameSessionsPerCreator",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PolicyPeriodInMinutes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static CONNECTION_PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.ConnectionPortRange",
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

static IP_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::GameLift::ContainerFleet.IpPermission",
properties: &[
::forma_core::schema::Property { name: "FromPort", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(60000.0) }) },
::forma_core::schema::Property { name: "IpRange", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(/([0-9]|[1-2][0-9]|3[0-2]))$)"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Protocol", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["TCP", "UDP"]) },
::forma_core::schema::Property { name: "ToPort", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(60000.0) }) },
],
rules: &[],
};

static LOCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.LocationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\-]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocationCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_CAPACITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlayerGatewayStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "StoppedActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["AUTO_SCALING"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "CLOUDWATCH", "S3"]),
        },
        ::forma_core::schema::Property {
            name: "LogGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:/\\-\\*]+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
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
};

static SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.ScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualToThreshold",
                "GreaterThanThreshold",
                "LessThanThreshold",
                "LessThanOrEqualToThreshold",
            ]),
        },
        ::forma_core::schema::Property {
            name: "EvaluationPeriods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ActivatingGameSessions",
                "ActiveGameSessions",
                "ActiveInstances",
                "AvailableGameSessions",
                "AvailablePlayerSessions",
                "CurrentPlayerSessions",
                "IdleInstances",
                "PercentAvailableGameSessions",
                "PercentIdleInstances",
                "QueueDepth",
                "WaitTime",
                "ConcurrentActivatableGameSessions",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RuleBased", "TargetBased", "ManagedScaling"]),
        },
        ::forma_core::schema::Property {
            name: "ScalingAdjustment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalingAdjustmentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"]),
        },
        ::forma_core::schema::Property {
            name: "TargetConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
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

static LOCATION_CAPACITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.LocationCapacity",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredEC2Instances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ManagedCapacityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_CAPACITY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TARGET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.TargetConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TargetValue",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static MANAGED_CAPACITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::ContainerFleet.ManagedCapacityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScaleInAfterInactivityMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ZeroCapacityStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SCALE_TO_AND_FROM_ZERO", "MANUAL"]),
        },
    ],
    rules: &[],
};
