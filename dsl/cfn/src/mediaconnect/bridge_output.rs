// @generated from AWS::MediaConnect::BridgeOutput (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::BridgeOutput` and its property types.

/// Resource schema for AWS::MediaConnect::BridgeOutput
///
/// CloudFormation type `AWS::MediaConnect::BridgeOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeOutput {
    props: ::forma_core::schema::Props,
}
impl BridgeOutput {
    /// A new resource with its required properties: `BridgeArn`, `Name`, `NetworkOutput`.
    #[track_caller]
    pub fn new(
        bridge_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_output: impl ::std::convert::Into<::forma_core::Value<BridgeNetworkOutput>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bridge_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, network_output.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for BridgeOutput {
    type Attributes = BridgeOutputAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::BridgeOutput"
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
/// The attributes of a `AWS::MediaConnect::BridgeOutput` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BridgeOutputAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BridgeOutputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `rtp-fec`, `rtp`, `udp`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `rtp-fec`
    RtpFec,
    /// `rtp`
    Rtp,
    /// `udp`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
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
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The output of the bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeNetworkOutput {
    props: ::forma_core::schema::Props,
}
impl BridgeNetworkOutput {
    /// A new value with its required properties: `IpAddress`, `NetworkName`, `Port`, `Protocol`, `Ttl`.
    pub fn new(
        ip_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
        ttl: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ip_address.into().into_expr());
        props.set(1, network_name.into().into_expr());
        props.set(2, port.into().into_expr());
        props.set(3, protocol.into_enum_expr());
        props.set(4, ttl.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BridgeNetworkOutput> for ::forma_core::Value<BridgeNetworkOutput> {
    fn from(v: BridgeNetworkOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRIDGE_NETWORK_OUTPUT_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::BridgeOutput`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::BridgeOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "BridgeArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkOutput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRIDGE_NETWORK_OUTPUT_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static BRIDGE_NETWORK_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::BridgeOutput.BridgeNetworkOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddress",
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
