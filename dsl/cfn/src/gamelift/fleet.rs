// @generated from AWS::GameLift::Fleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::Fleet` and its property types.

/// The AWS::GameLift::Fleet resource creates an Amazon GameLift (GameLift) fleet to host game servers.
///
/// CloudFormation type `AWS::GameLift::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fleet {
    props: ::forma_core::schema::Props,
}
impl Fleet {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(17, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration for Anywhere fleet.
    #[track_caller]
    pub fn anywhere_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines when and how to apply fleet or location capacities.
    #[track_caller]
    pub fn apply_capacity(mut self, value: impl ::forma_core::schema::EnumArg<ApplyCapacity>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for a build to be deployed on the new fleet.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn build_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to generate a TLS/SSL certificate for the new fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertificateConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ComputeType to differentiate EC2 hardware managed by GameLift and Anywhere hardware managed by the customer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compute_type(mut self, value: impl ::forma_core::schema::EnumArg<ComputeType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A human-readable description of a fleet.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [DEPRECATED] The number of EC2 instances that you want this fleet to host.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn desired_ec2_instances(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A range of IP addresses and port settings that allow inbound traffic to connect to server processes on an Amazon GameLift server.
    #[track_caller]
    pub fn ec2_inbound_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpPermission>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an EC2 instance type that is supported in Amazon GameLift.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ec2_instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to use On-Demand instances or Spot instances for this fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn fleet_type(mut self, value: impl ::forma_core::schema::EnumArg<FleetType>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for an AWS IAM role that manages access to your AWS services.
    ///
    /// Allowed: length 1 to any.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Credentials provider implementation that loads credentials from the Amazon EC2 Instance Metadata Service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_role_credentials_provider(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceRoleCredentialsProvider>,
    ) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Locations`.
    #[track_caller]
    pub fn locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocationConfiguration>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter is no longer used.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [DEPRECATED] The maximum value that is allowed for the fleet's instance count.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn max_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an Amazon CloudWatch metric group.
    #[track_caller]
    pub fn metric_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [DEPRECATED] The minimum value allowed for the fleet's instance count.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A game session protection policy to apply to all game sessions hosted on instances in this fleet.
    #[track_caller]
    pub fn new_game_session_protection_policy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<NewGameSessionProtectionPolicy>,
    ) -> Self {
        self.props.set_at(18, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for the AWS account with the VPC that you want to peer your Amazon GameLift fleet with.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn peer_vpc_aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for a VPC with resources to be accessed by your Amazon GameLift fleet.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn peer_vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for player gateway.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn player_gateway_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PlayerGatewayConfiguration>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The player gateway mode for the fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn player_gateway_mode(mut self, value: impl ::forma_core::schema::EnumArg<PlayerGatewayMode>) -> Self {
        self.props.set_at(22, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A policy that limits the number of game sessions an individual player can create over a span of time for this fleet.
    #[track_caller]
    pub fn resource_creation_limit_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceCreationLimitPolicy>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Instructions for launching server processes on each instance in the fleet.
    #[track_caller]
    pub fn runtime_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RuntimeConfiguration>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of rules that control how a fleet is scaled.
    #[track_caller]
    pub fn scaling_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScalingPolicy>>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for a Realtime script to be deployed on a new Realtime Servers fleet.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn script_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter is no longer used but is retained for backward compatibility.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_launch_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter is no longer used.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_launch_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Fleet {
    type Attributes = FleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::Fleet"
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
/// The attributes of a `AWS::GameLift::Fleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FleetAttributes {
    /// `Fn::GetAtt` `FleetId`.
    pub fn fleet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FleetId")
    }
    /// `Fn::GetAtt` `FleetArn`.
    pub fn fleet_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FleetArn")
    }
    /// `Fn::GetAtt` `Locations.*.PlayerGatewayStatus`.
    pub fn locations_player_gateway_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Locations.*.PlayerGatewayStatus")
    }
}

/// The values CloudFormation documents: `ON_UPDATE`, `ON_CREATE_AND_UPDATE`, `ON_CREATE_AND_UPDATE_WITH_AUTOSCALING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplyCapacity {
    /// `ON_UPDATE`
    OnUpdate,
    /// `ON_CREATE_AND_UPDATE`
    OnCreateAndUpdate,
    /// `ON_CREATE_AND_UPDATE_WITH_AUTOSCALING`
    OnCreateAndUpdateWithAutoscaling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplyCapacity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnUpdate => "ON_UPDATE",
            Self::OnCreateAndUpdate => "ON_CREATE_AND_UPDATE",
            Self::OnCreateAndUpdateWithAutoscaling => "ON_CREATE_AND_UPDATE_WITH_AUTOSCALING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_UPDATE", "ON_CREATE_AND_UPDATE", "ON_CREATE_AND_UPDATE_WITH_AUTOSCALING"]
    }
}
impl ::std::convert::From<ApplyCapacity> for ::forma_core::Value<ApplyCapacity> {
    fn from(v: ApplyCapacity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplyCapacity {}

/// The values CloudFormation documents: `EC2`, `ANYWHERE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputeType {
    /// `EC2`
    Ec2,
    /// `ANYWHERE`
    Anywhere,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::Anywhere => "ANYWHERE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2", "ANYWHERE"]
    }
}
impl ::std::convert::From<ComputeType> for ::forma_core::Value<ComputeType> {
    fn from(v: ComputeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputeType {}

/// The values CloudFormation documents: `ON_DEMAND`, `SPOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FleetType {
    /// `ON_DEMAND`
    OnDemand,
    /// `SPOT`
    Spot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FleetType {
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
impl ::std::convert::From<FleetType> for ::forma_core::Value<FleetType> {
    fn from(v: FleetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FleetType {}

/// The values CloudFormation documents: `SHARED_CREDENTIAL_FILE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceRoleCredentialsProvider {
    /// `SHARED_CREDENTIAL_FILE`
    SharedCredentialFile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceRoleCredentialsProvider {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SharedCredentialFile => "SHARED_CREDENTIAL_FILE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHARED_CREDENTIAL_FILE"]
    }
}
impl ::std::convert::From<InstanceRoleCredentialsProvider> for ::forma_core::Value<InstanceRoleCredentialsProvider> {
    fn from(v: InstanceRoleCredentialsProvider) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceRoleCredentialsProvider {}

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

/// The values CloudFormation documents: `DISABLED`, `GENERATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateType {
    /// `DISABLED`
    Disabled,
    /// `GENERATED`
    Generated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Generated => "GENERATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "GENERATED"]
    }
}
impl ::std::convert::From<CertificateType> for ::forma_core::Value<CertificateType> {
    fn from(v: CertificateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateType {}

/// Information about the use of a TLS/SSL certificate for a fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateConfiguration {
    props: ::forma_core::schema::Props,
}
impl CertificateConfiguration {
    /// A new value with its required properties: `CertificateType`.
    pub fn new(certificate_type: impl ::forma_core::schema::EnumArg<CertificateType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CertificateConfiguration> for ::forma_core::Value<CertificateConfiguration> {
    fn from(v: CertificateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_CONFIGURATION_TYPE.properties))
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
}
impl ::std::convert::From<LocationConfiguration> for ::forma_core::Value<LocationConfiguration> {
    fn from(v: LocationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IPv4`, `DUAL_STACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GameServerIpProtocolSupported {
    /// `IPv4`
    Ipv4,
    /// `DUAL_STACK`
    DualStack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GameServerIpProtocolSupported {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPv4",
            Self::DualStack => "DUAL_STACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPv4", "DUAL_STACK"]
    }
}
impl ::std::convert::From<GameServerIpProtocolSupported> for ::forma_core::Value<GameServerIpProtocolSupported> {
    fn from(v: GameServerIpProtocolSupported) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GameServerIpProtocolSupported {}

/// Configuration for player gateway.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayerGatewayConfiguration {
    props: ::forma_core::schema::Props,
}
impl PlayerGatewayConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IP protocol supported by the game server.
    pub fn game_server_ip_protocol_supported(
        mut self,
        value: impl ::forma_core::schema::EnumArg<GameServerIpProtocolSupported>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PlayerGatewayConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PlayerGatewayConfiguration> for ::forma_core::Value<PlayerGatewayConfiguration> {
    fn from(v: PlayerGatewayConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLAYER_GATEWAY_CONFIGURATION_TYPE.properties))
    }
}

/// A policy that limits the number of game sessions a player can create on the same fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceCreationLimitPolicy {
    props: ::forma_core::schema::Props,
}
impl ResourceCreationLimitPolicy {
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
impl ::std::default::Default for ResourceCreationLimitPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceCreationLimitPolicy> for ::forma_core::Value<ResourceCreationLimitPolicy> {
    fn from(v: ResourceCreationLimitPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_CREATION_LIMIT_POLICY_TYPE.properties))
    }
}

/// A collection of server process configurations that describe the processes to run on each instance in a fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeConfiguration {
    props: ::forma_core::schema::Props,
}
impl RuntimeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of time (in seconds) that a game session can remain in status ACTIVATING.
    ///
    /// Allowed: 1 to 600.
    pub fn game_session_activation_timeout_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of game sessions with status ACTIVATING to allow on an instance simultaneously.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn max_concurrent_game_session_activations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A collection of server process configurations that describe which server processes to run on each instance in a fleet.
    pub fn server_processes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServerProcess>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuntimeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuntimeConfiguration> for ::forma_core::Value<RuntimeConfiguration> {
    fn from(v: RuntimeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUNTIME_CONFIGURATION_TYPE.properties))
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

/// The values CloudFormation documents: `ACTIVE`, `UPDATE_REQUESTED`, `UPDATING`, `DELETE_REQUESTED`, `DELETING`, `DELETED`, `ERROR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ACTIVE`
    Active,
    /// `UPDATE_REQUESTED`
    UpdateRequested,
    /// `UPDATING`
    Updating,
    /// `DELETE_REQUESTED`
    DeleteRequested,
    /// `DELETING`
    Deleting,
    /// `DELETED`
    Deleted,
    /// `ERROR`
    Error,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::UpdateRequested => "UPDATE_REQUESTED",
            Self::Updating => "UPDATING",
            Self::DeleteRequested => "DELETE_REQUESTED",
            Self::Deleting => "DELETING",
            Self::Deleted => "DELETED",
            Self::Error => "ERROR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "UPDATE_REQUESTED", "UPDATING", "DELETE_REQUESTED", "DELETING", "DELETED", "ERROR"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `PENDING_UPDATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateStatus {
    /// `PENDING_UPDATE`
    PendingUpdate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PendingUpdate => "PENDING_UPDATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PENDING_UPDATE"]
    }
}
impl ::std::convert::From<UpdateStatus> for ::forma_core::Value<UpdateStatus> {
    fn from(v: UpdateStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateStatus {}

/// Rule that controls how a fleet is scaled.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl ScalingPolicy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, name.into().into_expr());
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
    /// `Location`.
    ///
    /// Allowed: length 1 to 64.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Name of the Amazon GameLift-defined metric that is used to trigger a scaling adjustment.
    pub fn metric_name(mut self, value: impl ::forma_core::schema::EnumArg<MetricName>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The type of scaling policy to create.
    pub fn policy_type(mut self, value: impl ::forma_core::schema::EnumArg<PolicyType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// Amount of adjustment to make, based on the scaling adjustment type.
    pub fn scaling_adjustment(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The type of adjustment to make to a fleet's instance count.
    pub fn scaling_adjustment_type(mut self, value: impl ::forma_core::schema::EnumArg<ScalingAdjustmentType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Current status of the scaling policy.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// An object that contains settings for a target-based scaling policy.
    pub fn target_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Metric value used to trigger a scaling event.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The current status of the fleet's scaling policies in a requested fleet location.
    pub fn update_status(mut self, value: impl ::forma_core::schema::EnumArg<UpdateStatus>) -> Self {
        self.props.set(11, value.into_enum_expr());
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

/// A set of instructions for launching server processes on each instance in a fleet.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerProcess {
    props: ::forma_core::schema::Props,
}
impl ServerProcess {
    /// A new value with its required properties: `ConcurrentExecutions`, `LaunchPath`.
    pub fn new(
        concurrent_executions: impl ::std::convert::Into<::forma_core::Value<i64>>,
        launch_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, concurrent_executions.into().into_expr());
        props.set(1, launch_path.into().into_expr());
        Self { props }
    }
    /// An optional list of parameters to pass to the server executable or Realtime script on launch.
    ///
    /// Allowed: length 1 to 1024.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServerProcess> for ::forma_core::Value<ServerProcess> {
    fn from(v: ServerProcess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_PROCESS_TYPE.properties))
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

/// Configuration options for Amazon GameLift Servers-managed capacity behavior.
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

/// The schema of `AWS::GameLift::Fleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::Fleet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnywhereConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ApplyCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ON_UPDATE",
                "ON_CREATE_AND_UPDATE",
                "ON_CREATE_AND_UPDATE_WITH_AUTOSCALING",
            ]),
        },
        ::forma_core::schema::Property {
            name: "BuildId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^build-\\S+|^arn:.*:build/build-\\S+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "CertificateConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["EC2", "ANYWHERE"]),
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
            name: "DesiredEC2Instances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EC2InboundPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EC2InstanceType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*..*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FleetType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ON_DEMAND", "SPOT"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceRoleARN",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-.*)?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceRoleCredentialsProvider",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SHARED_CREDENTIAL_FILE"]),
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
            name: "LogPaths",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
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
            name: "MinSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
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
            name: "NewGameSessionProtectionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FullProtection", "NoProtection"]),
        },
        ::forma_core::schema::Property {
            name: "PeerVpcAwsAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PeerVpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-\\S+"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PlayerGatewayConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PLAYER_GATEWAY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlayerGatewayMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "REQUIRED"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceCreationLimitPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_CREATION_LIMIT_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuntimeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUNTIME_CONFIGURATION_TYPE),
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
            name: "ScriptId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^script-\\S+|^arn:.*:script/script-\\S+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerLaunchParameters",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_:.+\\/\\\\\\- =@;{},?'\\[\\]\"]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerLaunchPath",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_:.+\\/\\\\\\- ]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
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
    attributes: &["FleetId", "FleetArn", "Locations.*.PlayerGatewayStatus"],
};

static CERTIFICATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.CertificateConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CertificateType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "GENERATED"]),
    }],
    rules: &[],
};

static IP_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::GameLift::Fleet.IpPermission",
properties: &[
::forma_core::schema::Property { name: "FromPort", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(60000.0) }) },
::forma_core::schema::Property { name: "IpRange", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(/([0-9]|[1-2][0-9]|3[0-2]))$)"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Protocol", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["TCP", "UDP"]) },
::forma_core::schema::Property { name: "ToPort", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(60000.0) }) },
],
rules: &[],
};

static LOCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.LocationConfiguration",
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
    ],
    rules: &[],
};

static PLAYER_GATEWAY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.PlayerGatewayConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "GameServerIpProtocolSupported",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["IPv4", "DUAL_STACK"]),
    }],
    rules: &[],
};

static RESOURCE_CREATION_LIMIT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.ResourceCreationLimitPolicy",
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

static RUNTIME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.RuntimeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GameSessionActivationTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrentGameSessionActivations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerProcesses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVER_PROCESS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.ScalingPolicy",
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
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\-]+"),
                min_length: Some(1),
                max_length: Some(64),
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
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ACTIVE",
                "UPDATE_REQUESTED",
                "UPDATING",
                "DELETE_REQUESTED",
                "DELETING",
                "DELETED",
                "ERROR",
            ]),
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
        ::forma_core::schema::Property {
            name: "UpdateStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PENDING_UPDATE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.Tag",
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
    name: "AWS::GameLift::Fleet.LocationCapacity",
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

static SERVER_PROCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.ServerProcess",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConcurrentExecutions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([Cc]:\\\\game\\S+|/local/game/\\S+)"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_:.+\\/\\\\\\- =@;{},?'\\[\\]\"]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TARGET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.TargetConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TargetValue",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static MANAGED_CAPACITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Fleet.ManagedCapacityConfiguration",
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
