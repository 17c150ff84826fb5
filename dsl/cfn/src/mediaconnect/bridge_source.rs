// @generated from AWS::MediaConnect::BridgeSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::BridgeSource` and its property types.

/// Resource schema for AWS::MediaConnect::BridgeSource
///
/// CloudFormation type `AWS::MediaConnect::BridgeSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeSource {
    props: ::forma_core::schema::Props,
}
impl BridgeSource {
    /// A new resource with its required properties: `BridgeArn`, `Name`.
    #[track_caller]
    pub fn new(
        bridge_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bridge_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The source of the bridge.
    #[track_caller]
    pub fn flow_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<BridgeFlowSource>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source of the bridge.
    #[track_caller]
    pub fn network_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BridgeNetworkSource>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BridgeSource {
    type Attributes = BridgeSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::BridgeSource"
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
/// The attributes of a `AWS::MediaConnect::BridgeSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BridgeSourceAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BridgeSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The source of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeFlowSource {
    props: ::forma_core::schema::Props,
}
impl BridgeFlowSource {
    /// A new value with its required properties: `FlowArn`.
    pub fn new(flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, flow_arn.into().into_expr());
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

/// The source of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeNetworkSource {
    props: ::forma_core::schema::Props,
}
impl BridgeNetworkSource {
    /// A new value with its required properties: `MulticastIp`, `NetworkName`, `Port`, `Protocol`.
    pub fn new(
        multicast_ip: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<ProtocolEnum>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, multicast_ip.into().into_expr());
        props.set(2, network_name.into().into_expr());
        props.set(3, port.into().into_expr());
        props.set(4, protocol.into_enum_expr());
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

/// The schema of `AWS::MediaConnect::BridgeSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::BridgeSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "BridgeArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FlowSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRIDGE_FLOW_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRIDGE_NETWORK_SOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static BRIDGE_FLOW_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::BridgeSource.BridgeFlowSource",
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
    ],
    rules: &[],
};

static BRIDGE_NETWORK_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::BridgeSource.BridgeNetworkSource",
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
    name: "AWS::MediaConnect::BridgeSource.VpcInterfaceAttachment",
    properties: &[::forma_core::schema::Property {
        name: "VpcInterfaceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MULTICAST_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::BridgeSource.MulticastSourceSettings",
    properties: &[::forma_core::schema::Property {
        name: "MulticastSourceIp",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
