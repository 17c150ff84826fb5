// @generated from AWS::GlobalAccelerator::Listener (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GlobalAccelerator::Listener` and its property types.

/// Resource Type definition for AWS::GlobalAccelerator::Listener
///
/// CloudFormation type `AWS::GlobalAccelerator::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct Listener {
    props: ::forma_core::schema::Props,
}
impl Listener {
    /// A new resource with its required properties: `AcceleratorArn`, `PortRanges`, `Protocol`.
    #[track_caller]
    pub fn new(
        accelerator_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port_ranges: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, accelerator_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, port_ranges.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, protocol.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Client affinity lets you direct all requests from a user to the same endpoint.
    #[track_caller]
    pub fn client_affinity(mut self, value: impl ::forma_core::schema::EnumArg<ClientAffinity>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Listener {
    type Attributes = ListenerAttributes;
    fn type_name(&self) -> &str {
        "AWS::GlobalAccelerator::Listener"
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
/// The attributes of a `AWS::GlobalAccelerator::Listener` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ListenerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ListenerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ListenerAttributes {
    /// `Fn::GetAtt` `ListenerArn`.
    pub fn listener_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ListenerArn")
    }
}

/// The values CloudFormation documents: `NONE`, `SOURCE_IP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientAffinity {
    /// `NONE`
    None,
    /// `SOURCE_IP`
    SourceIp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClientAffinity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::SourceIp => "SOURCE_IP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SOURCE_IP"]
    }
}
impl ::std::convert::From<ClientAffinity> for ::forma_core::Value<ClientAffinity> {
    fn from(v: ClientAffinity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClientAffinity {}

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

/// A port range to support for connections from clients to your accelerator.
#[derive(Debug, Clone, PartialEq)]
pub struct PortRange {
    props: ::forma_core::schema::Props,
}
impl PortRange {
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
impl ::std::convert::From<PortRange> for ::forma_core::Value<PortRange> {
    fn from(v: PortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::GlobalAccelerator::Listener`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GlobalAccelerator::Listener",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceleratorArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientAffinity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SOURCE_IP"]),
        },
        ::forma_core::schema::Property {
            name: "PortRanges",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TCP", "UDP"]),
        },
    ],
    rules: &[],
    attributes: &["ListenerArn"],
};

static PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GlobalAccelerator::Listener.PortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};
