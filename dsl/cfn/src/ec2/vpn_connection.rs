// @generated from AWS::EC2::VPNConnection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPNConnection` and its property types.

/// Specifies a VPN connection between a virtual private gateway and a VPN customer gateway or a transit gateway and a VPN customer gateway.
///
/// CloudFormation type `AWS::EC2::VPNConnection`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpnConnection {
    props: ::forma_core::schema::Props,
}
impl VpnConnection {
    /// A new resource with its required properties: `CustomerGatewayId`, `Type`.
    #[track_caller]
    pub fn new(
        customer_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, customer_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicate whether to enable acceleration for the VPN connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enable_acceleration(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv4 CIDR on the customer gateway (on-premises) side of the VPN connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn local_ipv4_network_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv6 CIDR on the customer gateway (on-premises) side of the VPN connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn local_ipv6_network_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of IP address assigned to the outside interface of the customer gateway device.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn outside_ip_address_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the storage mode for the pre-shared key (PSK).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn pre_shared_key_storage(mut self, value: impl ::forma_core::schema::EnumArg<PreSharedKeyStorage>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv4 CIDR on the AWS side of the VPN connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn remote_ipv4_network_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv6 CIDR on the AWS side of the VPN connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn remote_ipv6_network_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the VPN connection uses static routes only.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn static_routes_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the VPN connection.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the transit gateway associated with the VPN connection.
    #[track_caller]
    pub fn transit_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The transit gateway attachment ID to use for the VPN tunnel.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn transport_transit_gateway_attachment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired bandwidth specification for the VPN tunnel, used when creating or modifying VPN connection options to set the tunnel's throughput capacity.
    #[track_caller]
    pub fn tunnel_bandwidth(mut self, value: impl ::forma_core::schema::EnumArg<TunnelBandwidth>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicate whether the VPN tunnels process IPv4 or IPv6 traffic.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tunnel_inside_ip_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the VPN concentrator to associate with the VPN connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpn_concentrator_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the virtual private gateway at the AWS side of the VPN connection.
    #[track_caller]
    pub fn vpn_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tunnel options for the VPN connection.
    #[track_caller]
    pub fn vpn_tunnel_options_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpnTunnelOptionsSpecification>>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpnConnection {
    type Attributes = VpnConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPNConnection"
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
/// The attributes of a `AWS::EC2::VPNConnection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpnConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpnConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpnConnectionAttributes {
    /// `Fn::GetAtt` `VpnConnectionId`.
    pub fn vpn_connection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpnConnectionId")
    }
}

/// The values CloudFormation documents: `Standard`, `SecretsManager`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreSharedKeyStorage {
    /// `Standard`
    Standard,
    /// `SecretsManager`
    SecretsManager,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreSharedKeyStorage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::SecretsManager => "SecretsManager",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "SecretsManager"]
    }
}
impl ::std::convert::From<PreSharedKeyStorage> for ::forma_core::Value<PreSharedKeyStorage> {
    fn from(v: PreSharedKeyStorage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreSharedKeyStorage {}

/// The values CloudFormation documents: `standard`, `large`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TunnelBandwidth {
    /// `standard`
    Standard,
    /// `large`
    Large,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TunnelBandwidth {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Large => "large",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard", "large"]
    }
}
impl ::std::convert::From<TunnelBandwidth> for ::forma_core::Value<TunnelBandwidth> {
    fn from(v: TunnelBandwidth) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TunnelBandwidth {}

/// Specifies a tag.
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

/// The values CloudFormation documents: `clear`, `none`, `restart`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DpdTimeoutAction {
    /// `clear`
    Clear,
    /// `none`
    None,
    /// `restart`
    Restart,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DpdTimeoutAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Clear => "clear",
            Self::None => "none",
            Self::Restart => "restart",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["clear", "none", "restart"]
    }
}
impl ::std::convert::From<DpdTimeoutAction> for ::forma_core::Value<DpdTimeoutAction> {
    fn from(v: DpdTimeoutAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DpdTimeoutAction {}

/// The values CloudFormation documents: `add`, `start`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartupAction {
    /// `add`
    Add,
    /// `start`
    Start,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StartupAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Start => "start",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["add", "start"]
    }
}
impl ::std::convert::From<StartupAction> for ::forma_core::Value<StartupAction> {
    fn from(v: StartupAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StartupAction {}

/// The tunnel options for a single VPN tunnel.
#[derive(Debug, Clone, PartialEq)]
pub struct VpnTunnelOptionsSpecification {
    props: ::forma_core::schema::Props,
}
impl VpnTunnelOptionsSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The action to take after DPD timeout occurs.
    pub fn dpd_timeout_action(mut self, value: impl ::forma_core::schema::EnumArg<DpdTimeoutAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The number of seconds after which a DPD timeout occurs.
    ///
    /// Allowed: at least 30.
    pub fn dpd_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Turn on or off tunnel endpoint lifecycle control feature.
    pub fn enable_tunnel_lifecycle_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The IKE versions that are permitted for the VPN tunnel.
    pub fn ike_versions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IkeVersionsRequestListValue>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Options for logging VPN tunnel activity.
    pub fn log_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpnTunnelLogOptionsSpecification>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 1 IKE negotiations.
    pub fn phase1_dh_group_numbers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Phase1DhGroupNumbersRequestListValue>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// One or more encryption algorithms that are permitted for the VPN tunnel for phase 1 IKE negotiations.
    pub fn phase1_encryption_algorithms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Phase1EncryptionAlgorithmsRequestListValue>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// One or more integrity algorithms that are permitted for the VPN tunnel for phase 1 IKE negotiations.
    pub fn phase1_integrity_algorithms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Phase1IntegrityAlgorithmsRequestListValue>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The lifetime for phase 1 of the IKE negotiation, in seconds.
    ///
    /// Allowed: 900 to 28800.
    pub fn phase1_lifetime_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 2 IKE negotiations.
    pub fn phase2_dh_group_numbers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Phase2DhGroupNumbersRequestListValue>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// One or more encryption algorithms that are permitted for the VPN tunnel for phase 2 IKE negotiations.
    pub fn phase2_encryption_algorithms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Phase2EncryptionAlgorithmsRequestListValue>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// One or more integrity algorithms that are permitted for the VPN tunnel for phase 2 IKE negotiations.
    pub fn phase2_integrity_algorithms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Phase2IntegrityAlgorithmsRequestListValue>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The lifetime for phase 2 of the IKE negotiation, in seconds.
    ///
    /// Allowed: 900 to 3600.
    pub fn phase2_lifetime_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The pre-shared key (PSK) to establish initial authentication between the virtual private gateway and customer gateway.
    pub fn pre_shared_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The percentage of the rekey window (determined by `RekeyMarginTimeSeconds`) during which the rekey time is randomly selected.
    ///
    /// Allowed: 0 to 100.
    pub fn rekey_fuzz_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The margin time, in seconds, before the phase 2 lifetime expires, during which the AWS side of the VPN connection performs an IKE rekey.
    ///
    /// Allowed: at least 60.
    pub fn rekey_margin_time_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The number of packets in an IKE replay window.
    ///
    /// Allowed: 64 to 2048.
    pub fn replay_window_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The action to take when the establishing the tunnel for the VPN connection.
    pub fn startup_action(mut self, value: impl ::forma_core::schema::EnumArg<StartupAction>) -> Self {
        self.props.set(17, value.into_enum_expr());
        self
    }
    /// The range of inside IP addresses for the tunnel.
    pub fn tunnel_inside_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The range of inside IPv6 addresses for the tunnel.
    pub fn tunnel_inside_ipv6_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpnTunnelOptionsSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpnTunnelOptionsSpecification> for ::forma_core::Value<VpnTunnelOptionsSpecification> {
    fn from(v: VpnTunnelOptionsSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPN_TUNNEL_OPTIONS_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ikev1`, `ikev2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// `ikev1`
    Ikev1,
    /// `ikev2`
    Ikev2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Value {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ikev1 => "ikev1",
            Self::Ikev2 => "ikev2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ikev1", "ikev2"]
    }
}
impl ::std::convert::From<Value> for ::forma_core::Value<Value> {
    fn from(v: Value) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Value {}

/// The IKE version that is permitted for the VPN tunnel.
#[derive(Debug, Clone, PartialEq)]
pub struct IkeVersionsRequestListValue {
    props: ::forma_core::schema::Props,
}
impl IkeVersionsRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IKE version.
    pub fn value(mut self, value: impl ::forma_core::schema::EnumArg<Value>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for IkeVersionsRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IkeVersionsRequestListValue> for ::forma_core::Value<IkeVersionsRequestListValue> {
    fn from(v: IkeVersionsRequestListValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IKE_VERSIONS_REQUEST_LIST_VALUE_TYPE.properties))
    }
}

/// Options for logging VPN tunnel activity.
#[derive(Debug, Clone, PartialEq)]
pub struct VpnTunnelLogOptionsSpecification {
    props: ::forma_core::schema::Props,
}
impl VpnTunnelLogOptionsSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Options for sending VPN tunnel logs to CloudWatch.
    pub fn cloudwatch_log_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudwatchLogOptionsSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpnTunnelLogOptionsSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpnTunnelLogOptionsSpecification> for ::forma_core::Value<VpnTunnelLogOptionsSpecification> {
    fn from(v: VpnTunnelLogOptionsSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPN_TUNNEL_LOG_OPTIONS_SPECIFICATION_TYPE.properties))
    }
}

/// Specifies a Diffie-Hellman group number for the VPN tunnel for phase 1 IKE negotiations.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase1DhGroupNumbersRequestListValue {
    props: ::forma_core::schema::Props,
}
impl Phase1DhGroupNumbersRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Diffie-Hellmann group number.
    ///
    /// Allowed: one of 2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Phase1DhGroupNumbersRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Phase1DhGroupNumbersRequestListValue>
    for ::forma_core::Value<Phase1DhGroupNumbersRequestListValue>
{
    fn from(v: Phase1DhGroupNumbersRequestListValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHASE1_DH_GROUP_NUMBERS_REQUEST_LIST_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AES128`, `AES256`, `AES128-GCM-16`, `AES256-GCM-16`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Phase1EncryptionAlgorithmsRequestListValueValue {
    /// `AES128`
    Aes128,
    /// `AES256`
    Aes256,
    /// `AES128-GCM-16`
    Aes128Gcm16,
    /// `AES256-GCM-16`
    Aes256Gcm16,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Phase1EncryptionAlgorithmsRequestListValueValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes128 => "AES128",
            Self::Aes256 => "AES256",
            Self::Aes128Gcm16 => "AES128-GCM-16",
            Self::Aes256Gcm16 => "AES256-GCM-16",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AES128", "AES256", "AES128-GCM-16", "AES256-GCM-16"]
    }
}
impl ::std::convert::From<Phase1EncryptionAlgorithmsRequestListValueValue>
    for ::forma_core::Value<Phase1EncryptionAlgorithmsRequestListValueValue>
{
    fn from(v: Phase1EncryptionAlgorithmsRequestListValueValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Phase1EncryptionAlgorithmsRequestListValueValue {}

/// Specifies the encryption algorithm for the VPN tunnel for phase 1 IKE negotiations.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase1EncryptionAlgorithmsRequestListValue {
    props: ::forma_core::schema::Props,
}
impl Phase1EncryptionAlgorithmsRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The value for the encryption algorithm.
    pub fn value(
        mut self,
        value: impl ::forma_core::schema::EnumArg<Phase1EncryptionAlgorithmsRequestListValueValue>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Phase1EncryptionAlgorithmsRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Phase1EncryptionAlgorithmsRequestListValue>
    for ::forma_core::Value<Phase1EncryptionAlgorithmsRequestListValue>
{
    fn from(v: Phase1EncryptionAlgorithmsRequestListValue) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PHASE1_ENCRYPTION_ALGORITHMS_REQUEST_LIST_VALUE_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `SHA1`, `SHA2-256`, `SHA2-384`, `SHA2-512`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Phase1IntegrityAlgorithmsRequestListValueValue {
    /// `SHA1`
    Sha1,
    /// `SHA2-256`
    Sha2256,
    /// `SHA2-384`
    Sha2384,
    /// `SHA2-512`
    Sha2512,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Phase1IntegrityAlgorithmsRequestListValueValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sha1 => "SHA1",
            Self::Sha2256 => "SHA2-256",
            Self::Sha2384 => "SHA2-384",
            Self::Sha2512 => "SHA2-512",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHA1", "SHA2-256", "SHA2-384", "SHA2-512"]
    }
}
impl ::std::convert::From<Phase1IntegrityAlgorithmsRequestListValueValue>
    for ::forma_core::Value<Phase1IntegrityAlgorithmsRequestListValueValue>
{
    fn from(v: Phase1IntegrityAlgorithmsRequestListValueValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Phase1IntegrityAlgorithmsRequestListValueValue {}

/// Specifies the integrity algorithm for the VPN tunnel for phase 1 IKE negotiations.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase1IntegrityAlgorithmsRequestListValue {
    props: ::forma_core::schema::Props,
}
impl Phase1IntegrityAlgorithmsRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The value for the integrity algorithm.
    pub fn value(
        mut self,
        value: impl ::forma_core::schema::EnumArg<Phase1IntegrityAlgorithmsRequestListValueValue>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Phase1IntegrityAlgorithmsRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Phase1IntegrityAlgorithmsRequestListValue>
    for ::forma_core::Value<Phase1IntegrityAlgorithmsRequestListValue>
{
    fn from(v: Phase1IntegrityAlgorithmsRequestListValue) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PHASE1_INTEGRITY_ALGORITHMS_REQUEST_LIST_VALUE_TYPE.properties),
        )
    }
}

/// Specifies a Diffie-Hellman group number for the VPN tunnel for phase 2 IKE negotiations.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase2DhGroupNumbersRequestListValue {
    props: ::forma_core::schema::Props,
}
impl Phase2DhGroupNumbersRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Diffie-Hellmann group number.
    ///
    /// Allowed: one of 2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Phase2DhGroupNumbersRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Phase2DhGroupNumbersRequestListValue>
    for ::forma_core::Value<Phase2DhGroupNumbersRequestListValue>
{
    fn from(v: Phase2DhGroupNumbersRequestListValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHASE2_DH_GROUP_NUMBERS_REQUEST_LIST_VALUE_TYPE.properties))
    }
}

/// Specifies the encryption algorithm for the VPN tunnel for phase 2 IKE negotiations.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase2EncryptionAlgorithmsRequestListValue {
    props: ::forma_core::schema::Props,
}
impl Phase2EncryptionAlgorithmsRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encryption algorithm.
    pub fn value(
        mut self,
        value: impl ::forma_core::schema::EnumArg<Phase1EncryptionAlgorithmsRequestListValueValue>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Phase2EncryptionAlgorithmsRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Phase2EncryptionAlgorithmsRequestListValue>
    for ::forma_core::Value<Phase2EncryptionAlgorithmsRequestListValue>
{
    fn from(v: Phase2EncryptionAlgorithmsRequestListValue) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PHASE2_ENCRYPTION_ALGORITHMS_REQUEST_LIST_VALUE_TYPE.properties),
        )
    }
}

/// Specifies the integrity algorithm for the VPN tunnel for phase 2 IKE negotiations.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase2IntegrityAlgorithmsRequestListValue {
    props: ::forma_core::schema::Props,
}
impl Phase2IntegrityAlgorithmsRequestListValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The integrity algorithm.
    pub fn value(
        mut self,
        value: impl ::forma_core::schema::EnumArg<Phase1IntegrityAlgorithmsRequestListValueValue>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Phase2IntegrityAlgorithmsRequestListValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Phase2IntegrityAlgorithmsRequestListValue>
    for ::forma_core::Value<Phase2IntegrityAlgorithmsRequestListValue>
{
    fn from(v: Phase2IntegrityAlgorithmsRequestListValue) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PHASE2_INTEGRITY_ALGORITHMS_REQUEST_LIST_VALUE_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `json`, `text`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BgpLogOutputFormat {
    /// `json`
    Json,
    /// `text`
    Text,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BgpLogOutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["json", "text"]
    }
}
impl ::std::convert::From<BgpLogOutputFormat> for ::forma_core::Value<BgpLogOutputFormat> {
    fn from(v: BgpLogOutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BgpLogOutputFormat {}

/// The values CloudFormation documents: `json`, `text`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogOutputFormat {
    /// `json`
    Json,
    /// `text`
    Text,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogOutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["json", "text"]
    }
}
impl ::std::convert::From<LogOutputFormat> for ::forma_core::Value<LogOutputFormat> {
    fn from(v: LogOutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogOutputFormat {}

/// Options for sending VPN tunnel logs to CloudWatch.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchLogOptionsSpecification {
    props: ::forma_core::schema::Props,
}
impl CloudwatchLogOptionsSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether to enable BGP logging for the VPN connection.
    pub fn bgp_log_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the CloudWatch log group where BGP logs will be sent.
    pub fn bgp_log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The desired output format for BGP logs to be sent to CloudWatch.
    pub fn bgp_log_output_format(mut self, value: impl ::forma_core::schema::EnumArg<BgpLogOutputFormat>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Enable or disable VPN tunnel logging feature.
    pub fn log_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the CloudWatch log group to send logs to.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Set log format.
    pub fn log_output_format(mut self, value: impl ::forma_core::schema::EnumArg<LogOutputFormat>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CloudwatchLogOptionsSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudwatchLogOptionsSpecification>
    for ::forma_core::Value<CloudwatchLogOptionsSpecification>
{
    fn from(v: CloudwatchLogOptionsSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUDWATCH_LOG_OPTIONS_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::VPNConnection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPNConnection",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerGatewayId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableAcceleration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LocalIpv4NetworkCidr",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LocalIpv6NetworkCidr",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutsideIpAddressType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreSharedKeyStorage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Standard", "SecretsManager"]),
        },
        ::forma_core::schema::Property {
            name: "RemoteIpv4NetworkCidr",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RemoteIpv6NetworkCidr",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StaticRoutesOnly",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "TransitGatewayId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransportTransitGatewayAttachmentId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TunnelBandwidth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["standard", "large"]),
        },
        ::forma_core::schema::Property {
            name: "TunnelInsideIpVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpnConcentratorId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpnGatewayId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpnTunnelOptionsSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPN_TUNNEL_OPTIONS_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["VpnConnectionId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPNConnection.Tag",
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

static VPN_TUNNEL_OPTIONS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPNConnection.VpnTunnelOptionsSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "DPDTimeoutAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["clear", "none", "restart"]),
        },
        ::forma_core::schema::Property {
            name: "DPDTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(30.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableTunnelLifecycleControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IKEVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IKE_VERSIONS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPN_TUNNEL_LOG_OPTIONS_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Phase1DHGroupNumbers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PHASE1_DH_GROUP_NUMBERS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Phase1EncryptionAlgorithms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PHASE1_ENCRYPTION_ALGORITHMS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Phase1IntegrityAlgorithms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PHASE1_INTEGRITY_ALGORITHMS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Phase1LifetimeSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(900.0),
                maximum: Some(28800.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Phase2DHGroupNumbers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PHASE2_DH_GROUP_NUMBERS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Phase2EncryptionAlgorithms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PHASE2_ENCRYPTION_ALGORITHMS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Phase2IntegrityAlgorithms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PHASE2_INTEGRITY_ALGORITHMS_REQUEST_LIST_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Phase2LifetimeSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(900.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PreSharedKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RekeyFuzzPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RekeyMarginTimeSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplayWindowSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(64.0),
                maximum: Some(2048.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartupAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["add", "start"]),
        },
        ::forma_core::schema::Property {
            name: "TunnelInsideCidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TunnelInsideIpv6Cidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IKE_VERSIONS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPNConnection.IKEVersionsRequestListValue",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ikev1", "ikev2"]),
    }],
    rules: &[],
};

static VPN_TUNNEL_LOG_OPTIONS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.VpnTunnelLogOptionsSpecification",
        properties: &[::forma_core::schema::Property {
            name: "CloudwatchLogOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUDWATCH_LOG_OPTIONS_SPECIFICATION_TYPE),
        }],
        rules: &[],
    };

static PHASE1_DH_GROUP_NUMBERS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.Phase1DHGroupNumbersRequestListValue",
        properties: &[::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]),
        }],
        rules: &[],
    };

static PHASE1_ENCRYPTION_ALGORITHMS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.Phase1EncryptionAlgorithmsRequestListValue",
        properties: &[::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES128", "AES256", "AES128-GCM-16", "AES256-GCM-16"]),
        }],
        rules: &[],
    };

static PHASE1_INTEGRITY_ALGORITHMS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.Phase1IntegrityAlgorithmsRequestListValue",
        properties: &[::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHA1", "SHA2-256", "SHA2-384", "SHA2-512"]),
        }],
        rules: &[],
    };

static PHASE2_DH_GROUP_NUMBERS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.Phase2DHGroupNumbersRequestListValue",
        properties: &[::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]),
        }],
        rules: &[],
    };

static PHASE2_ENCRYPTION_ALGORITHMS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.Phase2EncryptionAlgorithmsRequestListValue",
        properties: &[::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES128", "AES256", "AES128-GCM-16", "AES256-GCM-16"]),
        }],
        rules: &[],
    };

static PHASE2_INTEGRITY_ALGORITHMS_REQUEST_LIST_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.Phase2IntegrityAlgorithmsRequestListValue",
        properties: &[::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHA1", "SHA2-256", "SHA2-384", "SHA2-512"]),
        }],
        rules: &[],
    };

static CLOUDWATCH_LOG_OPTIONS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPNConnection.CloudwatchLogOptionsSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "BgpLogEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "BgpLogGroupArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "BgpLogOutputFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["json", "text"]),
            },
            ::forma_core::schema::Property {
                name: "LogEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "LogGroupArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogOutputFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["json", "text"]),
            },
        ],
        rules: &[],
    };
