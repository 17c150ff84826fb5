// @generated from AWS::MediaConnect::Bridge (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::Bridge` and its property types.

/// Resource schema for AWS::MediaConnect::Bridge
///
/// CloudFormation type `AWS::MediaConnect::Bridge`.
#[derive(Debug, Clone, PartialEq)]
pub struct Bridge {
    props: ::forma_core::schema::Props,
}
impl Bridge {
    /// A new resource with its required properties: `Name`, `PlacementArn`, `Sources`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        placement_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BridgeSource>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, placement_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, sources.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EgressGatewayBridge`.
    #[track_caller]
    pub fn egress_gateway_bridge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EgressGatewayBridge>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IngressGatewayBridge`.
    #[track_caller]
    pub fn ingress_gateway_bridge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IngressGatewayBridge>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The outputs on this bridge.
    #[track_caller]
    pub fn outputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BridgeOutput>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings for source failover.
    #[track_caller]
    pub fn source_failover_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FailoverConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Bridge {
    type Attributes = BridgeAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::Bridge"
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
/// The attributes of a `AWS::MediaConnect::Bridge` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BridgeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BridgeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BridgeAttributes {
    /// `Fn::GetAtt` `BridgeArn`.
    pub fn bridge_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BridgeArn")
    }
    /// `Fn::GetAtt` `BridgeState`.
    pub fn bridge_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BridgeState")
    }
}

/// The `EgressGatewayBridge` property type of `AWS::MediaConnect::Bridge`.
#[derive(Debug, Clone, PartialEq)]
pub struct EgressGatewayBridge {
    props: ::forma_core::schema::Props,
}
impl EgressGatewayBridge {
    /// A new value with its required properties: `MaxBitrate`.
    pub fn new(max_bitrate: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_bitrate.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EgressGatewayBridge> for ::forma_core::Value<EgressGatewayBridge> {
    fn from(v: EgressGatewayBridge) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EGRESS_GATEWAY_BRIDGE_TYPE.properties))
    }
}

/// The `IngressGatewayBridge` property type of `AWS::MediaConnect::Bridge`.
#[derive(Debug, Clone, PartialEq)]
pub struct IngressGatewayBridge {
    props: ::forma_core::schema::Props,
}
impl IngressGatewayBridge {
    /// A new value with its required properties: `MaxBitrate`, `MaxOutputs`.
    pub fn new(
        max_bitrate: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_outputs: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_bitrate.into().into_expr());
        props.set(1, max_outputs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IngressGatewayBridge> for ::forma_core::Value<IngressGatewayBridge> {
    fn from(v: IngressGatewayBridge) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INGRESS_GATEWAY_BRIDGE_TYPE.properties))
    }
}

/// The output of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeOutput {
    props: ::forma_core::schema::Props,
}
impl BridgeOutput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The output of the bridge.
    pub fn network_output(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BridgeNetworkOutput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BridgeOutput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BridgeOutput> for ::forma_core::Value<BridgeOutput> {
    fn from(v: BridgeOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRIDGE_OUTPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FAILOVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailoverModeEnum {
    /// `FAILOVER`
    Failover,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailoverModeEnum {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Failover => "FAILOVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAILOVER"]
    }
}
impl ::std::convert::From<FailoverModeEnum> for ::forma_core::Value<FailoverModeEnum> {
    fn from(v: FailoverModeEnum) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailoverModeEnum {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailoverConfigStateEnum {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailoverConfigStateEnum {
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
impl ::std::convert::From<FailoverConfigStateEnum> for ::forma_core::Value<FailoverConfigStateEnum> {
    fn from(v: FailoverConfigStateEnum) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailoverConfigStateEnum {}

/// The settings for source failover.
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverConfig {
    props: ::forma_core::schema::Props,
}
impl FailoverConfig {
    /// A new value with its required properties: `FailoverMode`.
    pub fn new(failover_mode: impl ::forma_core::schema::EnumArg<FailoverModeEnum>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, failover_mode.into_enum_expr());
        Self { props }
    }
    /// The priority you want to assign to a source.
    pub fn source_priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourcePriority>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<FailoverConfigStateEnum>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FailoverConfig> for ::forma_core::Value<FailoverConfig> {
    fn from(v: FailoverConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_CONFIG_TYPE.properties))
    }
}

/// The bridge's source.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeSource {
    props: ::forma_core::schema::Props,
}
impl BridgeSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The source of the bridge.
    pub fn flow_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<BridgeFlowSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The source of the bridge.
    pub fn network_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BridgeNetworkSource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BridgeSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BridgeSource> for ::forma_core::Value<BridgeSource> {
    fn from(v: BridgeSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRIDGE_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `rtp-fec`, `rtp`, `udp`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtocolEnum {
    /// `rtp-fec`
    RtpFec,
    /// `rtp`
    Rtp,
    /// `udp`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtocolEnum {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RtpFec => "rtp-fec",
            Self::Rtp => "rtp",
            Self::Udp => "udp",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["rtp-fec", "rtp", "udp"]
    }
}
impl ::std::convert::From<ProtocolEnum> for ::forma_core::Value<ProtocolEnum> {
    fn from(v: ProtocolEnum) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtocolEnum {}

/// The output of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeNetworkOutput {
    props: ::forma_core::schema::Props,
}
impl BridgeNetworkOutput {
    /// A new value with its required properties: `IpAddress`, `Name`, `NetworkName`, `Port`, `Protocol`, `Ttl`.
    pub fn new(
        ip_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<ProtocolEnum>,
        ttl: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ip_address.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, network_name.into().into_expr());
        props.set(3, port.into().into_expr());
        props.set(4, protocol.into_enum_expr());
        props.set(5, ttl.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BridgeNetworkOutput> for ::forma_core::Value<BridgeNetworkOutput> {
    fn from(v: BridgeNetworkOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRIDGE_NETWORK_OUTPUT_TYPE.properties))
    }
}

/// The priority you want to assign to a source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcePriority {
    props: ::forma_core::schema::Props,
}
impl SourcePriority {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the source you choose as the primary source for this flow.
    pub fn primary_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourcePriority {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourcePriority> for ::forma_core::Value<SourcePriority> {
    fn from(v: SourcePriority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_PRIORITY_TYPE.properties))
    }
}

/// The source of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeFlowSource {
    props: ::forma_core::schema::Props,
}
impl BridgeFlowSource {
    /// A new value with its required properties: `FlowArn`, `Name`.
    pub fn new(
        flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, flow_arn.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The name of the VPC interface attachment to use for this source.
    pub fn flow_vpc_interface_attachment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcInterfaceAttachment>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BridgeFlowSource> for ::forma_core::Value<BridgeFlowSource> {
    fn from(v: BridgeFlowSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRIDGE_FLOW_SOURCE_TYPE.properties))
    }
}

/// The source of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeNetworkSource {
    props: ::forma_core::schema::Props,
}
impl BridgeNetworkSource {
    /// A new value with its required properties: `MulticastIp`, `Name`, `NetworkName`, `Port`, `Protocol`.
    pub fn new(
        multicast_ip: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<ProtocolEnum>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, multicast_ip.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, network_name.into().into_expr());
        props.set(4, port.into().into_expr());
        props.set(5, protocol.into_enum_expr());
        Self { props }
    }
    /// The settings related to the multicast source.
    pub fn multicast_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MulticastSourceSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BridgeNetworkSource> for ::forma_core::Value<BridgeNetworkSource> {
    fn from(v: BridgeNetworkSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRIDGE_NETWORK_SOURCE_TYPE.properties))
    }
}

/// The settings for attaching a VPC interface to an resource.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcInterfaceAttachment {
    props: ::forma_core::schema::Props,
}
impl VpcInterfaceAttachment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the VPC interface to use for this resource.
    pub fn vpc_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcInterfaceAttachment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcInterfaceAttachment> for ::forma_core::Value<VpcInterfaceAttachment> {
    fn from(v: VpcInterfaceAttachment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_INTERFACE_ATTACHMENT_TYPE.properties))
    }
}

/// The settings related to the multicast source.
#[derive(Debug, Clone, PartialEq)]
pub struct MulticastSourceSettings {
    props: ::forma_core::schema::Props,
}
impl MulticastSourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IP address of the source for source-specific multicast (SSM).
    pub fn multicast_source_ip(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MulticastSourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MulticastSourceSettings> for ::forma_core::Value<MulticastSourceSettings> {
    fn from(v: MulticastSourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTICAST_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::Bridge`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::Bridge",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressGatewayBridge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EGRESS_GATEWAY_BRIDGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IngressGatewayBridge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INGRESS_GATEWAY_BRIDGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BRIDGE_OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlacementArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceFailoverConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILOVER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BRIDGE_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
    attributes: &["BridgeArn", "BridgeState"],
};

static EGRESS_GATEWAY_BRIDGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.EgressGatewayBridge",
    properties: &[::forma_core::schema::Property {
        name: "MaxBitrate",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static INGRESS_GATEWAY_BRIDGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.IngressGatewayBridge",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxBitrate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxOutputs",
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

static BRIDGE_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.BridgeOutput",
    properties: &[::forma_core::schema::Property {
        name: "NetworkOutput",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&BRIDGE_NETWORK_OUTPUT_TYPE),
    }],
    rules: &[],
};

static FAILOVER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.FailoverConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailoverMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAILOVER"]),
        },
        ::forma_core::schema::Property {
            name: "SourcePriority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_PRIORITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static BRIDGE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.BridgeSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "FlowSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRIDGE_FLOW_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRIDGE_NETWORK_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static BRIDGE_NETWORK_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.BridgeNetworkOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["rtp-fec", "rtp", "udp"]),
        },
        ::forma_core::schema::Property {
            name: "Ttl",
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

static SOURCE_PRIORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.SourcePriority",
    properties: &[::forma_core::schema::Property {
        name: "PrimarySource",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static BRIDGE_FLOW_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.BridgeFlowSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "FlowArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FlowVpcInterfaceAttachment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_INTERFACE_ATTACHMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BRIDGE_NETWORK_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.BridgeNetworkSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "MulticastIp",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MulticastSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTICAST_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["rtp-fec", "rtp", "udp"]),
        },
    ],
    rules: &[],
};

static VPC_INTERFACE_ATTACHMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.VpcInterfaceAttachment",
    properties: &[::forma_core::schema::Property {
        name: "VpcInterfaceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MULTICAST_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Bridge.MulticastSourceSettings",
    properties: &[::forma_core::schema::Property {
        name: "MulticastSourceIp",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
